/**
 * Features the model reads, shared by training (analyzer/train/) and the extension.
 *
 * normalised text → tokens (words, emoji) → sentences → windows of a few sentences (≈30 words) →
 * per window, hashed features in four groups, each group L2-normalised so that a window's strength does
 * not grow with its length:
 *   words   — word and emoji unigrams (present / absent);
 *   pairs   — word bigrams ("my wife", "baby shower");
 *   chars   — character 3–5-grams of each word with boundaries (inflections, compounds, typos);
 *   cues    — first-person pronouns and possessives, category-lexicon hits and "my + category word"
 *             (no "has emoji" flag: emoji are common in LinkedIn posts and absent from 2009 tweets, an era cue).
 * A text is scored per window and the window logits are pooled (model.ts), so a long post does not pile
 * up weak evidence and a short personal line in it is not averaged away completely.
 */

import { CATEGORIES, type Category } from './types.ts';
import { CATEGORY_EMOJI, CATEGORY_TERMS } from './category-terms.ts';
import { N_LANGS, decideLanguage, wordVotes } from './lang.ts';
import { normalize, type Normalized } from './normalize.ts';

/**
 * Texts longer than this are read up to here: LinkedIn sends at most 8,000 characters in a message and
 * 3,000 in a post, so nothing past this point can go out as it is. The bound also keeps every call short
 * (a 1 MB paste costs what 8,000 characters cost, even on the first, uncompiled call), so no keystroke
 * becomes a long task.
 */
export const MAX_CHARS = 8000;

export const K_WORD = 0;
export const K_EMOJI = 1;

export interface Token {
  /** Folded form. */
  s: string;
  kind: 0 | 1;
  /** Range in the normalised text. */
  a: number;
  b: number;
  sentence: number;
  /** Category from the lexicon (index into CATEGORIES) or -1. */
  cat: number;
  /** First-person possessive within the two previous words ("my wife", "our new puppy"). */
  mine: boolean;
  info: WordInfo;
}

/** Everything about one folded word that does not depend on its context, cached by the word. */
export interface WordInfo {
  uni: number;
  pairL: number;
  pairR: number;
  chars: Int32Array;
  cat: number;
  /** 1 = first-person singular, 2 = plural, 4 = possessive, 8 = starts a lexicon phrase. */
  flags: number;
  /** Explanations: the summed weight of the word's character n-grams under the model `charSumOf`. */
  charSum: number;
  charSumOf: object | null;
}

const wordCache = new Map<string, WordInfo>();
/** Forget cached words (benchmarks measure the cold path with this). */
export function clearFeatureCaches(): void {
  wordCache.clear();
  emojiCache.clear();
}
const emojiCache = new Map<string, WordInfo>();
const charScratch: number[] = [];

function infoOf(s: string, kind: 0 | 1): WordInfo {
  const cache = kind === K_WORD ? wordCache : emojiCache;
  let info = cache.get(s);
  if (info) return info;
  const L = lexicon();
  let flags = 0;
  if (kind === K_WORD) {
    if (L.fp.has(s)) flags |= 1;
    else if (L.fpl.has(s)) flags |= 2;
    if (L.poss.has(s)) flags |= 4;
    if (L.phraseStarts.has(s)) flags |= 8;
  }
  info = {
    uni: wordHash(s),
    pairL: hashString(s, SEED_PAIR),
    pairR: Math.imul(hashString(s, SEED_PAIR + 1), 0x9e3779b1),
    chars: kind === K_WORD ? Int32Array.from(charHashes(s, charScratch)) : new Int32Array(0),
    cat: kind === K_WORD ? wordCategory(s) : (L.emoji.get(s) ?? -1),
    flags,
    charSum: 0,
    charSumOf: null,
  };
  if (cache.size > 100000) cache.clear();
  cache.set(s, info);
  return info;
}

export interface Window {
  /** Token range [t0, t1). */
  t0: number;
  t1: number;
  idx: Int32Array;
  val: Float32Array;
  /** Value of one feature in each group (words, pairs, chars, cues) in this window. */
  gv: Float32Array;
}

export interface Featurized {
  norm: Normalized;
  tokens: Token[];
  windows: Window[];
  skipped?: Uint8Array;
  language: string;
  unsupported: boolean;
  /** Number of word tokens. */
  words: number;
  truncated: boolean;
}

// ---- hashing ----------------------------------------------------------------------------------------

/** Murmur3's finaliser; contributions.ts re-derives pair hashes with it, so both must agree. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function hashString(s: string, seed: number): number {
  let h = seed >>> 0 || 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return fmix(h);
}

const SEED_WORD = 0x1234567;
const SEED_PAIR = 0x2345678;
const SEED_CHAR = 0x3456789;
const SEED_CUE = 0x456789a;

export const GROUPS = ['words', 'pairs', 'chars', 'cues'] as const;

// ---- character classes --------------------------------------------------------------------------------

const letterCache = new Map<number, number>();
/** 1 = word character, 2 = emoji, 3 = sentence end, 0 = other. */
function charClass(cp: number): number {
  if (cp < 0x80) {
    if ((cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57)) return 1;
    if (cp === 46 || cp === 33 || cp === 63 || cp === 10 || cp === 59) return 3;
    return 0;
  }
  let c = letterCache.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    if (/[\p{L}\p{N}\p{M}]/u.test(ch)) c = 1;
    else if (/\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(ch)) c = 2;
    else if (/[…。！？•·\u2028\u2029]/u.test(ch)) c = 3;
    else c = 0;
    if (letterCache.size > 20000) letterCache.clear();
    letterCache.set(cp, c);
  }
  return c;
}

// ---- lexicon ------------------------------------------------------------------------------------------

interface Lexicon {
  words: Map<string, number>;
  phrases: Map<string, number>;
  prefixes: Map<string, number>;
  emoji: Map<string, number>;
  poss: Set<string>;
  fp: Set<string>;
  fpl: Set<string>;
  phraseStarts: Set<string>;
}

let lex: Lexicon | null = null;

/** First-person words (folded) in the five languages. */
const POSS =
  'my mine our ours mi mis nuestro nuestra nuestros nuestras meu minha meus minhas nosso nossa nossos nossas mon ma mes notre nos mein meine meinen meinem meiner meines unser unsere unseren unserem';
const FP = "i me myself i'm im i've ive i'd i'll yo me conmigo eu mim comigo je j moi me m ich mich mir";
const FPL = 'we us ourselves nosotros nosotras nos nous wir uns';

function lexicon(): Lexicon {
  if (lex) return lex;
  const words = new Map<string, number>();
  const phrases = new Map<string, number>();
  const prefixes = new Map<string, number>();
  CATEGORIES.forEach((cat, ci) => {
    for (const term of (CATEGORY_TERMS[cat] ?? '').split(/\s+/)) {
      if (!term) continue;
      const t = term.replace(/_/g, ' ');
      if (t.endsWith('*')) {
        if (!prefixes.has(t.slice(0, -1))) prefixes.set(t.slice(0, -1), ci);
      } else if (t.includes(' ')) {
        if (!phrases.has(t)) phrases.set(t, ci);
      } else if (!words.has(t)) words.set(t, ci);
    }
  });
  const emoji = new Map<string, number>();
  for (const line of CATEGORY_EMOJI.split('\n')) {
    const m = /^(\w+): (.*)$/.exec(line.trim());
    if (!m) continue;
    const ci = CATEGORIES.indexOf(m[1] as Category);
    if (ci < 0) continue;
    for (const ch of m[2]!.replace(/\s+/g, '')) if (!emoji.has(ch)) emoji.set(ch, ci);
  }
  const set = (s: string) => new Set(s.split(/\s+/));
  const phraseStarts = new Set<string>();
  for (const p of phrases.keys()) phraseStarts.add(p.slice(0, p.indexOf(' ')));
  lex = { words, phrases, prefixes, emoji, poss: set(POSS), fp: set(FP), fpl: set(FPL), phraseStarts };
  return lex;
}

/** Category of one folded word (index into CATEGORIES) or -1: exact, plural, then verb/noun prefixes. */
export function wordCategory(w: string): number {
  const L = lexicon();
  const hit = L.words.get(w);
  if (hit !== undefined) return hit;
  if (w.length > 3 && w.endsWith('s')) {
    const s1 = L.words.get(w.slice(0, -1));
    if (s1 !== undefined) return s1;
    if (w.endsWith('es')) {
      const s2 = L.words.get(w.slice(0, -2));
      if (s2 !== undefined) return s2;
    }
  }
  if (w.endsWith("'s")) {
    const s3 = L.words.get(w.slice(0, -2));
    if (s3 !== undefined) return s3;
  }
  // Stretched endings that survived normalisation ("daughterr").
  if (/(.)\1$/.test(w)) {
    const s4 = L.words.get(w.slice(0, -1));
    if (s4 !== undefined) return s4;
  }
  for (let n = Math.min(w.length, 14); n >= 4; n--) {
    const p = L.prefixes.get(w.slice(0, n));
    if (p !== undefined) return p;
  }
  return -1;
}

export function emojiCategory(e: string): number {
  return lexicon().emoji.get(e) ?? -1;
}

// ---- tokens -------------------------------------------------------------------------------------------

/** Tokens of a normalised text, with sentence numbers, lexicon categories and possession. */
export function tokenize(norm: Normalized): Token[] {
  const L = lexicon();
  const t = norm.text;
  const out: Token[] = [];
  let sentence = 0;
  let pendingBreak = false;
  for (let i = 0; i < t.length;) {
    const cp = t.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    const c = charClass(cp);
    if (c === 1) {
      let j = i + w;
      while (j < t.length) {
        const cj = t.codePointAt(j)!;
        const cc = charClass(cj);
        if (cc === 1) j += cj > 0xffff ? 2 : 1;
        else if ((cj === 39 || cj === 45) && j + 1 < t.length && charClass(t.codePointAt(j + 1)!) === 1) j++;
        else break;
      }
      if (pendingBreak) {
        sentence++;
        pendingBreak = false;
      }
      const w0 = t.slice(i, j);
      const info = infoOf(w0, K_WORD);
      out.push({ s: w0, kind: K_WORD, a: i, b: j, sentence, cat: info.cat, mine: false, info });
      i = j;
    } else if (c === 2) {
      if (pendingBreak) {
        sentence++;
        pendingBreak = false;
      }
      const e0 = String.fromCodePoint(cp);
      const info = infoOf(e0, K_EMOJI);
      out.push({ s: e0, kind: K_EMOJI, a: i, b: i + w, sentence, cat: info.cat, mine: false, info });
      i += w;
    } else {
      if (c === 3 && out.length > 0) pendingBreak = true;
      i += w;
    }
  }
  // Phrases of two or three words override single-word categories.
  for (let k = 0; k < out.length; k++) {
    const tok = out[k]!;
    if (!(tok.info.flags & 8)) continue;
    const n1 = out[k + 1];
    if (!n1 || n1.kind !== K_WORD || n1.sentence !== tok.sentence) continue;
    const two = `${tok.s} ${n1.s}`;
    const n2 = out[k + 2];
    const three =
      n2 && n2.kind === K_WORD && n2.sentence === tok.sentence ? L.phrases.get(`${two} ${n2.s}`) : undefined;
    if (three !== undefined) {
      tok.cat = n1.cat = n2!.cat = three;
      continue;
    }
    const p = L.phrases.get(two);
    if (p !== undefined) tok.cat = n1.cat = p;
  }
  for (let k = 0; k < out.length; k++) {
    const tok = out[k]!;
    if (tok.cat < 0) continue;
    for (let back = 1; back <= 2 && k - back >= 0; back++) {
      const prev = out[k - back]!;
      if (prev.sentence !== tok.sentence) break;
      if (prev.info.flags & 4) {
        tok.mine = true;
        break;
      }
    }
  }
  return out;
}

// ---- windows ------------------------------------------------------------------------------------------

/** Window size in words: whole sentences until `min`, a hard cut at `max` (the trainer's experiments vary it). */
export const WINDOW = { min: 30, max: 80 };

/** Token ranges of windows: whole sentences until ≥ 30 words (hard cut at 80); a short tail joins the last. */
export function windowRanges(tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  let words = 0;
  for (let k = 0; k < tokens.length; k++) {
    words++;
    const next = tokens[k + 1];
    const sentenceEnds = !next || next.sentence !== tokens[k]!.sentence;
    if ((sentenceEnds && words >= WINDOW.min) || words >= WINDOW.max) {
      out.push([start, k + 1]);
      start = k + 1;
      words = 0;
    }
  }
  if (start < tokens.length) {
    const last = out[out.length - 1];
    if (last && words < 10) last[1] = tokens.length;
    else out.push([start, tokens.length]);
  }
  return out;
}

// ---- features -----------------------------------------------------------------------------------------

/**
 * A small open-addressing table that gathers one window's features (at most 89 tokens × ≤ 71 features
 * each, well under half its slots), so the scratch costs 512 KB whatever the model's size, instead of
 * two arrays as large as the weight table in every tab.
 */
const TABLE_BITS = 15;
const TABLE_SIZE = 1 << TABLE_BITS;

export interface FeatureScratch {
  /** Feature index held by each slot. */
  key: Int32Array;
  /** Its value in the current window. */
  acc: Float32Array;
  /** Slot is in use by the window with this stamp. */
  window: Uint32Array;
  /** Slot was counted in the feature group with this stamp (a group counts distinct features). */
  group: Uint32Array;
  gen: number;
}

/** Scratch space for featurising (the same for any model size; `dim` is kept for callers). */
export function makeScratch(_dim?: number): FeatureScratch {
  return {
    key: new Int32Array(TABLE_SIZE),
    acc: new Float32Array(TABLE_SIZE),
    window: new Uint32Array(TABLE_SIZE),
    group: new Uint32Array(TABLE_SIZE),
    gen: 0,
  };
}

/** A fresh stamp for a window; its (at most four) groups take the next ones. Wraps by clearing the table. */
function windowStamp(scratch: FeatureScratch): number {
  if (scratch.gen >= 0xfffffff0) {
    scratch.window.fill(0);
    scratch.group.fill(0);
    scratch.gen = 0;
  }
  return ++scratch.gen;
}

/** Hashes per token, reused by explanations: unigram, bigram with the next token, char n-grams. */
export function wordHash(s: string): number {
  return hashString(s, SEED_WORD);
}
export function pairHash(a: string, b: string): number {
  return fmix(hashString(a, SEED_PAIR) ^ Math.imul(hashString(b, SEED_PAIR + 1), 0x9e3779b1));
}
export function charHashes(s: string, out: number[]): number[] {
  out.length = 0;
  const w = s.length > 24 ? s.slice(0, 24) : s;
  const padded = ` ${w} `;
  const L = padded.length;
  for (let i = 0; i + 3 <= L; i++) {
    let h = SEED_CHAR;
    for (let j = i; j < L && j < i + 5; j++) {
      h = Math.imul(h ^ padded.charCodeAt(j), 16777619);
      if (j - i >= 2) out.push(fmix(h + j - i));
    }
  }
  return out;
}
export function cueHash(name: string): number {
  return hashString(name, SEED_CUE);
}

export const CAT_CUE = CATEGORIES.map((c) => cueHash(`cat:${c}`));
export const MY_CAT_CUE = CATEGORIES.map((c) => cueHash(`mycat:${c}`));
const FP_CUE = cueHash('fp');
const FPL_CUE = cueHash('fpl');
const POSS_CUE = cueHash('poss');

/** Group scales (relative weight of each L2-normalised group). */
export const GROUP_SCALE = [1, 0.7, 1, 1];
/** Experiments: each of a group's n distinct features gets scale × (ref/n)^power / √ref (power 0.5: L2). */
export const GROUP_NORM = { power: 0.5, ref: [25, 28, 250] };

/**
 * Features of one window as sorted-free parallel arrays (index, value). `skip[k]` drops a token (user's
 * ignored words, work topics) as if it were not there.
 */
export function windowFeatures(
  tokens: Token[],
  t0: number,
  t1: number,
  mask: number,
  scratch: FeatureScratch,
  skip?: Uint8Array,
): { idx: Int32Array; val: Float32Array; gv: Float32Array } {
  const gvOut = new Float32Array(4);
  const groupIdx: number[][] = [[], [], [], []];
  let fp = false;
  let fpl = false;
  let poss = false;
  const cats = new Set<number>();
  const myCats = new Set<number>();
  let prev: Token | null = null;
  for (let k = t0; k < t1; k++) {
    const tok = tokens[k]!;
    if (skip && skip[k]) {
      prev = null;
      continue;
    }
    const info = tok.info;
    groupIdx[0]!.push(info.uni & mask);
    if (prev && prev.sentence === tok.sentence) groupIdx[1]!.push(fmix(prev.info.pairL ^ info.pairR) & mask);
    if (tok.kind === K_WORD) {
      const ch = info.chars;
      const g2 = groupIdx[2]!;
      for (let c = 0; c < ch.length; c++) g2.push(ch[c]! & mask);
      if (info.flags & 1) fp = true;
      else if (info.flags & 2) fpl = true;
      if (info.flags & 4) poss = true;
    }
    if (tok.cat >= 0) {
      cats.add(tok.cat);
      if (tok.mine) myCats.add(tok.cat);
    }
    prev = tok;
  }
  const cues = groupIdx[3]!;
  if (fp) cues.push(FP_CUE & mask);
  if (fpl) cues.push(FPL_CUE & mask);
  if (poss) cues.push(POSS_CUE & mask);
  for (const c of cats) cues.push(CAT_CUE[c]! & mask);
  for (const c of myCats) cues.push(MY_CAT_CUE[c]! & mask);

  const { key, acc, window: slotWindow, group: slotGroup } = scratch;
  const win = windowStamp(scratch);
  /** Slots in the order their features first appeared. */
  const touched: number[] = [];
  const distinct: number[] = [];
  for (let g = 0; g < 4; g++) {
    const list = groupIdx[g]!;
    if (list.length === 0) continue;
    // Presence, not counts: each distinct feature of the group gets 1/sqrt(distinct) (the group's L2 norm
    // is 1) × the group's scale; cues are a handful of flags at 0.5 × the cue group's scale.
    const grp = ++scratch.gen;
    distinct.length = 0;
    for (const i of list) {
      let slot = Math.imul(i, 0x9e3779b1) >>> (32 - TABLE_BITS);
      while (slotWindow[slot] === win && key[slot] !== i) slot = (slot + 1) & (TABLE_SIZE - 1);
      if (slotWindow[slot] !== win) {
        slotWindow[slot] = win;
        key[slot] = i;
        acc[slot] = 0;
        touched.push(slot);
      }
      if (slotGroup[slot] !== grp) {
        slotGroup[slot] = grp;
        distinct.push(slot);
      }
    }
    const v =
      g === 3
        ? 0.5 * GROUP_SCALE[3]!
        : GROUP_NORM.power === 0.5
          ? GROUP_SCALE[g]! / Math.sqrt(distinct.length)
          : (GROUP_SCALE[g]! * Math.pow(GROUP_NORM.ref[g]! / distinct.length, GROUP_NORM.power)) /
            Math.sqrt(GROUP_NORM.ref[g]!);
    gvOut[g] = v;
    for (const slot of distinct) acc[slot] = acc[slot]! + v;
  }
  const idx = new Int32Array(touched.length);
  const val = new Float32Array(touched.length);
  for (let k = 0; k < touched.length; k++) {
    const slot = touched[k]!;
    idx[k] = key[slot]!;
    val[k] = acc[slot]!;
  }
  return { idx, val, gv: gvOut };
}

/** Language of the text from function words and letters of the original words (before folding). */
function guessLanguage(input: string, norm: Normalized, tokens: Token[]): { language: string; unsupported: boolean } {
  const votes = new Float64Array(N_LANGS);
  let words = 0;
  let nonLatin = 0;
  // The first 300 words are enough to tell the language.
  for (const tok of tokens) {
    if (tok.kind !== K_WORD) continue;
    if (words >= 300) break;
    const c0 = tok.s.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57) continue;
    words++;
    // Most words are plain ASCII as typed: then NFKC and lower-casing cannot add a non-ASCII letter, and
    // the folded token is all the vote needs (no slice, no normalisation).
    const from = norm.from[tok.a]!;
    const to = norm.to[tok.b - 1]!;
    let asciiAsTyped = true;
    for (let i = from; i < to; i++)
      if (input.charCodeAt(i) > 0x7f) {
        asciiAsTyped = false;
        break;
      }
    const orig = asciiAsTyped ? tok.s : input.slice(from, to).normalize('NFKC').toLowerCase();
    let nonAscii = false;
    if (!asciiAsTyped)
      for (let i = 0; i < orig.length; i++)
        if (orig.charCodeAt(i) > 0x7f) {
          nonAscii = true;
          break;
        }
    if (nonAscii && /[^\p{Script=Latin}\p{M}\p{N}'’-]/u.test(orig) && !/^[\p{Script=Latin}'-]+$/u.test(tok.s))
      nonLatin++;
    const v = wordVotes(nonAscii ? orig : tok.s, nonAscii);
    if (v) for (let k = 0; k < v.length; k += 2) votes[v[k]!]! += v[k + 1]!;
  }
  const guess = decideLanguage(votes, words, nonLatin);
  return { language: guess.language, unsupported: guess.unsupported };
}

/** Everything the model needs from one text. */
export function featurize(
  input: string,
  mask: number,
  scratch: FeatureScratch,
  skip?: (tokens: Token[]) => Uint8Array | null,
): Featurized {
  const truncated = input.length > MAX_CHARS;
  const text = truncated ? input.slice(0, MAX_CHARS) : input;
  const norm = normalize(text);
  const tokens = tokenize(norm);
  const skipArr = skip?.(tokens) ?? undefined;
  const windows: Window[] = [];
  for (const [t0, t1] of windowRanges(tokens)) {
    if (skipArr && skipArr.subarray(t0, t1).every((x) => x === 1)) continue;
    const f = windowFeatures(tokens, t0, t1, mask, scratch, skipArr);
    windows.push({ t0, t1, idx: f.idx, val: f.val, gv: f.gv });
  }
  const { language, unsupported } = guessLanguage(text, norm, tokens);
  let words = 0;
  for (const t of tokens) if (t.kind === K_WORD) words++;
  return { norm, tokens, windows, skipped: skipArr, language, unsupported, words, truncated };
}
