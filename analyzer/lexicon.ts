/** Compiles the compact lexicon text into lookup maps, and matches single words against them. */

import type { Category } from './types.ts';
import { CATEGORIES } from './types.ts';
import { LEXICON } from './lexicon-data.ts';
import { fold } from './text.ts';

// Language bits: supported languages in SUPPORTED order, then "any language" entries.
export const L_EN = 1;
export const L_ES = 2;
export const L_PT = 4;
export const L_FR = 8;
export const L_DE = 16;
export const L_XX = 32;
export const L_ALL = 63;
const LANG_BITS: Record<string, number> = { en: L_EN, es: L_ES, pt: L_PT, fr: L_FR, de: L_DE, xx: L_XX };

// Term flags.
export const TF_OF = 1;
export const TF_INTO = 2;
export const TF_EXACT = 4;
export const TF_PREFIX = 8;
/** Metaphor-prone ("our new baby is the v3 engine", "the honeymoon with a new tool"). */
export const TF_META = 16;

export const K_PERSONAL = 0;
export const K_NEUTRAL = 1;
export const K_PRO = 2;
/** Discourse markers: "same thing with my team", "that's exactly what we did" (anecdote → lesson). */
export const K_BRIDGE = 3;
/** Wishes to the recipient in a business message: "hope you had a lovely holiday". */
export const K_PLEASANTRY = 4;
/** "I don't usually share things like this here", "on a personal note". */
export const K_DISCLOSURE = 5;
/** Workplace setting: "at the office", "with the team". */
export const K_WORKPLACE = 6;
/** Weekdays and evenings: "on Thursday evening", "el sábado", "heute Abend". */
export const K_TIME = 7;
/** Workplace policy and people-programme vocabulary: "parental leave policy", "our employees", "Belegschaft". */
export const K_POLICY = 8;
const SPECIAL_GROUPS: Record<string, number> = {
  bridge: K_BRIDGE,
  pleasantry: K_PLEASANTRY,
  disclosure: K_DISCLOSURE,
  workplace: K_WORKPLACE,
  time: K_TIME,
  policy: K_POLICY,
};

export interface Term {
  id: number;
  /** The folded words joined by spaces. */
  key: string;
  /** Folded words of the term (one for single words). */
  words: string[];
  /** Surface form as written in the lexicon, for debugging. */
  src: string;
  kind: number;
  cat: Category | null;
  group: string;
  w: number;
  p: number;
  flags: number;
  langs: number;
  /** Professional weight (pro and neutral terms). */
  proW: number;
  headMask: number;
  preMask: number;
  /** Neutral business phrases: categories of the personal words they contain ("family_business" → family). */
  bizMask?: number;
}

export interface FuncInfo {
  poss: number;
  pron: number;
  of: number;
  for: number;
  into: number;
  third: number;
  neg: number;
  with: number;
  congrats: number;
}

export interface Lexicon {
  terms: Term[];
  /** Single-word personal terms by folded word. */
  words: Map<string, Term[]>;
  /** Single-word professional / neutral terms by folded word. */
  pro: Map<string, Term[]>;
  /** Prefix terms by prefix. */
  prefixes: Map<string, Term[]>;
  prefixMin: number;
  prefixMax: number;
  /** Multi-word terms (personal, neutral, pro) by first word, longest first. */
  phrases: Map<string, Term[]>;
  func: Map<string, FuncInfo>;
  /** Groups by name, with their terms (for work topics). */
  groups: Map<string, Term[]>;
}

const CAT_SET = new Set<string>(CATEGORIES);

function parseWeight(s: string | undefined, dflt: number): number {
  if (s === undefined || s === '') return dflt;
  const n = Number(s);
  return Number.isFinite(n) ? n / 100 : dflt;
}

export function compileLexicon(data: Record<string, string>): Lexicon {
  const lex: Lexicon = {
    terms: [],
    words: new Map(),
    pro: new Map(),
    prefixes: new Map(),
    prefixMin: 99,
    prefixMax: 0,
    phrases: new Map(),
    func: new Map(),
    groups: new Map(),
  };
  for (const [lang, text] of Object.entries(data)) {
    const bit = LANG_BITS[lang] ?? 0;
    if (!bit) continue;
    let group = '';
    let kind = K_PERSONAL;
    let cat: Category | null = null;
    let gw = 0;
    let gp = 0;
    let gflags = 0;
    let head = false;
    let pre = false;
    let funcKind = '';
    for (const rawLine of text.split('\n')) {
      const line = rawLine.trim();
      if (!line) continue;
      if (line.startsWith('@')) {
        const parts = line.slice(1).split(/\s+/);
        group = parts[0]!;
        funcKind = '';
        head = pre = false;
        gflags = 0;
        cat = null;
        if (group.startsWith('func.')) {
          funcKind = group.slice(5);
          continue;
        }
        if (group === 'neutral') kind = K_NEUTRAL;
        else if (group === 'pro') kind = K_PRO;
        else if (group in SPECIAL_GROUPS) kind = SPECIAL_GROUPS[group]!;
        else {
          kind = K_PERSONAL;
          const c = group.split('.')[0]!;
          if (!CAT_SET.has(c)) throw new Error(`lexicon: unknown category in @${group}`);
          cat = c as Category;
        }
        gw = parseWeight(parts[1], 0.3);
        gp = parseWeight(parts[2], kind === K_PERSONAL ? Math.max(gw, 0.6) : 0);
        for (const f of parts.slice(kind === K_PERSONAL ? 3 : 2)) {
          if (f === 'of') gflags |= TF_OF;
          else if (f === 'into') gflags |= TF_INTO;
          else if (f === 'head') head = true;
          else if (f === 'pre') pre = true;
        }
        if (kind !== K_PERSONAL) gp = 0;
        continue;
      }
      for (const item of line.split(/\s+/)) {
        if (!item) continue;
        if (funcKind) {
          const key = fold(item);
          let f = lex.func.get(key);
          if (!f) {
            f = { poss: 0, pron: 0, of: 0, for: 0, into: 0, third: 0, neg: 0, with: 0, congrats: 0 };
            lex.func.set(key, f);
          }
          if (funcKind in f) (f as unknown as Record<string, number>)[funcKind]! |= bit;
          continue;
        }
        let body = item;
        let ws: string | undefined;
        let ps: string | undefined;
        const colon = item.indexOf(':');
        if (colon >= 0) {
          body = item.slice(0, colon);
          const rest = item.slice(colon + 1);
          const c2 = rest.indexOf(':');
          ws = c2 >= 0 ? rest.slice(0, c2) : rest;
          ps = c2 >= 0 ? rest.slice(c2 + 1) : undefined;
        }
        let flags = gflags;
        if (body.startsWith('~')) {
          flags |= TF_META;
          body = body.slice(1);
        }
        if (body.startsWith('=')) {
          flags |= TF_EXACT;
          body = body.slice(1);
        }
        if (body.endsWith('*')) {
          flags |= TF_PREFIX;
          body = body.slice(0, -1);
        }
        const words =
          body.indexOf('_') < 0
            ? body
              ? [fold(body)]
              : []
            : body
                .split('_')
                .map(fold)
                .filter((w) => w.length > 0);
        if (words.length === 0) continue;
        const w = parseWeight(ws, gw);
        let p = ps !== undefined ? parseWeight(ps, gp) : gp;
        if (kind === K_PERSONAL && ws !== undefined && ps === undefined) {
          // A term with its own weight keeps the group's possessive weight ("my son" is as clear as
          // "my wife"), except near-zero terms, which stay near zero.
          p = w <= 0.05 ? Math.min(gp, w * 3) : w >= 0.2 ? Math.max(w, gp) : w + (gp - w) * (w / 0.2);
        }
        if (kind !== K_PERSONAL) {
          p = 0;
        }
        const term: Term = {
          id: lex.terms.length,
          key: words.join(' '),
          words,
          src: body,
          kind,
          cat,
          group: kind === K_PERSONAL ? group : kind === K_PRO ? 'pro' : kind === K_NEUTRAL ? 'neutral' : group,
          w: kind === K_PERSONAL ? w : 0,
          p: kind === K_PERSONAL ? Math.min(0.95, p) : 0,
          flags,
          langs: bit,
          proW: kind === K_PRO || kind === K_NEUTRAL ? w : 0,
          headMask: head ? bit : 0,
          preMask: pre ? bit : 0,
        };
        lex.terms.push(term);
        if (kind === K_PERSONAL) {
          const g = lex.groups.get(group) ?? [];
          g.push(term);
          lex.groups.set(group, g);
        }
        if (words.length > 1) {
          const first = words[0]!;
          const arr = lex.phrases.get(first) ?? [];
          arr.push(term);
          lex.phrases.set(first, arr);
        } else if (flags & TF_PREFIX) {
          const arr = lex.prefixes.get(words[0]!) ?? [];
          arr.push(term);
          lex.prefixes.set(words[0]!, arr);
          lex.prefixMin = Math.min(lex.prefixMin, words[0]!.length);
          lex.prefixMax = Math.max(lex.prefixMax, words[0]!.length);
        } else {
          const map = kind === K_PERSONAL ? lex.words : lex.pro;
          const arr = map.get(words[0]!) ?? [];
          arr.push(term);
          map.set(words[0]!, arr);
        }
      }
    }
  }
  for (const arr of lex.phrases.values()) arr.sort((a, b) => b.words.length - a.words.length);
  // A neutral phrase with a business word in it is a business use of its personal words.
  for (const t of lex.terms) {
    if (t.kind !== K_NEUTRAL || t.words.length < 2) continue;
    let business = false;
    let cats = 0;
    for (const w of t.words) {
      for (const pt of lex.pro.get(w) ?? []) if (pt.kind === K_PRO && (pt.headMask || pt.preMask)) business = true;
      for (const pt of lex.words.get(w) ?? []) if (pt.w >= 0.2 && pt.cat) cats |= 1 << CATEGORIES.indexOf(pt.cat);
    }
    if (business && cats) t.bizMask = cats;
  }
  return lex;
}

// ---- inflection candidates --------------------------------------------------------------------

const VOWELS = 'aeiouy';
function isDoubleConsonant(s: string): boolean {
  const n = s.length;
  return n >= 2 && s[n - 1] === s[n - 2] && !VOWELS.includes(s[n - 1]!);
}

/**
 * Possible base forms of a folded word, each with the languages whose rules produced it.
 * The word itself comes first with every language.
 */
export function candidates(w: string): { keys: string[]; masks: number[] } {
  const keys: string[] = [w];
  const masks: number[] = [L_ALL];
  const add = (k: string, m: number): void => {
    if (k.length < 3) return;
    const i = keys.indexOf(k);
    if (i >= 0) masks[i]! |= m;
    else {
      keys.push(k);
      masks.push(m);
    }
  };
  const n = w.length;
  if (n < 4 || n > 40) return { keys, masks };
  const EN = L_EN | L_XX;
  const last = w[n - 1]!;
  const end2 = w.slice(-2);
  const end3 = w.slice(-3);
  // English
  if (end3 === 'ies' && n >= 5) add(w.slice(0, -3) + 'y', EN);
  if (end3 === 'ves') {
    add(w.slice(0, -3) + 'f', EN);
    add(w.slice(0, -3) + 'fe', EN);
  }
  if (end2 === 'es') add(w.slice(0, -2), EN);
  if (last === 's' && end2 !== 'ss' && end2 !== 'us' && end2 !== 'is') add(w.slice(0, -1), EN);
  if (end3 === 'ied') add(w.slice(0, -3) + 'y', EN);
  else if (end2 === 'ed') {
    const b = w.slice(0, -2);
    add(b, EN);
    add(w.slice(0, -1), EN);
    if (isDoubleConsonant(b)) add(b.slice(0, -1), EN);
  }
  if (end3 === 'ing' && n >= 5) {
    const b = w.slice(0, -3);
    add(b, EN);
    add(b + 'e', EN);
    if (isDoubleConsonant(b)) add(b.slice(0, -1), EN);
  }
  // Spanish / Portuguese / French plurals
  const ROM = L_ES | L_PT | L_FR;
  if (last === 's') add(w.slice(0, -1), ROM | L_DE);
  if (end2 === 'es') add(w.slice(0, -2), L_ES | L_PT | L_FR | L_DE);
  if (end3 === 'ces') add(w.slice(0, -3) + 'z', L_ES);
  if (end3 === 'oes' || end3 === 'aes') add(w.slice(0, -3) + 'ao', L_PT);
  if (end3 === 'ais') add(w.slice(0, -3) + 'al', L_PT);
  if (end3 === 'eis') add(w.slice(0, -3) + 'el', L_PT);
  if (end2 === 'ns') add(w.slice(0, -2) + 'm', L_PT);
  if (last === 'x') add(w.slice(0, -1), L_FR);
  if (end3 === 'aux') add(w.slice(0, -3) + 'al', L_FR);
  if (last === 'e') add(w.slice(0, -1), L_FR | L_DE);
  // Spanish diminutives (perrito → perro, cafecito → cafe)
  const core = last === 's' ? w.slice(0, -1) : w;
  const ce = core.slice(-4);
  if (core.length >= 6 && (ce === 'cito' || ce === 'cita')) add(core.slice(0, -4), L_ES);
  if (core.length >= 6 && (core.endsWith('ito') || core.endsWith('ita'))) {
    const b = core.slice(0, -3);
    add(b + 'o', L_ES);
    add(b + 'a', L_ES);
  }
  // Portuguese diminutives (cachorrinho → cachorro, cafezinho → cafe)
  if (core.length >= 7 && (core.endsWith('zinho') || core.endsWith('zinha'))) add(core.slice(0, -5), L_PT);
  if (core.length >= 6 && (core.endsWith('inho') || core.endsWith('inha'))) {
    const b = core.slice(0, -4);
    add(b + 'o', L_PT);
    add(b + 'a', L_PT);
  }
  // German
  if (last === 'n') add(w.slice(0, -1), L_DE);
  if (end2 === 'en' || end2 === 'er') add(w.slice(0, -2), L_DE);
  if (end3 === 'ern' || end3 === 'nen') add(w.slice(0, -3), L_DE);
  if (w.endsWith('chen') || w.endsWith('lein')) {
    add(w.slice(0, -4), L_DE);
    add(w.slice(0, -4) + 'e', L_DE);
  }
  return { keys, masks };
}

export interface Hit {
  term: Term;
  /** Languages in which this reading is valid. */
  mask: number;
  /** Matched through a German compound (weaker). */
  compound: boolean;
}

/** All single-word personal matches of a folded word (any language; filter by mask later). */
export function matchWord(lex: Lexicon, w: string, cand: { keys: string[]; masks: number[] }): Hit[] | null {
  let out: Hit[] | null = null;
  const { keys, masks } = cand;
  for (let i = 0; i < keys.length; i++) {
    const arr = lex.words.get(keys[i]!);
    if (!arr) continue;
    for (const term of arr) {
      if (i > 0 && term.flags & TF_EXACT) continue;
      const m = term.langs & masks[i]!;
      if (!m) continue;
      (out ??= []).push({ term, mask: m, compound: false });
    }
  }
  if (lex.prefixMax > 0 && w.length >= lex.prefixMin) {
    for (let k = Math.min(w.length, lex.prefixMax); k >= lex.prefixMin; k--) {
      const arr = lex.prefixes.get(w.slice(0, k));
      if (!arr) continue;
      for (const term of arr) (out ??= []).push({ term, mask: term.langs, compound: false });
    }
  }
  return out;
}

/** Professional / neutral single-word matches. */
export function matchPro(lex: Lexicon, cand: { keys: string[]; masks: number[] }): Hit[] | null {
  let out: Hit[] | null = null;
  const { keys, masks } = cand;
  for (let i = 0; i < keys.length; i++) {
    const arr = lex.pro.get(keys[i]!);
    if (!arr) continue;
    for (const term of arr) {
      if (i > 0 && term.flags & TF_EXACT) continue;
      const m = term.langs & masks[i]!;
      if (m) (out ??= []).push({ term, mask: m, compound: false });
    }
  }
  return out;
}

const DE_STRIP = ['', 'e', 'n', 's', 'en', 'er', 'es', 'ern', 'nen'];
interface DeIndex {
  ends: Set<string>;
  starts: Set<string>;
}
const deIndexes = new WeakMap<Lexicon, DeIndex>();
function deIndex(lex: Lexicon): DeIndex {
  let ix = deIndexes.get(lex);
  if (ix) return ix;
  ix = { ends: new Set(), starts: new Set() };
  for (const [k, arr] of lex.words) {
    if (k.length < 4 || !arr.some((t) => t.langs & (L_DE | L_XX) && !(t.flags & TF_EXACT))) continue;
    ix.ends.add(k.slice(-4));
    ix.starts.add(k.slice(0, 4));
  }
  for (const [k, arr] of lex.pro) {
    if (k.length < 4 || !arr.some((t) => t.langs & L_DE && (t.headMask & L_DE || t.kind === K_NEUTRAL))) continue;
    ix.ends.add(k.slice(-4));
  }
  deIndexes.set(lex, ix);
  return ix;
}

/**
 * German compounds: the last part decides ("Geburtstagskuchen" → Kuchen, "Familienunternehmen" →
 * Unternehmen, a business word); failing that, a personal first part with a neutral head
 * ("Familienfoto", "Hundefutter") gives a weaker hit. Only words of 8–40 letters; a 4-letter
 * ending/beginning index keeps the cost to one or two lookups for most words.
 */
export function matchGermanCompound(
  lex: Lexicon,
  w: string,
): { hits: Hit[] | null; business: boolean; bizCat: Category | null } {
  const n = w.length;
  if (n < 8 || n > 40) return { hits: null, business: false, bizCat: null };
  const ix = deIndex(lex);
  for (const strip of DE_STRIP) {
    if (strip && !w.endsWith(strip)) continue;
    const base = strip ? w.slice(0, n - strip.length) : w;
    const m = base.length;
    if (m < 8 || !ix.ends.has(base.slice(-4))) continue;
    for (let i = 4; i <= m - 4; i++) {
      const suffix = base.slice(i);
      const pro = lex.pro.get(suffix);
      if (pro) {
        for (const t of pro)
          if (t.langs & L_DE && (t.headMask & L_DE || t.kind === K_NEUTRAL))
            return { hits: null, business: true, bizCat: germanModifierCat(lex, base.slice(0, i)) };
      }
      const arr = lex.words.get(suffix);
      if (arr) {
        let hits: Hit[] | null = null;
        for (const term of arr) {
          if (term.flags & TF_EXACT || !(term.langs & (L_DE | L_XX))) continue;
          (hits ??= []).push({ term, mask: L_DE, compound: true });
        }
        if (hits) {
          // A business modifier makes the whole compound a work word ("Teamessen", "Firmenfeier").
          if (germanBusinessModifier(lex, base.slice(0, i)))
            return { hits: null, business: true, bizCat: hits[0]!.term.cat };
          return { hits, business: false, bizCat: null };
        }
      }
    }
  }
  if (!ix.starts.has(w.slice(0, 4))) return { hits: null, business: false, bizCat: null };
  for (let k = n - 4; k >= 5; k--) {
    if (!plausibleGermanOnset(w, k)) continue;
    const head = w.slice(0, k);
    // The modifier itself or minus a one-letter linking element ("Hunde-", "Familien-", "Urlaubs-").
    for (const b of [head, head.slice(0, -1)]) {
      if (b.length < 4) continue;
      const arr = lex.words.get(b) ?? lex.words.get(b + 'e');
      if (!arr) continue;
      let hits: Hit[] | null = null;
      for (const term of arr) {
        if (!(term.langs & L_DE) || term.flags & TF_EXACT || term.w < 0.25) continue;
        (hits ??= []).push({ term, mask: L_DE, compound: true });
      }
      if (hits) return { hits, business: false, bizCat: null };
    }
  }
  return { hits: null, business: false, bizCat: null };
}

const DE_VOWELS = 'aeiouy';
const DE_ONSETS = new Set([
  'sch',
  'st',
  'sp',
  'pf',
  'kn',
  'kl',
  'kr',
  'gl',
  'gr',
  'bl',
  'br',
  'dr',
  'tr',
  'fl',
  'fr',
  'pl',
  'pr',
  'zw',
  'qu',
  'ch',
  'th',
  'wr',
  'sk',
  'sl',
  'sm',
  'sn',
  'sw',
  'ps',
  'ph',
]);
/** Does the word part starting at k begin like a German word (vowel, consonant + vowel, or a usual cluster)? */
function plausibleGermanOnset(w: string, k: number): boolean {
  const a = w[k] ?? '';
  const b = w[k + 1] ?? '';
  if (DE_VOWELS.includes(a) || DE_VOWELS.includes(b)) return true;
  return DE_ONSETS.has(w.slice(k, k + 2)) || DE_ONSETS.has(w.slice(k, k + 3));
}

function germanVariants(m: string): string[] {
  const out = [m];
  for (const strip of ['s', 'n', 'en', 'e', 'es'])
    if (m.length - strip.length >= 3 && m.endsWith(strip)) out.push(m.slice(0, -strip.length));
  return out;
}
function germanBusinessModifier(lex: Lexicon, m: string): boolean {
  if (m.length < 3) return false;
  for (const v of germanVariants(m)) {
    const pro = lex.pro.get(v);
    if (pro) for (const t of pro) if (t.langs & L_DE && (t.preMask & L_DE || t.headMask & L_DE)) return true;
  }
  return false;
}
function germanModifierCat(lex: Lexicon, m: string): Category | null {
  for (const v of germanVariants(m)) {
    const arr = lex.words.get(v) ?? lex.words.get(v + 'e');
    if (arr) for (const t of arr) if (t.langs & (L_DE | L_XX) && t.w >= 0.25) return t.cat;
  }
  return null;
}

let compiled: Lexicon | null = null;
/** The built-in lexicon, compiled on first use. */
export function lexicon(): Lexicon {
  compiled ??= compileLexicon(LEXICON);
  return compiled;
}
