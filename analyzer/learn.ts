/**
 * Where this user draws the line, learned on the device on top of the shipped model.
 *
 * Every outcome on a flagged draft is a label: "Post anyway" / "Send anyway" / "Not personal" say "fine
 * for me" (0); "Edit post" / "Edit" / "Personal" say "agreed" (1). Each label takes one bounded gradient
 * step of the model's own loss, on the content features of that draft only:
 * - word and word-pair features of words that carry meaning (not function words), and category cues;
 *   never character n-grams (shared by everything) and never the bias, so one click cannot silence
 *   everything: it can only move texts that share this draft's words;
 * - no single label moves a weight by more than STEP_CAP (a third of the cap), every learned weight is
 *   capped at ±MAX_DELTA, and at most MAX_ENTRIES weights are kept (the smallest go first).
 * The state is plain JSON, stored by the background (storage/), included in backups, reset from the manager.
 */
import { isStopword } from './lang.ts';
import { CAT_CUE, MY_CAT_CUE, featurize, makeScratch, type FeatureScratch } from './features.ts';
import { calibrate, modelWindowLogit, pool, type Model } from './model.ts';
import {
  LEARNED_VERSION,
  MAX_DELTA,
  MAX_ENTRIES,
  MAX_WORD,
  emptyLearned,
  type LearnLabel,
  type LearnedState,
} from './learned-state.ts';

export * from './learned-state.ts';

/** Step size: three "fine for me" on near-identical drafts move them well below the default threshold. */
export const STEP = 6;
/**
 * No single label moves a weight by more than this: a word reaches ±MAX_DELTA only after three labels that
 * agree, so one click (or a slip) on a short draft, whose few words each carry a large share, cannot make
 * its topic unflaggable at once.
 */
export const STEP_CAP = MAX_DELTA / 3;

export function spaceOf(m: Model): string {
  return `h${m.asset.bits}`;
}

export interface Adjustment {
  weight(i: number): number;
  window(idx: Int32Array, val: Float32Array): number;
}

/**
 * Adjustments built once per state object (learned states are never changed in place: learn() returns a
 * new one), so a keystroke does not rebuild a map of up to MAX_ENTRIES weights.
 */
const built = new WeakMap<LearnedState, Adjustment | null>();

/** The adjustment for a model, or null when there is nothing learned for its feature space. */
export function learnedAdjustment(state: LearnedState, space: string): Adjustment | null {
  if (state.space !== space) return null;
  if (built.has(state)) return built.get(state)!;
  const adjust = buildAdjustment(state);
  built.set(state, adjust);
  return adjust;
}

function buildAdjustment(state: LearnedState): Adjustment | null {
  const map = new Map<number, number>();
  let top = 0;
  for (const [k, w] of Object.entries(state.weights)) {
    if (!w) continue;
    const i = Number(k);
    map.set(i, w);
    if (i > top) top = i;
  }
  if (map.size === 0) return null;
  // A bit per feature index (at most 2^bits / 8 bytes): almost every feature of a draft has nothing
  // learned, and a bit test is much cheaper than a map lookup that misses.
  const learned = new Uint8Array((top >>> 3) + 1);
  for (const i of map.keys()) learned[i >>> 3]! |= 1 << (i & 7);
  const has = (i: number) => i <= top && (learned[i >>> 3]! & (1 << (i & 7))) !== 0;
  return {
    weight: (i) => (has(i) ? (map.get(i) ?? 0) : 0),
    window(idx, val) {
      let z = 0;
      for (let k = 0; k < idx.length; k++) {
        const i = idx[k]!;
        if (has(i)) z += map.get(i)! * val[k]!;
      }
      return z;
    },
  };
}

let scratch: FeatureScratch | null = null;
let scratchDim = 0;

/** One label → the new state (pure: the input state is not changed). */
export function learn(m: Model, state: LearnedState, text: string, label: LearnLabel, now = Date.now()): LearnedState {
  const space = spaceOf(m);
  const base = state.space === space ? state : emptyLearned(space);
  if (!scratch || scratchDim !== m.dim) {
    scratch = makeScratch(m.dim);
    scratchDim = m.dim;
  }
  const f = featurize(text, m.mask, scratch);
  if (f.windows.length === 0) return base;
  const adjust = learnedAdjustment(base, space);
  // The shipped Int8 weights as they score (no 4 MB float copy in the background for learning).
  const logits = f.windows.map((w) => modelWindowLogit(m, w.idx, w.val) + (adjust ? adjust.window(w.idx, w.val) : 0));
  const p = calibrate(pool(logits, m.asset.temperature), m.asset.platt);
  const y = label === 'agreed' ? 1 : 0;
  const g = p - y;
  if (Math.abs(g) < 0.02) return { ...base, counts: bump(base.counts, label), updatedAt: now };
  // Content features of each window: meaningful words, their pairs, category cues (mean over windows).
  const grad = new Map<number, number>();
  const names = new Map<number, string>();
  const nW = f.windows.length;
  for (const w of f.windows) {
    const allowed = new Set<number>();
    let prevContent = -1;
    for (let k = w.t0; k < w.t1; k++) {
      const t = f.tokens[k]!;
      const content = t.s.length > 2 && !isStopword(t.s) && !(t.info.flags & 7) && !/^\d+$/.test(t.s);
      if (content) {
        allowed.add(t.info.uni & m.mask);
        names.set(t.info.uni & m.mask, t.s.slice(0, MAX_WORD));
      }
      if (k > w.t0 && (content || prevContent === k - 1)) {
        const prev = f.tokens[k - 1]!;
        if (prev.sentence === t.sentence) allowed.add(pairIndex(prev.info.pairL, t.info.pairR) & m.mask);
      }
      if (content) prevContent = k;
      if (t.cat >= 0) {
        allowed.add(CAT_CUE[t.cat]! & m.mask);
        if (t.mine) allowed.add(MY_CAT_CUE[t.cat]! & m.mask);
      }
    }
    for (let k = 0; k < w.idx.length; k++) {
      const i = w.idx[k]!;
      if (!allowed.has(i)) continue;
      grad.set(i, (grad.get(i) ?? 0) + w.val[k]! / nW);
    }
  }
  const weights = { ...base.weights };
  const words = { ...base.words };
  for (const [i, x] of grad) {
    const key = String(i);
    const next = (weights[key] ?? 0) - Math.max(-STEP_CAP, Math.min(STEP_CAP, STEP * g * x));
    weights[key] = Math.max(-MAX_DELTA, Math.min(MAX_DELTA, next));
    const name = names.get(i);
    if (name) words[key] = name;
  }
  const keys = Object.keys(weights);
  if (keys.length > MAX_ENTRIES) {
    keys.sort((a, b) => Math.abs(weights[a]!) - Math.abs(weights[b]!));
    for (const k of keys.slice(0, keys.length - MAX_ENTRIES)) {
      delete weights[k];
      delete words[k];
    }
  }
  return { version: LEARNED_VERSION, space, weights, words, counts: bump(base.counts, label), updatedAt: now };
}

function bump(c: LearnedState['counts'], label: LearnLabel) {
  return label === 'fine' ? { ...c, fine: c.fine + 1 } : { ...c, agreed: c.agreed + 1 };
}

function pairIndex(l: number, r: number): number {
  let h = l ^ r;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
