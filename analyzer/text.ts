/**
 * Character classes, normalisation and a hand-written, single-pass tokenizer.
 *
 * Everything here is linear in the input length: one forward scan, bounded look-ahead, no regular
 * expressions over the whole input. Offsets are UTF-16 code-unit offsets into the ORIGINAL string,
 * so `text.slice(token.start, token.end)` is always the token's surface form.
 */

// ---- character classes -------------------------------------------------------------------------

export const C_OTHER = 0; // not yet classified (lazy table)
export const C_SPACE = 1;
export const C_LETTER = 2;
export const C_DIGIT = 3;
export const C_MARK = 4; // combining marks, also ZWNJ inside words
export const C_PICTO = 5; // Extended_Pictographic (emoji base)
export const C_SENT = 6; // sentence end: . ! ? … ; 。 ！ ？ • (and newline, see C_NEWLINE)
export const C_PUNCT = 7; // hard punctuation: breaks phrases and possessive windows
export const C_SOFT = 8; // quotes, markdown emphasis: ignored between words
export const C_ZWJ = 9;
export const C_VS = 10; // variation selectors FE0E / FE0F
export const C_APOS = 11;
export const C_HYPHEN = 12;
export const C_HASH = 13;
export const C_AT = 14;
export const C_NEWLINE = 15;
export const C_DOT = 16; // '.', a sentence end only when not followed by a letter or digit
export const C_HIGH = 17; // high surrogate
export const C_LOW = 18; // lone low surrogate
export const C_PUNCT_UNSET = 255;

const table = new Uint8Array(0x10000).fill(C_PUNCT_UNSET);

const RE_LETTER = /\p{L}/u;
const RE_DIGIT = /\p{N}/u;
const RE_MARK = /\p{M}/u;
const RE_PICTO = /\p{Extended_Pictographic}/u;
const RE_SPACE = /\s/u;
const RE_PUNCT_SOFT = /["“”„‟«»‹›*_~`]/;

function classifySlow(cp: number): number {
  if (cp >= 0xd800 && cp <= 0xdbff) return C_HIGH;
  if (cp >= 0xdc00 && cp <= 0xdfff) return C_LOW;
  if (cp === 0x0a || cp === 0x0d || cp === 0x2028 || cp === 0x2029 || cp === 0x85) return C_NEWLINE;
  if (cp === 0x200d) return C_ZWJ;
  if (cp === 0x200c) return C_MARK;
  if (cp === 0xfe0e || cp === 0xfe0f) return C_VS;
  if (cp === 0x2e) return C_DOT;
  if (
    cp === 0x21 ||
    cp === 0x3f ||
    cp === 0x3b ||
    cp === 0x2026 ||
    cp === 0x3002 ||
    cp === 0xff01 ||
    cp === 0xff1f ||
    cp === 0x2022 ||
    cp === 0xff0e ||
    cp === 0x203c ||
    cp === 0x2049
  )
    return C_SENT;
  if (cp === 0x27 || cp === 0x2019 || cp === 0x2018 || cp === 0x2bc || cp === 0x60 || cp === 0xb4) return C_APOS;
  if (cp === 0x2d || cp === 0x2010 || cp === 0x2011) return C_HYPHEN;
  if (cp === 0x23 || cp === 0xff03) return C_HASH;
  if (cp === 0x40 || cp === 0xff20) return C_AT;
  const ch = String.fromCharCode(cp);
  if (
    RE_SPACE.test(ch) ||
    cp === 0x200b ||
    cp === 0x2060 ||
    cp === 0xfeff ||
    cp === 0x200e ||
    cp === 0x200f ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069)
  )
    return C_SPACE;
  if (RE_PICTO.test(ch) && cp !== 0x23 && cp !== 0x2a) return C_PICTO;
  if (RE_LETTER.test(ch)) return C_LETTER;
  if (RE_DIGIT.test(ch)) return C_DIGIT;
  if (RE_MARK.test(ch)) return C_MARK;
  if (RE_PUNCT_SOFT.test(ch)) return C_SOFT;
  return C_PUNCT;
}

/** Class of a BMP code unit (lazily filled table). */
export function initAscii(): void {
  for (let k = 0; k < 0x80; k++) if (table[k] === C_PUNCT_UNSET) table[k] = classifySlow(k);
}

export function cls(code: number): number {
  let c = table[code]!;
  if (c === C_PUNCT_UNSET) {
    c = classifySlow(code);
    table[code] = c;
  }
  return c;
}

initAscii();

const astralCache = new Map<number, number>();
/** Class of an astral code point: emoji parts get their own markers. */
export const A_RI = 20; // regional indicator
export const A_SKIN = 21; // skin-tone modifier
export const A_TAG = 22; // tag characters (subdivision flags)
export function clsAstral(cp: number): number {
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) return A_RI;
  if (cp >= 0x1f3fb && cp <= 0x1f3ff) return A_SKIN;
  if (cp >= 0xe0020 && cp <= 0xe007f) return A_TAG;
  let c = astralCache.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    c = RE_PICTO.test(ch)
      ? C_PICTO
      : RE_LETTER.test(ch)
        ? C_LETTER
        : RE_DIGIT.test(ch)
          ? C_DIGIT
          : RE_MARK.test(ch)
            ? C_MARK
            : C_PUNCT;
    if (astralCache.size < 4096) astralCache.set(cp, c);
  }
  return c;
}

// ---- normalisation --------------------------------------------------------------------------

const RE_MARKS = /\p{M}/gu;
const RE_NEEDS_FOLD = /[ßæœøłđıſ]/;
const FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i', ſ: 's' };

/** Lower case, accents removed, a few ligatures folded. Used for every lexicon comparison. */
export function fold(s: string): string {
  let lower = s.toLowerCase();
  let ascii = true;
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  }
  if (ascii) return lower;
  lower = lower.normalize('NFD').replace(RE_MARKS, '');
  if (RE_NEEDS_FOLD.test(lower)) lower = lower.replace(/[ßæœøłđıſ]/g, (m) => FOLD[m] ?? m);
  return lower;
}

/** Lower case with accents kept (NFC), used for language cues where accents matter. */
export function lowerNFC(s: string): string {
  const lower = s.toLowerCase();
  for (let i = 0; i < lower.length; i++) if (lower.charCodeAt(i) > 0x7f) return lower.normalize('NFC');
  return lower;
}

/** Emoji key: the code points without variation selectors and skin tones. */
export function emojiKey(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0xfe0f || c === 0xfe0e) continue;
    if (c === 0xd83c && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdffb && d <= 0xdfff) {
        i++;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

// ---- tokens ---------------------------------------------------------------------------------------

export const T_WORD = 0;
export const T_NUM = 1;
export const T_EMOJI = 2;
export const T_HASH = 3;

/** Token flags. */
export const F_JOIN = 1; // joined to the previous token by a hyphen, no spaces ("food-delivery")
export const F_GAP = 2; // hard punctuation between the previous token and this one
export const F_UPPER = 4; // starts with an upper-case ASCII letter
export const F_APOS = 8; // joined to the previous token by an apostrophe ("wife's", "l'été")
export const F_PCT = 16; // number followed by %
export const F_NONLATIN = 32; // contains letters outside the Latin script
export const F_HAS_NONASCII = 64;

export interface Tokens {
  n: number;
  kind: Uint8Array;
  start: Uint32Array;
  end: Uint32Array;
  flags: Uint8Array;
  sent: Uint32Array;
  /** Number of sentences. */
  sentences: number;
}

function grow(t: Tokens, cap: number): void {
  const g = <T extends Uint8Array | Uint32Array>(a: T): T => {
    const b = new (a.constructor as new (n: number) => T)(cap);
    b.set(a);
    return b;
  };
  t.kind = g(t.kind);
  t.start = g(t.start);
  t.end = g(t.end);
  t.flags = g(t.flags);
  t.sent = g(t.sent);
}

function isLatinLetter(c: number): boolean {
  return (
    c < 0x250 ||
    (c >= 0x1e00 && c <= 0x1eff) ||
    (c >= 0x2c60 && c <= 0x2c7f) ||
    (c >= 0xa720 && c <= 0xa7ff) ||
    (c >= 0xff21 && c <= 0xff5a)
  );
}

/**
 * Split text into words, numbers, emoji clusters and hashtags, with sentence numbers.
 * URLs and @mentions are skipped. Single pass; every loop advances `i`.
 */
export function tokenize(text: string, scratch?: Tokens): Tokens {
  const len = text.length;
  let cap = Math.max(16, Math.min(1 << 22, (len >> 2) + 16));
  let t: Tokens;
  if (scratch && scratch.kind.length >= cap) {
    // Reuse the caller's buffers (the analyzer keeps one set; it is synchronous, so this is safe).
    t = scratch;
    t.n = 0;
    t.sentences = 0;
    cap = t.kind.length;
  } else {
    t = {
      n: 0,
      kind: new Uint8Array(cap),
      start: new Uint32Array(cap),
      end: new Uint32Array(cap),
      flags: new Uint8Array(cap),
      sent: new Uint32Array(cap),
      sentences: 0,
    };
  }
  let sent = 0;
  let sentHasTokens = false;
  let pendingFlags = 0; // F_JOIN / F_GAP / F_APOS for the next token
  let lastKind = -1;
  let lastEnd = -1;
  let i = 0;

  const push = (kind: number, s: number, e: number, flags: number): void => {
    if (t.n >= cap) {
      cap = cap * 2;
      grow(t, cap);
    }
    // An emoji followed by a capitalised word usually ends a sentence ("Great launch 🚀 Now …").
    if (lastKind === T_EMOJI && kind === T_WORD && flags & F_UPPER && sentHasTokens && s > lastEnd) {
      sent++;
      sentHasTokens = false;
    }
    const n = t.n++;
    t.kind[n] = kind;
    t.start[n] = s;
    t.end[n] = e;
    t.flags[n] = flags | (sentHasTokens ? pendingFlags : 0);
    t.sent[n] = sent;
    sentHasTokens = true;
    pendingFlags = 0;
    lastKind = kind;
    lastEnd = e;
  };
  const breakSentence = (): void => {
    if (sentHasTokens) {
      sent++;
      sentHasTokens = false;
    }
    pendingFlags = 0;
  };

  while (i < len) {
    const code = text.charCodeAt(i);
    let c = code < 0x80 ? table[code]! : cls(code);
    if (c === C_PUNCT_UNSET) c = cls(code);
    if (c === C_HIGH) {
      const lo = i + 1 < len ? text.charCodeAt(i + 1) : 0;
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        const cp = ((code - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
        const a = clsAstral(cp);
        if (a === C_PICTO || a === A_RI) {
          const e = scanEmoji(text, i);
          push(T_EMOJI, i, e, 0);
          i = e;
          continue;
        }
        if (a === C_LETTER || a === C_DIGIT) {
          const e = scanWord(text, i);
          push(T_WORD, i, e.end, e.flags);
          i = e.end;
          continue;
        }
        i += 2;
        if (a === C_PUNCT) pendingFlags |= F_GAP;
        continue;
      }
      i++; // lone high surrogate
      pendingFlags |= F_GAP;
      continue;
    }
    switch (c) {
      case C_SPACE:
        i++;
        continue;
      case C_NEWLINE:
        breakSentence();
        i++;
        continue;
      case C_SENT:
        breakSentence();
        i++;
        continue;
      case C_DOT: {
        const nx = i + 1 < len ? text.charCodeAt(i + 1) : 0x20;
        const nc = cls(nx);
        if (nc === C_LETTER || nc === C_DIGIT) pendingFlags |= F_GAP;
        else breakSentence();
        i++;
        continue;
      }
      case C_LETTER:
      case C_DIGIT: {
        // URLs: skip to the next whitespace.
        if ((code === 0x68 || code === 0x48 || code === 0x77 || code === 0x57) && isUrlAt(text, i)) {
          let j = i;
          while (j < len) {
            const cc = text.charCodeAt(j);
            const k = cls(cc);
            if (k === C_SPACE || k === C_NEWLINE) break;
            j++;
          }
          pendingFlags |= F_GAP;
          i = j;
          continue;
        }
        const w = scanWord(text, i);
        push(c === C_DIGIT ? T_NUM : T_WORD, i, w.end, w.flags);
        i = w.end;
        continue;
      }
      case C_PICTO: {
        const e = scanEmoji(text, i);
        push(T_EMOJI, i, e, 0);
        i = e;
        continue;
      }
      case C_HASH: {
        const nx = i + 1 < len ? text.charCodeAt(i + 1) : 0;
        const nc = nx >= 0xd800 && nx <= 0xdbff ? C_HIGH : cls(nx);
        if (nc === C_LETTER || nc === C_DIGIT) {
          let j = i + 1;
          while (j < len) {
            const cc = text.charCodeAt(j);
            const k = cls(cc);
            if (k === C_LETTER || k === C_DIGIT || k === C_MARK || cc === 0x5f) j++;
            else break;
          }
          push(T_HASH, i, j, 0);
          i = j;
          continue;
        }
        pendingFlags |= F_GAP;
        i++;
        continue;
      }
      case C_AT: {
        // @mention or e-mail: skip the name part.
        let j = i + 1;
        while (j < len) {
          const k = cls(text.charCodeAt(j));
          if (
            k === C_LETTER ||
            k === C_DIGIT ||
            k === C_MARK ||
            k === C_DOT ||
            k === C_HYPHEN ||
            text.charCodeAt(j) === 0x5f
          )
            j++;
          else break;
        }
        pendingFlags |= F_GAP;
        i = Math.max(j, i + 1);
        continue;
      }
      case C_HYPHEN: {
        // word-word with no spaces: a compound ("food-delivery"); otherwise a dash.
        const prev = i > 0 ? cls(text.charCodeAt(i - 1)) : C_SPACE;
        const nx = i + 1 < len ? cls(text.charCodeAt(i + 1)) : C_SPACE;
        if ((prev === C_LETTER || prev === C_DIGIT || prev === C_MARK) && (nx === C_LETTER || nx === C_DIGIT))
          pendingFlags |= F_JOIN;
        else if (prev === C_SPACE && nx === C_SPACE) pendingFlags |= F_GAP;
        i++;
        continue;
      }
      case C_APOS: {
        const prev = i > 0 ? cls(text.charCodeAt(i - 1)) : C_SPACE;
        const nx = i + 1 < len ? cls(text.charCodeAt(i + 1)) : C_SPACE;
        if ((prev === C_LETTER || prev === C_MARK) && nx === C_LETTER) pendingFlags |= F_APOS;
        i++;
        continue;
      }
      case C_SOFT:
      case C_ZWJ:
      case C_VS:
      case C_MARK:
        i++;
        continue;
      default:
        // A slash between letters joins like a hyphen ("Pub/Sub", "camarero/a"); other punctuation breaks.
        if (
          code === 0x2f &&
          i > 0 &&
          i + 1 < len &&
          cls(text.charCodeAt(i - 1)) === C_LETTER &&
          cls(text.charCodeAt(i + 1)) === C_LETTER
        )
          pendingFlags |= F_JOIN;
        else pendingFlags |= F_GAP;
        i++;
        continue;
    }
  }
  t.sentences = sentHasTokens ? sent + 1 : sent;
  if (t.sentences === 0 && t.n > 0) t.sentences = 1;
  return t;
}

function isUrlAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i) | 0x20;
  if (c === 0x77) {
    return (
      (text.charCodeAt(i + 1) | 0x20) === 0x77 &&
      (text.charCodeAt(i + 2) | 0x20) === 0x77 &&
      text.charCodeAt(i + 3) === 0x2e
    );
  }
  if (
    (text.charCodeAt(i + 1) | 0x20) !== 0x74 ||
    (text.charCodeAt(i + 2) | 0x20) !== 0x74 ||
    (text.charCodeAt(i + 3) | 0x20) !== 0x70
  )
    return false;
  let j = i + 4;
  if ((text.charCodeAt(j) | 0x20) === 0x73) j++;
  return text.charCodeAt(j) === 0x3a && text.charCodeAt(j + 1) === 0x2f && text.charCodeAt(j + 2) === 0x2f;
}

const wordResult = { end: 0, flags: 0 };
/** Scan a word (letters, digits, combining marks, ZWNJ/ZWJ inside words). */
function scanWord(text: string, i: number): { end: number; flags: number } {
  const len = text.length;
  let flags = 0;
  const first = text.charCodeAt(i);
  if (first >= 0x41 && first <= 0x5a) flags |= F_UPPER;
  let j = i;
  while (j < len) {
    const cc = text.charCodeAt(j);
    if (cc < 0x80) {
      const k = table[cc]!;
      if (k === C_LETTER || k === C_DIGIT) {
        j++;
        continue;
      }
      break;
    }
    if (cc >= 0xd800 && cc <= 0xdbff) {
      const lo = j + 1 < len ? text.charCodeAt(j + 1) : 0;
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        const cp = ((cc - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
        const a = clsAstral(cp);
        if (a === C_LETTER || a === C_DIGIT || a === C_MARK) {
          flags |= F_NONLATIN | F_HAS_NONASCII;
          j += 2;
          continue;
        }
      }
      break;
    }
    const k = cls(cc);
    if (k === C_LETTER) {
      flags |= F_HAS_NONASCII;
      if (!isLatinLetter(cc)) flags |= F_NONLATIN;
      j++;
    } else if (k === C_DIGIT || k === C_MARK || k === C_VS) {
      flags |= F_HAS_NONASCII;
      j++;
    } else if (k === C_ZWJ && j + 1 < len && cls(text.charCodeAt(j + 1)) === C_LETTER) {
      j++;
    } else break;
  }
  if (j === i) j = i + 1;
  if (j < len && text.charCodeAt(j) === 0x25) flags |= F_PCT;
  wordResult.end = j;
  wordResult.flags = flags;
  return wordResult;
}

/**
 * Scan one emoji cluster starting at i: base, then variation selectors, skin tones, keycaps,
 * tag sequences and ZWJ-joined parts; regional indicators pair up into flags.
 */
function scanEmoji(text: string, i: number): number {
  const len = text.length;
  let j = i;
  const cp0 = text.codePointAt(j)!;
  if (cp0 >= 0x1f1e6 && cp0 <= 0x1f1ff) {
    j += 2;
    const cp1 = j < len ? text.codePointAt(j)! : 0;
    if (cp1 >= 0x1f1e6 && cp1 <= 0x1f1ff) j += 2;
    return j;
  }
  j += cp0 > 0xffff ? 2 : 1;
  let parts = 1;
  while (j < len) {
    const cc = text.charCodeAt(j);
    if (cc === 0xfe0f || cc === 0xfe0e || cc === 0x20e3) {
      j++;
      continue;
    }
    if (cc >= 0xd800 && cc <= 0xdbff) {
      const cp = text.codePointAt(j)!;
      if ((cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f)) {
        j += 2;
        continue;
      }
      break;
    }
    if (cc === 0x200d && j + 1 < len && parts < 10) {
      const cp = text.codePointAt(j + 1)!;
      const a = cp > 0xffff ? clsAstral(cp) : cls(cp);
      if (a === C_PICTO) {
        j += 1 + (cp > 0xffff ? 2 : 1);
        parts++;
        continue;
      }
    }
    break;
  }
  return j;
}
