/**
 * Text normalisation shared by training and the extension, so the model reads the same string in both:
 * compatibility letters (𝗯𝗼𝗹𝗱, 𝘪𝘵𝘢𝘭𝘪𝘤, ｆｕｌｌｗｉｄｔｈ, Ⓒⓘⓡⓒⓛⓔⓓ) become plain letters (NFKD), accents and
 * case are folded, invisible characters and emoji variation selectors / skin tones are dropped, and
 * stretched letters ("sooooo") are cut to two. Every output character remembers the input range it came
 * from, so evidence can quote the user's own text exactly.
 */

/** Folded form of one non-ASCII code point ('' = drop it). Cached: a post has few distinct ones. */
const foldCache = new Map<number, string>();

function isInvisible(cp: number): boolean {
  return (
    cp === 0xad || // soft hyphen
    (cp >= 0x200b && cp <= 0x200f) || // zero-width space/joiners, LRM/RLM
    (cp >= 0x202a && cp <= 0x202e) || // bidi embeddings
    (cp >= 0x2060 && cp <= 0x2064) || // word joiner, invisible operators
    (cp >= 0x2066 && cp <= 0x2069) || // bidi isolates
    cp === 0xfeff ||
    cp === 0x180e ||
    (cp >= 0xfe00 && cp <= 0xfe0f) || // variation selectors (emoji vs text presentation)
    (cp >= 0x1f3fb && cp <= 0x1f3ff) || // skin tones: the same emoji either way
    (cp >= 0xe0000 && cp <= 0xe007f) // tag characters
  );
}

const MARKS = /\p{M}/gu;

function foldCodePoint(cp: number): string {
  let out = foldCache.get(cp);
  if (out !== undefined) return out;
  if (isInvisible(cp)) out = '';
  else {
    const ch = String.fromCodePoint(cp);
    // Typographic apostrophes and quotes read as the ASCII ones ("I’m" = "I'm").
    if (cp === 0x2019 || cp === 0x2018 || cp === 0x02bc || cp === 0xff07) out = "'";
    else {
      out = ch.normalize('NFKD').replace(MARKS, '').toLowerCase();
      if (out === 'ß') out = 'ss';
      // NFKD leaves a few compatibility forms with spaces ("¨"); keep them as they are otherwise.
      if (out.length === 0 && !/\p{M}/u.test(ch)) out = ch;
    }
  }
  if (foldCache.size > 20000) foldCache.clear();
  foldCache.set(cp, out);
  return out;
}

export interface Normalized {
  /** Folded text: lower case, no accents, compatibility letters plain, invisibles dropped. */
  text: string;
  /** For each character of `text`: start (inclusive) of the input range it came from. */
  from: Int32Array;
  /** For each character of `text`: end (exclusive) of the input range it came from. */
  to: Int32Array;
}

/** Normalise `input` (linear; ASCII is handled without allocation per character). */
export function normalize(input: string): Normalized {
  const n = input.length;
  const chars: string[] = [];
  const from = new Int32Array(n * 2 + 8);
  const to = new Int32Array(n * 2 + 8);
  let len = 0;
  let runChar = -1;
  let run = 0;
  let buf = '';
  const flush = () => {
    if (buf) {
      chars.push(buf);
      buf = '';
    }
  };
  const push = (s: string, a: number, b: number) => {
    for (let k = 0; k < s.length; k++) {
      const c = s.charCodeAt(k);
      // Stretched letters: at most two in a row ("sooooo" → "soo", "!!!!!" → "!!").
      if (c === runChar) {
        run++;
        if (run > 2 && c !== 0x20 && (c < 0x30 || c > 0x39)) {
          // extend the previous character's source range over the dropped repeat
          to[len - 1] = b;
          continue;
        }
      } else {
        runChar = c;
        run = 1;
      }
      if (len >= from.length) return;
      from[len] = a;
      to[len] = b;
      len++;
      buf += s[k];
      if (buf.length >= 256) flush();
    }
  };
  for (let i = 0; i < n;) {
    const c = input.charCodeAt(i);
    if (c < 0x80) {
      push(c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : input[i]!, i, i + 1);
      i++;
      continue;
    }
    const cp = input.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    const f = foldCodePoint(cp);
    if (f) push(f, i, i + w);
    i += w;
  }
  flush();
  return { text: chars.join(''), from: from.subarray(0, len), to: to.subarray(0, len) };
}
