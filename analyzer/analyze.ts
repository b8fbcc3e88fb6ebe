/**
 * The analyzer: normalised text → windows of features → trained linear model (+ this user's learned
 * adjustments) → pooled, calibrated probability → verdict at the user's sensitivity, with the words
 * that actually moved the score as evidence. Pure and synchronous; linear in the input length.
 *
 * Without a model (not yet loaded, missing or corrupt asset) every answer is "not sure": nothing nudges.
 */

import type { AnalyzeInput, AnalyzeResult, Category, Evidence, ProfessionalSignal, Sensitivity } from './types.ts';
import { CATEGORIES, SENSITIVE_CATEGORIES } from './types.ts';
import {
  clearFeatureCaches,
  featurize,
  makeScratch,
  type FeatureScratch,
  type Featurized,
  type Token,
  K_EMOJI,
} from './features.ts';
import { calibrate, loadModel, modelWindowLogit, pool, type Model } from './model.ts';
import { compileSettings, type CompiledSettings } from './settings.ts';
import { explainTokens } from './contributions.ts';
import type { LearnedState } from './learn.ts';
import { learnedAdjustment, spaceOf } from './learn.ts';
import { isStopword } from './lang.ts';

/** At most this many evidence items / professional signals are returned. */
export const MAX_EVIDENCE = 200;

let model: Model | null = null;
let modelError: string | null = 'model not loaded yet';
let scratch: FeatureScratch | null = null;

/** Probability thresholds per sensitivity (from the model; "never" while no model is loaded). */
export const THRESHOLDS: Record<Sensitivity, number> = { low: Infinity, default: Infinity, high: Infinity };

/** Install a model asset (the shipped one, or one sent by the background). Never throws. */
export function setModelAsset(asset: unknown): { ok: true; id: string } | { ok: false; error: string } {
  try {
    model = loadModel(asset, CATEGORIES);
    scratch = makeScratch(model.dim);
    modelError = null;
    Object.assign(THRESHOLDS, model.asset.thresholds);
    return { ok: true, id: model.asset.id };
  } catch (error) {
    model = null;
    scratch = null;
    modelError = error instanceof Error ? error.message : String(error);
    Object.assign(THRESHOLDS, { low: Infinity, default: Infinity, high: Infinity });
    return { ok: false, error: modelError };
  }
}

/** Is a model loaded, and if not, why not (for diagnostics). */
export function modelStatus(): { loaded: true; id: string } | { loaded: false; error: string } {
  return model ? { loaded: true, id: model.asset.id } : { loaded: false, error: modelError ?? 'no model' };
}

export function currentModel(): Model | null {
  return model;
}

/** Forget per-word caches (benchmarks: cold-start figures). */
export function clearAnalyzerCaches(): void {
  clearFeatureCaches();
}

/** Warm the caches (call when idle, so the first keystroke is not the slowest). */
export function prepare(): void {
  if (model) analyze({ text: 'Warming up: my family and our team ship the product 🧁' });
}

/** A photo or video makes the same words somewhat more likely personal (odds × 1.5); alone it adds nothing. */
const MEDIA_LOGIT = Math.log(1.5);

function unsureResult(sensitivity: Sensitivity, language: string): AnalyzeResult {
  return {
    score: 0,
    personal: false,
    unsure: true,
    sensitivity,
    language,
    categories: [],
    evidence: [],
    professionalSignals: [],
  };
}

export function analyze(input: AnalyzeInput): AnalyzeResult {
  if (!input || typeof input !== 'object') input = { text: '' };
  const settings = compileSettings(input.settings);
  const sensitivity = settings.sensitivity;
  const text = typeof input.text === 'string' ? input.text : '';
  if (!model || !scratch) return unsureResult(sensitivity, 'unknown');
  return analyzeWith(model, scratch, text, input, settings, input.learned ?? null);
}

function analyzeWith(
  m: Model,
  sc: FeatureScratch,
  text: string,
  input: AnalyzeInput,
  settings: CompiledSettings,
  learned: LearnedState | null,
): AnalyzeResult {
  const sensitivity = settings.sensitivity;
  const skip = settings.skips((t) => (t.cat >= 0 ? t.cat : t.kind === K_EMOJI ? -1 : (m.wordCats.get(t.s) ?? -1)));
  const f: Featurized = featurize(text, m.mask, sc, skip ?? undefined);
  const { tokens } = f;
  const language = f.language;
  const supported = !f.unsupported && (language === 'unknown' || m.asset.languages.includes(language));
  let words = 0;
  let categorised = 0;
  for (const t of tokens) {
    if (t.kind !== K_EMOJI) words++;
    if (t.cat >= 0) categorised++;
  }
  // Not sure without words to read: the model learned from texts of at least four words, so a draft of
  // emoji alone (or one uncategorised word) is outside what it knows.
  if (!supported || f.windows.length === 0 || words === 0 || (words < 2 && categorised === 0))
    return unsureResult(sensitivity, language);

  const adjust = learned ? learnedAdjustment(learned, spaceOf(m)) : null;
  const logits: number[] = [];
  for (const w of f.windows) {
    let z = modelWindowLogit(m, w.idx, w.val);
    if (adjust) z += adjust.window(w.idx, w.val);
    logits.push(z);
  }
  let pooled = pool(logits, m.asset.temperature);
  // The user's own words ("extra words") count as clear personal evidence.
  const extras = settings.extraHits(tokens, f.norm.text);
  pooled += Math.min(3, extras.length * 1.5);
  if (input.hasImage || input.hasVideo) pooled += MEDIA_LOGIT;
  const score = calibrate(pooled, m.asset.platt);

  // Evidence: what moved the score, by token, named by the lexicon or the model's learned word categories.
  const contrib = explainTokens(m, f, adjust);
  const evidence: Evidence[] = [];
  const signals: ProfessionalSignal[] = [];
  const catSum = new Map<Category, number>();
  const push = (tok: Token, cat: number, weight: number, kind: Evidence['kind']) => {
    const category = CATEGORIES[cat]!;
    if (settings.disabled.has(category)) return;
    const start = f.norm.from[tok.a]!;
    const end = f.norm.to[tok.b - 1]!;
    evidence.push({ text: text.slice(start, end), category, start, end, kind, weight: strength(weight) });
    catSum.set(category, (catSum.get(category) ?? 0) + weight);
  };
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k]!;
    const c = contrib[k]!;
    const cat = tok.cat >= 0 ? tok.cat : tok.kind === K_EMOJI ? -1 : (m.wordCats.get(tok.s) ?? -1);
    if (c > 0.02 && cat >= 0) {
      // Function words inside a category phrase ("this weekend", "the kids") are not named.
      if (tok.kind !== K_EMOJI && isStopword(tok.s)) continue;
      push(tok, cat, c, tok.kind === K_EMOJI ? 'emoji' : 'word');
    } else if (c < -0.05) {
      const start = f.norm.from[tok.a]!;
      const end = f.norm.to[tok.b - 1]!;
      signals.push({ text: text.slice(start, end), start, end, weight: strength(-c) });
    }
  }
  for (const e of extras) {
    const tok = tokens[e.token]!;
    push(tok, e.cat, 1, 'word');
  }
  const categories = [...catSum.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  const truncate = <T extends { weight: number; start: number }>(list: T[]) =>
    list.length <= MAX_EVIDENCE
      ? list
      : [...list]
          .sort((a, b) => b.weight - a.weight)
          .slice(0, MAX_EVIDENCE)
          .sort((a, b) => a.start - b.start);
  evidence.sort((a, b) => a.start - b.start);
  const result: AnalyzeResult = {
    score: round(score),
    personal: score >= THRESHOLDS[sensitivity],
    unsure: false,
    sensitivity,
    language,
    categories,
    evidence: truncate(evidence),
    professionalSignals: truncate(signals),
  };
  if (evidence.length > MAX_EVIDENCE || signals.length > MAX_EVIDENCE) result.evidenceTruncated = true;
  // The user's settings removed every word that named a category: nothing left to point at, no verdict.
  if (skip && evidence.length === 0) result.personal = false;
  const level = input.recipientLevel;
  if (level === 'personal' || level === 'unset') result.personal = false;
  else if (level === 'friendly')
    result.personal = result.personal && categories.some((c) => SENSITIVE_CATEGORIES.includes(c));
  return result;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** A logit share as a strength in (0, 1]. */
function strength(c: number): number {
  return round(1 - Math.exp(-c)) || 0.001;
}
