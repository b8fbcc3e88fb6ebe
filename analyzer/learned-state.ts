/**
 * The learned state as data (analyzer/learn.ts computes it): its shape, the check of a stored record,
 * and its plain-words summary. No model and no features here, so storage and the manager can read,
 * check and describe a record without loading the analyzer.
 */

export const LEARNED_VERSION = 1;
export const MAX_DELTA = 2.5;
export const MAX_ENTRIES = 4000;

/** Longest word kept for the manager's description. */
export const MAX_WORD = 60;

export interface LearnedState {
  version: number;
  /** Feature space the weights index ("h18" = 2^18 hashed features); another space ignores them. */
  space: string;
  /** Hashed feature index (as a string) → weight added to the model's. */
  weights: Record<string, number>;
  /**
   * Feature index → the word it stands for (single-word features only), so the manager can say in plain
   * words what was learned: hashes cannot be read back. Kept only for features that hold a weight.
   */
  words?: Record<string, string>;
  /** Labels learned from, by kind. */
  counts: { fine: number; agreed: number };
  updatedAt: number;
}

export type LearnLabel = 'fine' | 'agreed';

export function emptyLearned(space: string): LearnedState {
  return { version: LEARNED_VERSION, space, weights: {}, words: {}, counts: { fine: 0, agreed: 0 }, updatedAt: 0 };
}

/** Checks a stored record. Returns the state, or a reason it is ignored (corrupt, newer version). */
export function parseLearned(value: unknown): { state: LearnedState } | { error: string } {
  if (value === undefined || value === null) return { error: 'none' };
  if (typeof value !== 'object' || Array.isArray(value)) return { error: 'learned state is not an object' };
  const v = value as Partial<LearnedState>;
  if (typeof v.version !== 'number') return { error: 'learned state has no version' };
  if (v.version > LEARNED_VERSION) return { error: `learned state is from a newer version (${v.version})` };
  if (v.version !== LEARNED_VERSION) return { error: `learned state version ${v.version} is not supported` };
  if (typeof v.space !== 'string' || v.space.length > 40) return { error: 'learned state has no feature space' };
  if (!v.weights || typeof v.weights !== 'object' || Array.isArray(v.weights))
    return { error: 'learned weights are corrupt' };
  const weights: Record<string, number> = {};
  let n = 0;
  for (const [k, w] of Object.entries(v.weights)) {
    if (!/^\d{1,8}$/.test(k) || typeof w !== 'number' || !Number.isFinite(w))
      return { error: 'learned weights are corrupt' };
    weights[k] = Math.max(-MAX_DELTA, Math.min(MAX_DELTA, w));
    if (++n > MAX_ENTRIES * 2) return { error: 'learned state is too large' };
  }
  const words: Record<string, string> = {};
  if (v.words !== undefined) {
    if (!v.words || typeof v.words !== 'object' || Array.isArray(v.words))
      return { error: 'learned words are corrupt' };
    for (const [k, word] of Object.entries(v.words)) {
      if (typeof word !== 'string') return { error: 'learned words are corrupt' };
      // Only words of features that still hold a weight mean anything.
      if (Object.hasOwn(weights, k) && word) words[k] = word.slice(0, MAX_WORD);
    }
  }
  const counts = v.counts && typeof v.counts === 'object' ? v.counts : { fine: 0, agreed: 0 };
  return {
    state: {
      version: LEARNED_VERSION,
      space: v.space,
      weights,
      words,
      counts: { fine: count(counts.fine), agreed: count(counts.agreed) },
      updatedAt: Number(v.updatedAt) || 0,
    },
  };
}

function count(value: unknown): number {
  const n = Math.floor(Number(value));
  return Number.isFinite(n) && n > 0 ? n : 0;
}

export interface LearnedSummary {
  /** Labels learned from: "fine for me" and "agreed". */
  fine: number;
  agreed: number;
  /** Adjusted features. */
  features: number;
  /** Words now weighed as less personal / more personal than the shipped model does, strongest first. */
  fineWords: string[];
  personalWords: string[];
}

/** A word counts as learned once its adjustment is this large (a tenth of the cap would be noise). */
const NOTABLE = 0.25;

/** Summary for the manager, in plain words: how many labels, and the words that moved most. */
export function describeLearned(state: LearnedState, max = 12): LearnedSummary {
  const named = Object.entries(state.words ?? {})
    .map(([k, word]) => ({ word, w: state.weights[k] ?? 0 }))
    .filter(({ w }) => Math.abs(w) >= NOTABLE);
  const list = (sign: 1 | -1) => {
    const seen = new Set<string>();
    return named
      .filter(({ w }) => Math.sign(w) === sign)
      .sort((a, b) => Math.abs(b.w) - Math.abs(a.w))
      .map(({ word }) => word)
      .filter((word) => !seen.has(word) && !!seen.add(word))
      .slice(0, max);
  };
  return {
    ...state.counts,
    features: Object.keys(state.weights).length,
    fineWords: list(-1),
    personalWords: list(1),
  };
}
