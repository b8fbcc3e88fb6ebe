/**
 * Hashtag splitting: "#WeekendVibes" by case, "#familytime" by dictionary (dynamic programming over
 * known words; bounded length, so constant work per hashtag).
 */

import type { Lexicon } from './lexicon.ts';
import { fold } from './text.ts';

/** Words that often glue hashtags together but carry no category by themselves. */
const FILLER = `
a i my our the and of in on at for to with is are be me we us you your it its this that all new best good great
happy fun life love lover lovers lovin loving time times day days night nights mode goals vibes vibe mood moments
moment first daily everyday today tonight morning evening week year years style lifestyle living live feels feeling
memories memory adventure adventures world tour club squad crew gang home made fresh sweet treat season spirit
post pic pics photo photos gram insta instagood tbt throwback sunday monday tuesday wednesday thursday friday
saturday summer winter spring autumn fall out up off time well being wellbeing self care life's healthy happy
proud blessed grateful thankful work working team business tech data science ai ml dev hiring jobs job career
careers leadership marketing sales startup growth innovation product management strategy future digital
transformation open source remote culture learning success women men people hr talent mindset motivation
inspiration entrepreneur engineering design ux saas b2b cloud security cyber software network networking
opportunity community event events conference summit award awards news update launch day one two three
journey diary diaries story stories tips hacks chronicles edition era season moments club life goals vibes recap
check challenge tour trip fever madness
mi mis tu de del la las el los y con en por para un una mes le les du des et avec pour une das der die und mit
von zum zur ein eine o os as do da dos das e em com um uma meu minha nosso nossa
`;

const filler = new Set(
  FILLER.split(/\s+/)
    .filter(Boolean)
    .map((w) => fold(w)),
);
let dict: Set<string> | null = null;
let dictLex: Lexicon | null = null;
let maxWord = 0;

function dictionary(lex: Lexicon): Set<string> {
  if (dict && dictLex === lex) return dict;
  const d = new Set<string>();
  for (const w of FILLER.split(/\s+/)) if (w) d.add(fold(w));
  for (const k of lex.words.keys()) if (k.length >= 2) d.add(k);
  for (const k of lex.pro.keys()) if (k.length >= 2) d.add(k);
  for (const arr of lex.phrases.values()) for (const t of arr) for (const w of t.words) if (w.length >= 4) d.add(w);
  maxWord = 0;
  for (const k of d) if (k.length > maxWord) maxWord = k.length;
  maxWord = Math.min(maxWord, 24);
  dict = d;
  dictLex = lex;
  return d;
}

function known(d: Set<string>, w: string): boolean {
  if (d.has(w)) return true;
  const n = w.length;
  if (n >= 4 && w.endsWith('s') && d.has(w.slice(0, -1))) return true;
  if (n >= 5 && w.endsWith('es') && d.has(w.slice(0, -2))) return true;
  if (n >= 5 && w.endsWith('ies') && d.has(w.slice(0, -3) + 'y')) return true;
  if (n >= 5 && w.endsWith('ing') && (d.has(w.slice(0, -3)) || d.has(w.slice(0, -3) + 'e'))) return true;
  if (n >= 5 && w.endsWith('ed') && (d.has(w.slice(0, -2)) || d.has(w.slice(0, -1)))) return true;
  return false;
}

/** Split a lower-case run into known words with the fewest pieces; null if impossible. */
function segment(d: Set<string>, s: string): string[] | null {
  const n = s.length;
  if (n === 0) return [];
  if (known(d, s)) return [s];
  if (n > 40) return null;
  const best = new Array<number>(n + 1).fill(Infinity);
  const prev = new Array<number>(n + 1).fill(-1);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    if (best[i] === Infinity) continue;
    const lim = Math.min(n, i + maxWord + 3);
    for (let j = i + 1; j <= lim; j++) {
      const len = j - i;
      if (len === 1 && s[i] !== 'a' && s[i] !== 'i') continue;
      if (best[i]! + 1 >= best[j]!) continue;
      if (known(d, s.slice(i, j))) {
        best[j] = best[i]! + 1;
        prev[j] = i;
      }
    }
  }
  if (best[n] === Infinity) return null;
  const out: string[] = [];
  for (let j = n; j > 0; j = prev[j]!) out.push(s.slice(prev[j]!, j));
  out.reverse();
  // Many short pieces usually mean a word we do not know ("discovery" ≠ "disco" + "ver" + "y").
  let short = 0;
  for (const w of out) if (w.length <= 3 && !filler.has(w)) short++;
  if (short >= 2 || (short === 1 && out.length > 2)) return null;
  return out;
}

/** Split a hashtag body (without '#') into folded words. Unknown glued runs are kept whole. */
export function splitHashtag(lex: Lexicon, body: string): string[] {
  const d = dictionary(lex);
  const parts: string[] = [];
  // Case and digit boundaries first: "WeekendVibes", "Summer2024", "AI_Ethics".
  let cur = '';
  let prevKind = 0; // 1 lower, 2 upper, 3 digit
  for (const ch of body.length > 80 ? body.slice(0, 80) : body) {
    if (ch === '_') {
      if (cur) parts.push(cur);
      cur = '';
      prevKind = 0;
      continue;
    }
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    const kind = ch >= '0' && ch <= '9' ? 3 : lower !== ch ? 2 : upper !== ch ? 1 : prevKind || 1;
    if (cur && ((kind === 2 && prevKind === 1) || (kind === 3) !== (prevKind === 3))) {
      parts.push(cur);
      cur = '';
    }
    cur += ch;
    prevKind = kind;
  }
  if (cur) parts.push(cur);
  const out: string[] = [];
  for (const p of parts) {
    const f = fold(p);
    if (!f) continue;
    if (/^[0-9]+$/.test(f)) {
      out.push(f);
      continue;
    }
    const seg = segment(d, f);
    if (seg) out.push(...seg);
    else out.push(f);
  }
  return out;
}
