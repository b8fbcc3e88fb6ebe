/**
 * The analyzer: tokens → language → lexicon matches → context rules → per-sentence scores → verdict.
 * Pure and synchronous; linear in the input length.
 */

import type { AnalyzeInput, AnalyzeResult, Category, Evidence, ProfessionalSignal, Sensitivity } from './types.ts';
import { CATEGORIES, SENSITIVE_CATEGORIES } from './types.ts';
import {
  F_APOS as F_APOS_,
  F_GAP as F_GAP_,
  F_HAS_NONASCII as F_HAS_NONASCII_,
  F_JOIN as F_JOIN_,
  F_NONLATIN as F_NONLATIN_,
  F_PCT as F_PCT_,
  T_EMOJI as T_EMOJI_,
  T_HASH as T_HASH_,
  T_NUM as T_NUM_,
  T_WORD as T_WORD_,
  emojiKey as emojiKeyOf,
  type Tokens,
  fold,
  lowerNFC,
  tokenize,
} from './text.ts';
import type { FuncInfo, Hit, Lexicon, Term } from './lexicon.ts';
import {
  K_BRIDGE as K_BRIDGE_,
  K_DISCLOSURE as K_DISCLOSURE_,
  K_NEUTRAL as K_NEUTRAL_,
  K_PERSONAL as K_PERSONAL_,
  K_PLEASANTRY as K_PLEASANTRY_,
  K_PRO as K_PRO_,
  K_WORKPLACE as K_WORKPLACE_,
  K_TIME as K_TIME_,
  K_POLICY as K_POLICY_,
  L_ALL as L_ALL_,
  L_DE as L_DE_,
  L_EN as L_EN_,
  L_ES as L_ES_,
  L_FR as L_FR_,
  L_PT as L_PT_,
  L_XX as L_XX_,
  TF_INTO as TF_INTO_,
  TF_META as TF_META_,
  TF_OF as TF_OF_,
  candidates,
  lexicon,
  matchGermanCompound,
  matchPro,
  matchWord,
} from './lexicon.ts';
import { N_LANGS, decideLanguage, isStopword, wordVotes } from './lang.ts';
import { matchEmoji } from './emoji.ts';
import { splitHashtag } from './hashtag.ts';
import type { CompiledSettings } from './settings.ts';
import { compileSettings } from './settings.ts';

// Local copies of imported constants: module bindings can compile to getters in some toolchains,
// and these are read in the hottest loops.
const F_APOS = F_APOS_;
const F_GAP = F_GAP_;
const F_HAS_NONASCII = F_HAS_NONASCII_;
const F_JOIN = F_JOIN_;
const F_NONLATIN = F_NONLATIN_;
const F_PCT = F_PCT_;
const T_EMOJI = T_EMOJI_;
const T_HASH = T_HASH_;
const T_NUM = T_NUM_;
const T_WORD = T_WORD_;
const K_BRIDGE = K_BRIDGE_;
const K_DISCLOSURE = K_DISCLOSURE_;
const K_NEUTRAL = K_NEUTRAL_;
const K_PERSONAL = K_PERSONAL_;
const K_PLEASANTRY = K_PLEASANTRY_;
const K_PRO = K_PRO_;
const K_WORKPLACE = K_WORKPLACE_;
const K_TIME = K_TIME_;
const K_POLICY = K_POLICY_;
const L_ALL = L_ALL_;
const L_DE = L_DE_;
const L_EN = L_EN_;
const L_ES = L_ES_;
const L_PT = L_PT_;
const L_FR = L_FR_;
const L_XX = L_XX_;
const TF_INTO = TF_INTO_;
const TF_META = TF_META_;
const TF_OF = TF_OF_;

/** Score thresholds for the verdict. */
export const THRESHOLDS: Record<Sensitivity, number> = { low: 0.68, default: 0.5, high: 0.36 };
/** At most this many evidence items / professional signals are returned (the score uses all). */
export const MAX_EVIDENCE = 200;

// ---- per-word analysis, cached by surface form ----------------------------------------------------

interface WordInfo {
  fold: string;
  keys: string[];
  /** Personal single-word hits. */
  hits: Hit[] | null;
  /** Professional and neutral single-word hits. */
  pro: Hit[] | null;
  /** German compound whose head is a business noun. */
  deBusiness: boolean;
  /** Category of a personal modifier in such a compound ("Weinimport" → parties). */
  deBizCat: Category | null;
  /** Phrases (personal, neutral, pro) that may start here. */
  phrases: Term[] | null;
  /** The same phrases by their second word. */
  bySecond: Map<string, Term[]> | null;
  func: FuncInfo | null;
  votes: number[] | null;
  /** Index of the one supported language whose lexicon knows this word, or -1. */
  lexLang: number;
  /** A function word in some language. */
  stop: boolean;
}

const wordCache = new Map<string, WordInfo>();
let cacheLex: Lexicon | null = null;

let scratchTokens: Tokens | null = null;
let scratchInfos: (WordInfo | null)[] = [];

/** Forget cached per-word analysis (benchmarks use it to measure the uncached path). */
export function clearAnalyzerCaches(): void {
  wordCache.clear();
  hashCache.clear();
}

/** Words longer than this are never in a lexicon (runs of letters, base64, …): analysed, not cached. */
const MAX_WORD = 64;
const LONG_WORD: WordInfo = {
  fold: '',
  keys: [],
  hits: null,
  pro: null,
  deBusiness: false,
  deBizCat: null,
  phrases: null,
  bySecond: null,
  func: null,
  votes: null,
  lexLang: -1,
  stop: false,
};

function wordInfo(lex: Lexicon, surface: string, nonAscii: boolean): WordInfo {
  if (surface.length > MAX_WORD) return LONG_WORD;
  let info = wordCache.get(surface);
  if (info) return info;
  const f = fold(surface);
  const cand = candidates(f);
  let hits = matchWord(lex, f, cand);
  const pro = matchPro(lex, cand);
  let deBusiness = false;
  let deBizCat: Category | null = null;
  if (!hits && !pro && f.length >= 8) {
    const c = matchGermanCompound(lex, f);
    hits = c.hits;
    deBusiness = c.business;
    deBizCat = c.bizCat;
  }
  let phrases: Term[] | null = null;
  for (const k of cand.keys) {
    const arr = lex.phrases.get(k);
    if (arr) phrases = phrases ? phrases.concat(arr) : arr;
  }
  if (phrases && phrases.length > 1 && cand.keys.length > 1)
    phrases = [...new Set(phrases)].sort((a, b) => b.words.length - a.words.length);
  // Second-word index: most tokens that start some phrase ("the", "in", "my") start many.
  let bySecond: Map<string, Term[]> | null = null;
  if (phrases) {
    bySecond = new Map();
    for (const t of phrases) {
      const arr = bySecond.get(t.words[1]!);
      if (arr) arr.push(t);
      else bySecond.set(t.words[1]!, [t]);
    }
  }
  info = {
    fold: f,
    keys: cand.keys,
    hits,
    pro,
    deBusiness,
    deBizCat,
    phrases,
    bySecond,
    func: lex.func.get(f) ?? null,
    votes: null,
    lexLang: -1,
    stop: false,
  };
  // Only personal vocabulary votes: work jargon ("data engineer", "remote") is shared across languages.
  let lm = 0;
  if (hits) for (const h of hits) lm |= h.mask;
  lm &= L_ALL & ~L_XX;
  if (lm && (lm & (lm - 1)) === 0) info.lexLang = Math.log2(lm);
  const lower = nonAscii ? lowerNFC(surface) : f;
  info.votes = wordVotes(lower, nonAscii);
  info.stop = isStopword(lower);
  if (wordCache.size > 50000) wordCache.clear();
  wordCache.set(surface, info);
  return info;
}

interface HashInfo {
  parts: WordInfo[];
  partWords: string[];
}
const hashCache = new Map<string, HashInfo>();
function hasNonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return true;
  return false;
}
function hashInfo(lex: Lexicon, surface: string): HashInfo {
  let h = hashCache.get(surface);
  if (h) return h;
  const body = surface.slice(1);
  const words = splitHashtag(lex, body);
  h = { parts: words.map((w) => wordInfo(lex, w, hasNonAscii(w))), partWords: words };
  if (hashCache.size > 5000) hashCache.clear();
  hashCache.set(surface, h);
  return h;
}

// ---- candidates -----------------------------------------------------------------------------

interface Cand {
  /** Token range (inclusive). */
  a: number;
  b: number;
  term: Term | null;
  cat: Category;
  kind: Evidence['kind'];
  w: number;
  /** Key for repetition decay and ignore lists. */
  key: string;
  sent: number;
  compound: boolean;
  emoji: boolean;
  group: string;
  /** Preceded by a first-person possessive ("my", "nuestro", "meine"). */
  poss: boolean;
}

interface ProSig {
  a: number;
  b: number;
  w: number;
  key: string;
  sent: number;
}

const EMPTY_RESULT = (sensitivity: Sensitivity): AnalyzeResult => ({
  score: 0,
  personal: false,
  unsure: true,
  sensitivity,
  language: 'unknown',
  categories: [],
  evidence: [],
  professionalSignals: [],
});

/**
 * Compile the lexicons now instead of on the first call (a content script can call this when idle,
 * so that the first keystroke does not pay for it). Optional; safe to call more than once.
 */
export function prepare(): void {
  try {
    analyze({ text: 'Prepare: my family #weekendvibes 🍷 café Straße' });
  } catch {
    // analyze never throws; this is belt and braces.
  }
}

/** Analyze a draft. Never throws: odd input gives an "unsure", not-personal result. */
export function analyze(input: AnalyzeInput): AnalyzeResult {
  let sensitivity: Sensitivity = 'default';
  try {
    const s = input?.settings?.sensitivity;
    if (s === 'low' || s === 'high' || s === 'default') sensitivity = s;
    return run(input);
  } catch {
    return EMPTY_RESULT(sensitivity);
  }
}

const SENSITIVE = new Set<Category>(SENSITIVE_CATEGORIES);
/** 0.5^k: the k-th repeat of the same word or signal counts half as much as the one before. */
const DECAY = Array.from({ length: 31 }, (_, k) => Math.pow(0.5, k));
const SOCIAL_CATS = new Set<Category>(['food', 'parties', 'leisure']);
const BRAND_CATS = new Set<Category>(['food', 'parties', 'pets', 'leisure', 'appearance']);
const CAT_BIT = new Map<Category, number>(CATEGORIES.map((c, i) => [c, 1 << i]));

/** Synthetic terms for number patterns: "my 7-year-old", "Grandpa turns 90". */
const AGE_TERM: Term = {
  id: -1,
  key: 'age',
  words: ['year', 'old'],
  src: 'N-year-old',
  kind: K_PERSONAL,
  cat: 'family',
  group: 'family.core',
  w: 0.45,
  p: 0.85,
  flags: 0,
  langs: L_ALL,
  proW: 0,
  headMask: 0,
  preMask: 0,
};
const BDAY_TERM: Term = {
  id: -2,
  key: 'birthday',
  words: ['turns', 'n'],
  src: 'turns N',
  kind: K_PERSONAL,
  cat: 'parties',
  group: 'parties.party',
  w: 0.45,
  p: 0.7,
  flags: 0,
  langs: L_ALL,
  proW: 0,
  headMask: 0,
  preMask: 0,
};
/** "turns 90", "cumple 70", "completou 65": a birthday, in the languages where the verb is unambiguous. */
const TURN_VERBS = new Map<string, number>([
  ['turns', L_EN],
  ['turned', L_EN],
  ['turning', L_EN],
  ['turn', L_EN],
  ['cumple', L_ES],
  ['cumplio', L_ES],
  ['cumplo', L_ES],
  ['cumplira', L_ES],
  ['completa', L_PT],
  ['completou', L_PT],
  ['completo', L_PT],
  ['fez', L_PT],
]);
const AGE_UNITS_EN = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days']);
const AGE_WORDS_DE = new Set(['jahrige', 'jahriger', 'jahrigen', 'jahriges', 'jahrig']);

function run(input: AnalyzeInput): AnalyzeResult {
  const lex = lexicon();
  if (cacheLex !== lex) {
    wordCache.clear();
    hashCache.clear();
    cacheLex = lex;
  }
  const text = typeof input?.text === 'string' ? input.text : input?.text == null ? '' : String(input.text);
  const settings = compileSettings(lex, input?.settings);
  const sensitivity = settings.sensitivity;
  const tk = tokenize(text, scratchTokens ?? undefined);
  // Keep buffers of moderate size for the next call (every keystroke); drop huge ones.
  scratchTokens = tk.kind.length <= 1 << 16 ? tk : null;
  const n = tk.n;
  const { kind, start, end, flags, sent } = tk;

  // Per-token info and language votes (function words, letters, and unambiguous lexicon words).
  if (scratchInfos.length < n) scratchInfos = new Array(Math.max(n, scratchInfos.length * 2));
  const infos = scratchInfos;
  const votes = new Float64Array(N_LANGS);
  let wordCount = 0;
  let nonLatin = 0;
  for (let i = 0; i < n; i++) {
    const k = kind[i]!;
    if (k === T_WORD || k === T_NUM) {
      const surface = text.slice(start[i]!, end[i]!);
      const info = wordInfo(lex, surface, (flags[i]! & F_HAS_NONASCII) !== 0);
      infos[i] = info;
      if (k === T_WORD) {
        wordCount++;
        if (flags[i]! & F_NONLATIN) nonLatin++;
        const v = info.votes;
        if (v) for (let j = 0; j < v.length; j += 2) votes[v[j]!]! += v[j + 1]!;
        if (info.lexLang >= 0) votes[info.lexLang]! += 0.4;
      }
    } else infos[i] = null;
  }
  const guess = decideLanguage(votes, wordCount, nonLatin);
  const M = (guess.unsupported ? 0 : guess.mask) | L_XX;
  const german = (M & L_DE) !== 0;
  const romance = (M & (L_ES | L_PT | L_FR)) !== 0 && guess.language !== 'en' && guess.language !== 'de';

  // Sentence flags: first-person narration; first token of each sentence.
  const sentences = Math.max(1, tk.sentences);
  const narr = new Uint8Array(sentences);
  const sing1 = new Uint8Array(sentences); // "I", "my", "mi", "mon", "mein": one's own story
  for (let i = 0; i < n; i++) {
    const inf = infos[i];
    const f = inf?.func;
    if (f && (f.pron | f.poss) & M) {
      narr[sent[i]!] = 1;
      if (SING1.has(inf!.fold)) sing1[sent[i]!] = 1;
    }
  }
  const firstInSent = (i: number): boolean => i === 0 || sent[i - 1] !== sent[i];

  const cands: Cand[] = [];
  const proSignals: ProSig[] = [];
  const neutral = new Uint8Array(n); // tokens inside idioms / business uses
  const used = new Uint8Array(n); // tokens consumed by a phrase
  const pleasantrySent = new Uint8Array(sentences);
  const workplaceSent = new Uint8Array(sentences);
  const timeSent = new Uint8Array(sentences); // weekday or evening mentioned
  let bridge = false;
  let disclosure = false;
  let policy = 0; // workplace-policy vocabulary ("employees", "parental leave policy", "Belegschaft")
  const policySeen = new Set<string>();
  let bizCats = 0; // categories seen in a business use somewhere in the text

  const sameRun = (j: number): boolean =>
    j > 0 && j < n && kind[j] !== T_EMOJI && kind[j] !== T_HASH && !(flags[j]! & F_GAP) && sent[j] === sent[j - 1];

  /** Record a lexicon match on tokens a..b as a candidate piece of evidence. */
  const addTerm = (a: number, b: number, term: Term, kind: Evidence['kind'], compound = false): void => {
    cands.push({
      a,
      b,
      term,
      cat: term.cat!,
      kind,
      w: term.w,
      key: term.key,
      sent: sent[a]!,
      compound,
      emoji: false,
      group: term.group,
      poss: false,
    });
  };

  /** Try the phrases that may start at token i (longest first); record the first that matches. */
  const tryPhrases = (list: Term[], i: number): boolean => {
    for (const term of list) {
      if (!(term.langs & M)) continue;
      const L = term.words.length;
      let ok = true;
      for (let j = 1; j < L; j++) {
        const t = i + j;
        const inf = t < n ? infos[t] : null;
        if (!inf || used[t] || !sameRun(t) || !inf.keys.includes(term.words[j]!)) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const b = i + L - 1;
      special(term, i);
      for (let t = i; t <= b; t++) used[t] = 1;
      if (term.kind === K_PERSONAL) {
        addTerm(i, b, term, 'phrase');
      } else {
        if (term.kind === K_NEUTRAL) {
          for (let t = i; t <= b; t++) neutral[t] = 1;
          if (term.bizMask) bizCats |= term.bizMask;
        }
        if (term.proW > 0) proSignals.push({ a: i, b, w: term.proW, key: term.key, sent: sent[i]! });
      }
      return true;
    }
    return false;
  };

  // Pass 1: phrases, words, number patterns, emoji, hashtags.
  for (let i = 0; i < n; i++) {
    const k = kind[i]!;
    if (k === T_EMOJI) {
      const ek = text.slice(start[i]!, end[i]!);
      const m = matchEmoji(ek);
      const ekey = emojiKeyOf(ek);
      const extra = settings.extraEmoji.size ? settings.extraEmoji.get(ekey) : undefined;
      const personal = extra ?? m.personal;
      if (personal)
        cands.push({
          a: i,
          b: i,
          term: null,
          cat: personal.cat,
          kind: 'emoji',
          w: personal.w,
          key: ekey,
          sent: sent[i]!,
          compound: false,
          emoji: true,
          group: extra ? `user.${personal.cat}` : '',
          poss: false,
        });
      if (m.pro) proSignals.push({ a: i, b: i, w: m.pro, key: ek, sent: sent[i]! });
      continue;
    }
    if (k === T_HASH) {
      hashtagCands(lex, settings, text, i, start[i]!, end[i]!, sent[i]!, guess.language === 'de', cands, proSignals);
      continue;
    }
    if (used[i]) continue;
    const info = infos[i]!;
    // Number patterns.
    if (k === T_NUM) {
      const v = Number(info.fold);
      if (flags[i]! & F_PCT) proSignals.push({ a: i, b: i, w: 0.1, key: '%', sent: sent[i]! });
      else if (Number.isInteger(v) && v > 0 && v <= 120) {
        const f1 = infos[i + 1]?.fold;
        const f2 = infos[i + 2]?.fold;
        if (M & L_EN && sameRun(i + 1) && sameRun(i + 2) && f1 && AGE_UNITS_EN.has(f1) && f2 === 'old') {
          addTerm(i, i + 2, AGE_TERM, 'phrase');
          used[i + 1] = used[i + 2] = 1;
          continue;
        }
        if (german && sameRun(i + 1) && sameRun(i + 2) && (f1 === 'monate' || f1 === 'wochen') && f2 === 'alt') {
          addTerm(i, i + 2, AGE_TERM, 'phrase');
          used[i + 1] = used[i + 2] = 1;
          continue;
        }
        // "meine 5-jährige Tochter", not "10-jährige Erfahrung" or "100-jähriges Jubiläum".
        if (german && sameRun(i + 1) && f1 && AGE_WORDS_DE.has(f1)) {
          const possessed = i > 0 && sameRun(i) && (infos[i - 1]?.func?.poss ?? 0) & M;
          const child = sameRun(i + 2) && infos[i + 2]?.hits?.some((h) => h.term.cat === 'family' && h.mask & M);
          if (possessed || child) {
            addTerm(i, i + 1, AGE_TERM, 'phrase');
            used[i + 1] = 1;
            continue;
          }
        }
        const prev = i > 0 && !(flags[i]! & F_GAP) && sent[i - 1] === sent[i] ? infos[i - 1] : null;
        const tv = prev ? TURN_VERBS.get(prev.fold) : undefined;
        // "Grandpa turns 90", not "our SaaS turns 5" or "nuestra empresa familiar cumple 50 años".
        let subjectIsBusiness = false;
        for (let j = i - 2; j >= 0 && j >= i - 4 && sameRun(j + 1); j--)
          if (infos[j]?.pro?.some((h) => h.term.headMask & M || h.term.preMask & M)) subjectIsBusiness = true;
        if (tv && tv & M && subjectIsBusiness) {
          const last = cands[cands.length - 1];
          if (last && last.b === i - 1) cands.pop(); // "la empresa cumple 50": not a birthday
        } else if (tv && tv & M) {
          const last = cands[cands.length - 1];
          if (last && last.b === i - 1) cands.pop(); // "turned" alone is not evidence
          addTerm(i - 1, i, BDAY_TERM, 'phrase');
          continue;
        }
      }
    }
    // Phrases (built-in and the user's).
    let matched = false;
    if (info.bySecond !== null && i + 1 < n) {
      const next = infos[i + 1];
      if (next && sameRun(i + 1)) {
        // Candidate phrases whose second word matches the next token, longest first.
        let best: Term[] | null = null;
        for (const k2 of next.keys) {
          const list = info.bySecond.get(k2);
          if (list) best = best ? best.concat(list) : list;
        }
        if (best) {
          if (best.length > 1 && next.keys.length > 1)
            best = best.slice().sort((x, y) => y.words.length - x.words.length);
          matched = tryPhrases(best, i);
        }
      }
    }
    if (!matched && settings.extraPhrases.size) {
      for (const key of info.keys) {
        const list = settings.extraPhrases.get(key);
        if (list && tryPhrases(list, i)) {
          matched = true;
          break;
        }
      }
    }
    if (matched) continue;
    // Single words.
    let best: Hit | null = null;
    if (info.hits) for (const h of info.hits) if (h.mask & M && (!best || h.term.w > best.term.w)) best = h;
    if (settings.extraWords.size) {
      for (const key of info.keys) {
        const arr = settings.extraWords.get(key);
        if (arr)
          for (const term of arr) if (!best || term.w >= best.term.w) best = { term, mask: L_ALL, compound: false };
      }
    }
    let proW = 0;
    let isNeutral = false;
    if (info.pro) {
      for (const h of info.pro) {
        if (!(h.mask & M)) continue;
        if (h.term.kind === K_NEUTRAL) isNeutral = true;
        else if (h.term.kind !== K_PRO) {
          special(h.term, i);
          continue;
        }
        proW = Math.max(proW, h.term.proW);
      }
    }
    if (info.deBusiness && german) {
      proW = Math.max(proW, 0.15);
      if (info.deBizCat) bizCats |= CAT_BIT.get(info.deBizCat)!;
    }
    if (isNeutral) {
      neutral[i] = 1;
      if (proW > 0) proSignals.push({ a: i, b: i, w: proW, key: info.fold, sent: sent[i]! });
      continue;
    }
    // A weak personal reading of a word that is also work vocabulary here ("Migration", "campaign")
    // leans to the work sense.
    if (best && best.term.w < 0.3 && proW > 0 && !best.term.group.startsWith('user.')) best = null;
    if (best && best.term.w > 0 && !(best.compound && info.deBusiness)) {
      addTerm(i, i, best.term, 'word', best.compound);
    } else if (proW > 0) {
      proSignals.push({ a: i, b: i, w: proW, key: info.fold, sent: sent[i]! });
    }
  }

  /** Discourse markers set flags for their sentence or the whole text; other terms are ignored here. */
  function special(term: Term, a: number): void {
    if (term.kind === K_BRIDGE) bridge = true;
    else if (term.kind === K_DISCLOSURE) disclosure = true;
    else if (term.kind === K_PLEASANTRY) pleasantrySent[sent[a]!] = 1;
    else if (term.kind === K_WORKPLACE) workplaceSent[sent[a]!] = 1;
    else if (term.kind === K_TIME) timeSent[sent[a]!] = 1;
    else if (term.kind === K_POLICY && !policySeen.has(term.key)) {
      policySeen.add(term.key);
      policy++;
    }
  }

  // Professional mass per sentence (repetitions decay).
  const pro = new Float64Array(sentences);
  {
    const pseen = new Map<string, number>();
    for (const p of proSignals) {
      const r = pseen.get(p.key) ?? 0;
      pseen.set(p.key, r + 1);
      p.w = p.w * DECAY[Math.min(r, 30)]!;
      pro[p.sent]! += p.w;
    }
  }
  let proTotal = 0;
  for (let s = 0; s < sentences; s++) proTotal += pro[s]!;

  // Pass 2: context rules and weights.
  const isHead = (j: number): boolean => {
    const inf = infos[j];
    if (!inf) return false;
    if (inf.deBusiness && german) return true;
    if (inf.pro) for (const h of inf.pro) if (h.term.headMask & M) return true;
    return false;
  };
  const isPre = (j: number): boolean => {
    const inf = infos[j];
    if (!inf?.pro) return false;
    for (const h of inf.pro) if (h.term.preMask & M) return true;
    return false;
  };
  const func = (j: number): FuncInfo | null => (j >= 0 && j < n ? (infos[j]?.func ?? null) : null);
  const isPersonalAt = (j: number): boolean => {
    const inf = infos[j];
    if (!inf) return false;
    if (inf.hits) for (const h of inf.hits) if (h.mask & M && h.term.w >= 0.15) return true;
    return false;
  };
  const isDet = (j: number): boolean => {
    const inf = infos[j];
    return !!inf && DETERMINERS.has(inf.fold);
  };
  const isUnknownCap = (j: number): boolean => {
    if (j < 0 || j >= n || kind[j] !== T_WORD || firstInSent(j)) return false;
    const c = text.charCodeAt(start[j]!);
    const upper = (c >= 0x41 && c <= 0x5a) || (c > 0x7f && text[start[j]!] !== text[start[j]!]!.toLowerCase());
    if (!upper) return false;
    const inf = infos[j]!;
    return !inf.func && !inf.stop && !isPersonalAt(j);
  };
  const isCap = (j: number): boolean => {
    const c = text.charCodeAt(start[j]!);
    return (c >= 0x41 && c <= 0x5a) || (c > 0x7f && text[start[j]!] !== text[start[j]!]!.toLowerCase());
  };

  const evid: Cand[] = [];
  for (const c of cands) {
    if (c.kind === 'emoji' || c.kind === 'hashtag') {
      evid.push(c);
      continue;
    }
    const { a, b } = c;
    if (neutral[a] || neutral[b]) continue;
    const term = c.term!;
    const business = (): void => {
      bizCats |= CAT_BIT.get(c.cat)!;
    };
    // R1: modifier of a business noun ("food-delivery startup", "cookie consent banner", "pet-friendly office").
    if (term !== AGE_TERM) {
      // "chemo session", "Chemo-Sitzung": a clear health word before a session is treatment, not business.
      // Not when the compound goes on ("chemo session scheduling", "chemo session tool").
      const goesOn =
        sameRun(b + 2) && kind[b + 2] === T_WORD && (!!infos[b + 2]!.pro || infos[b + 2]!.fold.endsWith('ing'));
      const weakHead =
        sameRun(b + 1) && c.cat === 'health' && term.w >= 0.5 && WEAK_HEADS.has(infos[b + 1]?.fold ?? '') && !goesOn;
      if (!weakHead && sameRun(b + 1) && isHead(b + 1)) {
        business();
        continue;
      }
      // Two-noun modifiers: "pet care marketplace", "dog-walking app", "wedding photography business".
      if (
        sameRun(b + 1) &&
        sameRun(b + 2) &&
        isHead(b + 2) &&
        !func(b + 1) &&
        kind[b + 1] === T_WORD &&
        !isDet(b + 1) &&
        (flags[b + 1]! & F_JOIN || !isCap(b + 1))
      ) {
        business();
        continue;
      }
    }
    // R6: business modifier before ("team lunch", "client dinner", "company party", "team's pizza").
    if (a > 0 && !(flags[a]! & F_GAP) && sent[a - 1] === sent[a] && isPre(a - 1)) {
      business();
      continue;
    }
    if (a > 1 && flags[a - 1]! & F_APOS && infos[a - 1]?.fold === 's' && sent[a - 2] === sent[a] && isPre(a - 2)) {
      business();
      continue;
    }
    // R1b (Romance languages put modifiers after the noun): business noun + personal word:
    // "clínicas veterinárias", "empresa familiar", "seguro médico".
    // Single words only: not phrases ("un proyecto | sin sentir culpa", "el piso | donde viví").
    if (romance && a > 0 && !(flags[a]! & F_GAP) && sent[a - 1] === sent[a] && isHead(a - 1) && b === a) {
      business();
      continue;
    }
    // Brand and venue names: a capitalised personal word next to another capitalised unknown word,
    // mid-sentence ("Peludos Mutua", "Café Norteño", "Happy Paws Insurance"). Not in German (nouns
    // are capitalised), and not for kinship or health words ("Auntie Meg", "Hospital San Lorenzo").
    if (
      !german &&
      BRAND_CATS.has(c.cat) &&
      kind[a] === T_WORD &&
      !firstInSent(a) &&
      isCap(a) &&
      ((sameRun(b + 1) && isUnknownCap(b + 1)) || (a > 0 && !(flags[a]! & F_GAP) && isUnknownCap(a - 1)))
    ) {
      continue;
    }
    // Possession: "my wife", "our twins", "mi hija", "meine Frau", "my two kids", "my wife's birthday".
    let poss = false;
    let blocked = false;
    for (let j = a - 1, steps = 0; j >= 0 && steps < 4; j--, steps++) {
      if (flags[j + 1]! & F_GAP || sent[j] !== sent[a] || kind[j] === T_EMOJI || kind[j] === T_HASH) break;
      const f = func(j);
      if (f && (f.poss | f.congrats) & M) {
        poss = true;
        break;
      }
      // Congratulations for someone's news: "felicidades por el bebé", "félicitations pour le mariage".
      if (f && f.for & M && (func(j - 1)?.congrats ?? 0) & M && sameRun(j)) {
        poss = true;
        break;
      }
      if (f && (f.third & M || f.of & M || f.for & M)) break;
      if (isPre(j) || isHead(j)) {
        blocked = true;
        break;
      }
      if (steps >= 2 && kind[j] !== T_NUM && !(flags[j + 1]! & (F_JOIN | F_APOS))) break;
    }
    if (!poss && term.words.length > 1) {
      const f0 = func(a);
      if (f0 && f0.poss & M) poss = true;
    }
    // "Dad's memory is getting worse", "Rest in peace, Mum", "Oma wird 90": a capitalised parent or
    // grandparent without a determiner is one's own.
    if (!poss && !blocked && c.cat === 'family' && a === b && isCap(a) && OWN_KIN.has(infos[a]!.fold)) {
      const prev = a > 0 && sameRun(a) ? a - 1 : -1;
      if (prev < 0 || (!isDet(prev) && !func(prev) && !isHead(prev) && !isPre(prev))) poss = true;
    }
    // Possessive after the noun: "la boda de mi hermana", "le mariage de ma sœur", "die Hochzeit meiner Schwester".
    if (!poss && sameRun(b + 1)) {
      const f1 = func(b + 1);
      if (f1 && f1.poss & M && !(M & L_EN)) poss = true;
      else if (f1 && f1.of & M && sameRun(b + 2) && (func(b + 2)?.poss ?? 0) & M) poss = true;
    }
    // Romance languages put the possessive after the noun's article: "la boda de mi hermana" is
    // handled by the noun itself; "mi hermana" is possessed.
    // R2: "X of <something>" without a possessive: "a family of products", "the marriage of design and code".
    // Single words only: a phrase is already specific ("devolví las llaves del piso").
    if (term.flags & TF_OF && a === b && sameRun(b + 1)) {
      const f = func(b + 1);
      if (f && f.of & M) {
        let j = b + 2;
        while (j < n && j < b + 5 && sameRun(j) && isDet(j)) j++;
        const fj = j < n && sameRun(j) ? func(j) : null;
        const personalNext =
          j < n && sameRun(j) && (kind[j] === T_NUM || (fj && fj.poss & M) || isPersonalAt(j) || isCap(j));
        if (!personalNext) {
          business();
          continue;
        }
      }
    }
    // R2b: personal word + of/with + (det) + business noun: "birthday of the company", "fiesta de la
    // empresa", "dinner with the team", "jantar com o time".
    if (sameRun(b + 1)) {
      const f = func(b + 1);
      // Also wishes to a business: "happy birthday to our agency", "joyeux anniversaire à notre agence".
      const toBiz = (c.cat === 'parties' || c.cat === 'romance') && TO_WORDS.has(infos[b + 1]?.fold ?? '');
      if ((f && (f.of | f.with) & M) || toBiz) {
        let j = b + 2;
        while (j < n && j < b + 5 && sameRun(j) && (isDet(j) || (func(j)?.poss ?? 0) & M)) j++;
        if (j < n && sameRun(j) && (isHead(j) || isPre(j))) {
          business();
          continue;
        }
      }
    }
    // R2c: "married to this roadmap", "mariés à cette roadmap", "casados con este plan": a commitment
    // to a work thing, not a wedding.
    if (c.group === 'lifeEvents.wedding' && sameRun(b + 1) && TO_WORDS.has(infos[b + 1]?.fold ?? '')) {
      let j = b + 2;
      let demo = false;
      while (j < n && j < b + 5 && sameRun(j) && isDet(j)) {
        if (DEMONSTRATIVES.has(infos[j]!.fold)) demo = true;
        j++;
      }
      if (j < n && sameRun(j) && kind[j] === T_WORD && !isPersonalAt(j) && !((func(j)?.poss ?? 0) & M)) {
        const inf = infos[j]!;
        let proWord = isHead(j) || isPre(j);
        if (inf.pro) for (const h of inf.pro) if (h.mask & M && h.term.kind === K_PRO) proWord = true;
        if (proWord || (demo && !inf.func && !PERSON_NOUNS.has(inf.fold))) continue;
      }
    }
    // R3: business noun + for/of + (up to one word) + personal word: "platform for dog owners", "industria del vino".
    if (!poss) {
      // Walk back over "(det) word of/for" links (at most 7 tokens): "SaaS de planejamento de casamentos".
      let r3 = false;
      let sawPrep = false;
      let adj = 0; // one modifier between the business noun and the preposition ("venta online de vino")
      for (let j = a - 1, steps = 0; j >= 0 && steps < 7; j--, steps++) {
        if (flags[j + 1]! & F_GAP || sent[j] !== sent[a] || kind[j] !== T_WORD) break;
        const f = func(j);
        if (f && (f.for | f.of) & M) {
          sawPrep = true;
          adj = 0;
          continue;
        }
        if (isDet(j)) continue;
        if (sawPrep && isHead(j)) {
          r3 = true;
          break;
        }
        if (f || !sawPrep) break;
        if (romance && adj === 0 && !isPersonalAt(j) && !isCap(j)) {
          adj = 1;
          continue;
        }
        sawPrep = false;
      }
      if (r3) {
        business();
        continue;
      }
    }
    // Verb metaphors: "we baked security into the pipeline", "baked-in".
    if (term.flags & TF_INTO) {
      let meta = false;
      if (sameRun(b + 1) && (func(b + 1)?.into ?? 0) & M && infos[b + 1]!.fold === 'in') meta = true;
      for (let j = b + 1; !meta && j <= b + 4 && sameRun(j); j++) if (infos[j]?.fold === 'into') meta = true;
      if (meta) continue;
    }
    let w = term.w;
    if (poss && !blocked) w = Math.max(w, term.p);
    else if (narr[c.sent]) w = w + (term.p - w) * 0.35;
    if (c.compound) w *= 0.75;
    c.w = w;
    c.poss = poss && !blocked;
    evid.push(c);
  }

  // Settings: disabled categories, ignored words, work topics.
  const kept: Cand[] = [];
  for (const c of evid) {
    if (settings.disabled.has(c.cat)) continue;
    if (!settings.empty) {
      const user = c.group.startsWith('user.');
      if (c.emoji) {
        if (settings.ignoredEmoji.has(c.key)) continue;
        if (settings.blockedEmojiCats.has(c.cat) && !user) continue;
      } else {
        if (
          settings.ignored.size &&
          (settings.ignored.has(c.key) ||
            settings.ignored.has(
              fold(text.slice(start[c.a]!, end[c.b]!))
                .replace(/[^\p{L}\p{N}]+/gu, ' ')
                .trim(),
            ))
        )
          continue;
        if (!user && (settings.blockedCats.has(c.cat) || settings.blockedGroups.has(c.group))) continue;
      }
    }
    if (c.w > 0) kept.push(c);
  }

  // Discourse-level adjustments.
  const wordEvidence = new Float64Array(sentences); // strongest non-emoji evidence per sentence
  const hangoverSent = new Uint8Array(sentences);
  let neutralSents: Uint8Array | null = null;
  const plainEvidence = new Float64Array(sentences); // strongest word evidence that is not metaphor-prone
  let wordMax = 0;
  for (const c of kept) {
    if (c.emoji) continue;
    if (c.w > wordEvidence[c.sent]!) wordEvidence[c.sent] = c.w;
    if (c.w > wordMax) wordMax = c.w;
    if (c.term && !(c.term.flags & TF_META) && c.w > plainEvidence[c.sent]!) plainEvidence[c.sent] = c.w;
  }
  for (const c of kept) {
    // One sense per discourse: once a category is used for business ("our wine import business"),
    // its other unpossessed mentions and emoji (🍷) are read the same way.
    if (bizCats & CAT_BIT.get(c.cat)! && !c.poss) c.w *= 0.35;
    // Metaphor-prone words in a work sentence with nothing else personal ("our new baby is live: v3").
    if (c.term && c.term.flags & TF_META && pro[c.sent]! >= 0.15 && plainEvidence[c.sent]! < 0.25) c.w *= 0.2;
    // "Holiday hangover: Q1 pipeline looks thin", "Resaca del Black Friday: …": a hangover next to work
    // vocabulary (this sentence or the one it introduces) is a metaphor, unless it is one's own.
    if (c.term && HANGOVER.has(c.term.key) && !c.poss && !sing1[c.sent]) {
      const near = pro[c.sent]! + (c.sent + 1 < sentences ? pro[c.sent + 1]! : 0);
      if (near >= 0.15 || neutralSent(c.sent)) {
        c.w *= 0.2;
        hangoverSent[c.sent] = 1;
      }
    }
    // Emoji illustrate the text: in a work context with no personal words they count little.
    if (c.emoji) {
      if (wordMax < 0.3 && proTotal >= 0.3) c.w *= 0.45;
      else if (pro[c.sent]! >= 0.3 && wordEvidence[c.sent]! < 0.25) c.w *= 0.6;
    }
    // Plans for an evening or a weekend day ("padel on Thursday evening?", "bbq on saturday").
    if (timeSent[c.sent] && !c.emoji && c.term && SOCIAL_CATS.has(c.cat) && c.w >= 0.2 && c.w < c.term.p)
      c.w = c.w + (c.term.p - c.w) * 0.35;
    // Wishes to the recipient of a work message ("hope you had a lovely holiday! About the proposal…").
    if (pleasantrySent[c.sent] && proTotal >= 0.1 && !c.poss) c.w *= 0.3;
    // Food and drinks at the office or with the team are a work event.
    if (workplaceSent[c.sent] && (c.cat === 'food' || c.cat === 'parties' || c.cat === 'leisure')) c.w *= 0.4;
  }
  // What a business hangover is about ("Holiday hangover", "post-launch hangover") is not personal either.
  for (const c of kept)
    if (hangoverSent[c.sent] && !c.poss && c.term && !HANGOVER.has(c.term.key) && c.w < 0.45) c.w *= 0.5;
  // Greetings for a religious or family holiday with family details ("Feliz Páscoa! As crianças acharam
  // todos os ovos"): the family is the author's own.
  {
    let holiday = false;
    for (const c of kept) if (c.term && c.term.words.some((w) => HOLIDAYS.has(w))) holiday = true;
    if (holiday)
      for (const c of kept) if (c.cat === 'family' && c.term && c.w < c.term.p) c.w = c.w + (c.term.p - c.w) * 0.35;
  }
  // A company's anniversary ("Celebrating 10 years of Brightline Consulting 🎂", "10 años de Acme"):
  // the cake, the toast and #anniversary belong to the company.
  if (companyAnniversary())
    for (const c of kept)
      if ((c.cat === 'parties' || c.cat === 'romance' || c.cat === 'lifeEvents') && !c.poss) c.w *= 0.35;
  // Workplace policy and people programmes ("20 weeks of paid parental leave for all employees",
  // "Krankenstände in der Belegschaft"): family, health and life-event words describe the staff, not
  // the author, unless the sentence is the author's own story ("I", "my", "mi", "mon", "mein").
  if (policy >= 2)
    for (const c of kept)
      if ((c.cat === 'family' || c.cat === 'health' || c.cat === 'lifeEvents') && !sing1[c.sent] && !c.poss) c.w *= 0.4;

  function companyAnniversary(): boolean {
    for (let i = 0; i + 2 < n; i++) {
      if (kind[i] !== T_NUM || !sameRun(i + 1) || !YEAR_WORDS.has(infos[i + 1]!.fold)) continue;
      let j = i + 2;
      if (sameRun(j) && (func(j)?.of ?? 0) & M) j++;
      if (j >= n || !sameRun(j) || kind[j] !== T_WORD || !isCap(j)) continue;
      const inf = infos[j]!;
      if (inf.func || inf.stop || isPersonalAt(j)) continue;
      if (isHead(j) || isPre(j) || !inf.hits) return true;
    }
    return false;
  }

  function neutralSent(s: number): boolean {
    if (!neutralSents) {
      neutralSents = new Uint8Array(sentences);
      for (let i = 0; i < n; i++) if (neutral[i]) neutralSents[sent[i]!] = 1;
    }
    return neutralSents[s] === 1;
  }

  // Lead-in anecdote: all clear personal evidence sits in the opening, and the rest of a longer post
  // is work ("When my son learned to ride a bike… Same thing with my team: …").
  if (!disclosure && (sentences >= 3 || (bridge && sentences >= 2))) leadIn();
  if (disclosure) for (const c of kept) c.w = Math.min(0.95, c.w * 1.35);

  function leadIn(): void {
    let lastEnd = -1;
    let lastSent = -1;
    for (const c of kept) {
      if (c.emoji || c.w < 0.35 || pro[c.sent]! >= 0.25) continue;
      if (end[c.b]! > lastEnd) lastEnd = end[c.b]!;
      if (c.sent > lastSent) lastSent = c.sent;
    }
    if (lastSent < 0 || lastSent >= sentences - 1) return;
    const textEnd = n > 0 ? end[n - 1]! : 0;
    const firstStart = n > 0 ? start[0]! : 0;
    // End of the last personal sentence.
    let sentEnd = lastEnd;
    for (let i = 0; i < n; i++) if (sent[i] === lastSent && end[i]! > sentEnd) sentEnd = end[i]!;
    const before = sentEnd - firstStart;
    const after = textEnd - sentEnd;
    let proAfter = 0;
    for (let s = lastSent + 1; s < sentences; s++) proAfter += pro[s]!;
    const ok = bridge ? proAfter >= 0.25 && after >= before * 0.9 : proAfter >= 0.6 && after >= before * 1.5;
    if (!ok) return;
    for (const c of kept) c.w *= 0.3;
  }

  // Items weakened to almost nothing by the rules above are not evidence any more.
  {
    let k = 0;
    for (const c of kept) if (c.w >= 0.01) kept[k++] = c;
    kept.length = k;
  }

  // Scoring: repetition decay per key, noisy-OR per sentence, professional damping per sentence.
  const seen = new Map<string, number>();
  const keep = new Float64Array(sentences).fill(1); // Π(1 - w)
  const sensKeep = new Float64Array(sentences).fill(1);
  const catW = new Map<Category, number>();
  for (const c of kept) {
    const r = seen.get(c.key) ?? 0;
    seen.set(c.key, r + 1);
    const w = Math.min(0.97, c.w * DECAY[Math.min(r, 30)]!);
    keep[c.sent]! *= 1 - w;
    if (SENSITIVE.has(c.cat)) sensKeep[c.sent]! *= 1 - w;
    catW.set(c.cat, (catW.get(c.cat) ?? 0) + w);
    // c.w stays the item's own strength (what the UI shows); repeats only count less in the score.
  }
  const docScore = (keepArr: Float64Array): number => {
    // The 8 strongest sentences, kept sorted by insertion (linear in the number of sentences).
    const top: number[] = [];
    for (let s = 0; s < sentences; s++) {
      const P = 1 - keepArr[s]!;
      if (P <= 0) continue;
      const v = P * (1 - Math.min(0.5, pro[s]! * 0.6));
      if (top.length === 8 && v <= top[7]!) continue;
      let k = top.length < 8 ? top.length : 7;
      if (top.length < 8) top.push(v);
      while (k > 0 && top[k - 1]! < v) {
        top[k] = top[k - 1]!;
        k--;
      }
      top[k] = v;
    }
    if (top.length === 0) return 0;
    let rest = 1;
    for (let k = 0; k < top.length; k++) rest *= 1 - top[k]! * Math.pow(0.5, k);
    let d = 1 - rest;
    if ((input.hasImage === true || input.hasVideo === true) && d >= 0.2) d = d + (1 - d) * 0.3;
    return Math.min(1, Math.max(0, d));
  };
  // A work post with only faint personal vocabulary here and there stays a work post.
  let strongest = 0;
  let strongestSensitive = 0;
  for (const c of kept) {
    if (c.w > strongest) strongest = c.w;
    if (SENSITIVE.has(c.cat) && c.w > strongestSensitive) strongestSensitive = c.w;
  }
  const finalScore = (keepArr: Float64Array, top: number): number => {
    const d = docScore(keepArr) * (top < 0.35 && proTotal >= 1 ? 0.6 : 1);
    return Math.round(d * 1000) / 1000; // the verdict uses the score as shown
  };
  const score = finalScore(keep, strongest);
  const threshold = THRESHOLDS[sensitivity];
  const tooShort = kept.length === 0 && wordCount + countKind(kind, n, T_EMOJI) + countKind(kind, n, T_HASH) < 3;
  const unsure = guess.unsupported || tooShort;
  let personal = !guess.unsupported && score >= threshold;
  const level = input?.recipientLevel;
  // Friendly contacts only mind the sensitive categories: the verdict reads those alone.
  if (level === 'friendly') personal = !guess.unsupported && finalScore(sensKeep, strongestSensitive) >= threshold;
  else if (level === 'personal' || level === 'unset') personal = false;

  const categories = [...catW.entries()]
    .filter(([, w]) => w > 0)
    .sort((x, y) => y[1] - x[1] || CATEGORIES.indexOf(x[0]) - CATEGORIES.indexOf(y[0]))
    .map(([c]) => c);

  // Output, capped: the strongest items, in text order.
  const evidence: Evidence[] = [];
  for (const idx of capIndices(
    kept.map((c) => c.w),
    MAX_EVIDENCE,
  )) {
    const c = kept[idx]!;
    const s0 = start[c.a]!;
    const e0 = end[c.b]!;
    evidence.push({
      text: text.slice(s0, e0),
      category: c.cat,
      start: s0,
      end: e0,
      kind: c.kind,
      weight: Math.round(c.w * 1000) / 1000,
    });
  }
  const professionalSignals: ProfessionalSignal[] = [];
  for (const idx of capIndices(
    proSignals.map((p) => p.w),
    MAX_EVIDENCE,
  )) {
    const p = proSignals[idx]!;
    const s0 = start[p.a]!;
    const e0 = end[p.b]!;
    professionalSignals.push({ text: text.slice(s0, e0), start: s0, end: e0, weight: Math.round(p.w * 1000) / 1000 });
  }
  if (scratchInfos.length > 1 << 16) scratchInfos = [];
  const result: AnalyzeResult = {
    score,
    personal,
    unsure,
    sensitivity,
    language: guess.language,
    categories,
    evidence,
    professionalSignals,
  };
  if (kept.length > evidence.length) result.evidenceTruncated = true;
  return result;
}

/** "married to …", "mariés à …", "casados con …", "verheiratet mit …". */
const TO_WORDS = new Set(['to', 'a', 'al', 'con', 'com', 'mit']);
const DEMONSTRATIVES = new Set(
  'this that these those este esta estos estas ese esa esse essa isso este ce cet cette ces dieser diese dieses diesem diesen'.split(
    ' ',
  ),
);
/** Nouns for a person after "married to this …" ("married to this man"). */
const PERSON_NOUNS = new Set(
  'man woman guy girl person lady gentleman soul human hombre mujer chico chica persona homem mulher rapaz moca homme femme mec personne mann frau mensch typ'.split(
    ' ',
  ),
);

/** Hangover words: a business metaphor next to work vocabulary ("Black Friday hangover"). */
const HANGOVER = new Set(['hangover', 'resaca', 'ressaca', 'gueule de bois', 'kater']);

/** Religious and family holidays (folded lexicon keys). */
const HOLIDAYS = new Set(
  `christmas xmas easter eid ramadan diwali hanukkah thanksgiving navidad nochebuena pascua natal pascoa
   noel paques reveillon weihnachten heiligabend ostern chanukka hanoucca januca hanuca`
    .split(/\s+/)
    .filter(Boolean),
);
HOLIDAYS.add('christmas eve');

/** Parents and grandparents named like a name ("Dad", "Mum", "Oma", "Mamá"). */
const OWN_KIN = new Set(
  'dad mum mom mommy mummy daddy grandma grandpa granny nana papa mama oma opa mami papi mamae papai vovo maman mamie papy'.split(
    ' ',
  ),
);

/** Singular first person: the author's own story. */
const SING1 = new Set(
  `i me my mine myself im ive id yo mi mis conmigo eu meu minha meus minhas comigo je j moi mon ma mes
   ich mein meine meinen meinem meiner meines mich mir`
    .split(/\s+/)
    .filter(Boolean),
);
/** Business heads that a clear health word before them does not turn into a modifier ("chemo session"). */
const WEAK_HEADS = new Set(
  'session sessions sesion sesiones sessao sessoes seance seances sitzung sitzungen'.split(' '),
);
/** "10 years of Acme", "10 años de Acme", "10 anos da Acme", "10 ans de Acme", "10 Jahre Acme". */
const YEAR_WORDS = new Set(['years', 'year', 'anos', 'anos', 'ans', 'annees', 'jahre', 'jahren']);

const DETERMINERS = new Set(
  `a an the this that these those some any one all
   un una unos unas el la los las lo este esta estos estas ese esa
   um uma uns umas o a os as este esta esse essa
   un une le la les l ce cette ces
   ein eine einen einem einer eines der die das den dem des dieser diese dieses
   al del no na nos nas do da dos das num numa nesse nessa neste nesta naquele au aux du im am zum zur beim vom`
    .split(/\s+/)
    .filter(Boolean),
);

function countKind(kind: Uint8Array, n: number, k: number): number {
  let c = 0;
  for (let i = 0; i < n; i++) if (kind[i] === k) c++;
  return c;
}

/** Indices of the `cap` largest weights (ties by position), returned in position order. Linear. */
function capIndices(ws: number[], cap: number): number[] {
  const n = ws.length;
  if (n <= cap) return ws.map((_, i) => i);
  const buckets = new Uint32Array(101);
  for (const w of ws) buckets[Math.max(0, Math.min(100, Math.floor(w * 100)))]!++;
  let cut = 100;
  let count = 0;
  while (cut > 0 && count + buckets[cut]! <= cap) count += buckets[cut--]!;
  let room = cap - count;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const b = Math.max(0, Math.min(100, Math.floor(ws[i]! * 100)));
    if (b > cut) out.push(i);
    else if (b === cut && room > 0) {
      out.push(i);
      room--;
    }
  }
  return out;
}

/** Hashtag evidence: one item per category found among its words. */
function hashtagCands(
  lex: Lexicon,
  settings: CompiledSettings,
  text: string,
  i: number,
  s: number,
  e: number,
  sentence: number,
  germanText: boolean,
  cands: Cand[],
  pros: ProSig[],
): void {
  const h = hashInfo(lex, text.slice(s, e));
  const byCat = new Map<Category, { term: Term; w: number }>();
  let proW = 0;
  let lifestyle = false;
  let possessive = false;
  const parts = h.parts;
  for (let k = 0; k < parts.length; k++) {
    const info = parts[k]!;
    if (LIFESTYLE.has(info.fold)) lifestyle = true;
    if (info.func && info.func.poss) possessive = true;
    // Two-word phrases inside a hashtag ("#happyhour", "#datenight").
    let phraseTerm: Term | null = null;
    if (info.phrases && k + 1 < parts.length) {
      for (const t of info.phrases) {
        if (t.words.length === 2 && parts[k + 1]!.keys.includes(t.words[1]!)) {
          phraseTerm = t;
          break;
        }
      }
    }
    if (phraseTerm) {
      if (phraseTerm.kind === K_PERSONAL) {
        const prev = byCat.get(phraseTerm.cat!);
        if (!prev || prev.w < phraseTerm.w) byCat.set(phraseTerm.cat!, { term: phraseTerm, w: phraseTerm.w });
      } else if (phraseTerm.kind === K_PRO || phraseTerm.kind === K_NEUTRAL)
        proW = Math.max(proW, phraseTerm.proW || 0.1);
      k++;
      continue;
    }
    let best: Term | null = null;
    if (info.hits)
      for (const hit of info.hits)
        if (hit.term.w >= 0.1 && (!hit.compound || germanText) && (!best || hit.term.w > best.w)) best = hit.term;
    for (const key of info.keys) {
      const arr = settings.extraWords.get(key);
      if (arr) for (const t of arr) best = t;
    }
    if (best) {
      const prev = byCat.get(best.cat!);
      if (!prev || prev.w < best.w) byCat.set(best.cat!, { term: best, w: best.w });
    }
    if (info.pro) for (const hit of info.pro) proW = Math.max(proW, hit.term.proW);
  }
  for (const [cat, { term, w }] of byCat) {
    let ww = possessive ? Math.max(w, term.p) : w;
    if (lifestyle) ww = Math.min(0.9, ww + 0.15);
    cands.push({
      a: i,
      b: i,
      term,
      cat,
      kind: 'hashtag',
      w: Math.max(ww, 0.25),
      key: term.words.join(' '),
      sent: sentence,
      compound: false,
      emoji: false,
      group: term.group,
      poss: possessive,
    });
  }
  if (proW > 0 && byCat.size === 0)
    pros.push({ a: i, b: i, w: Math.max(proW, 0.15), key: text.slice(s, e).toLowerCase(), sent: sentence });
}

const LIFESTYLE = new Set([
  'vibes',
  'vibe',
  'time',
  'life',
  'goals',
  'mode',
  'love',
  'lover',
  'lovers',
  'mood',
  'moments',
  'memories',
  'fun',
  'days',
  'day',
  'weekend',
  'sunday',
  'saturday',
  'friday',
  'happy',
  'blessed',
  'squad',
  'vida',
  'amor',
  'leben',
  'vie',
]);
