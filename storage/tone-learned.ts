/**
 * Where this user draws the line (issue 10): the tone analyzer's learned state, kept by the background
 * in the extension's database (settings table, TONE_LEARNED_KEY) and never anywhere else.
 *
 * Rules:
 * - Each outcome ("Post anyway", "Edit", "Not personal", …) is one bounded step of analyzer/learn.ts,
 *   applied here in ONE transaction (read, learn, write), so two tabs' outcomes never overwrite each other.
 * - A stored record that is corrupt is ignored (the analyzer runs on the shipped model alone) and the
 *   next outcome starts afresh over it; one from a newer version of Boundaries is kept untouched and not
 *   used, and learning pauses until Boundaries is updated or the user resets. Either way the reason is
 *   reported (the manager's diagnostics) and nothing blocks a post.
 */
import { currentModel } from '../analyzer/analyze';
import {
  describeLearned,
  emptyLearned,
  learn,
  parseLearned,
  spaceOf,
  type LearnLabel,
  type LearnedState,
  type LearnedSummary,
} from '../analyzer/learn';
import { TONE_LEARNED_KEY, type BoundariesDb, type ToneLearnedRow } from './db';

export interface ToneLearnedView {
  /** What the analyzer should add to the shipped model, or null (nothing learned, or unusable). */
  state: LearnedState | null;
  /** Why the stored record is not used, or null when it is fine (or there is none). */
  problem: string | null;
  summary: LearnedSummary;
}

const NOTHING: LearnedSummary = { fine: 0, agreed: 0, features: 0, fineWords: [], personalWords: [] };

function table(db: BoundariesDb) {
  return db.table<ToneLearnedRow, string>('settings');
}

/** The stored record as checked by parseLearned: the state, or why it is ignored ('none' if absent). */
export async function readLearnedRecord(db: BoundariesDb): Promise<{ state: LearnedState } | { error: string }> {
  const row = await table(db).get(TONE_LEARNED_KEY);
  return parseLearned(row?.value);
}

function view(parsed: { state: LearnedState } | { error: string }): ToneLearnedView {
  if ('state' in parsed) {
    // Learned for another tone model (an update retrained it): its weights index other features.
    const model = currentModel();
    if (model && parsed.state.space !== spaceOf(model))
      return {
        state: null,
        problem: `What Boundaries learned was for an earlier tone model (${parsed.state.space}; now ${spaceOf(model)}): the current model cannot use it, and the next choice starts learning afresh.`,
        summary: NOTHING,
      };
    return { state: parsed.state, problem: null, summary: describeLearned(parsed.state) };
  }
  return { state: null, problem: parsed.error === 'none' ? null : explain(parsed.error), summary: NOTHING };
}

function explain(error: string): string {
  return /newer version/.test(error)
    ? `What Boundaries learned was saved by a newer version of Boundaries (${error}): it is kept but not used, and learning is paused until Boundaries is updated or you reset it. Drafts are judged by the shipped model.`
    : `What Boundaries learned could not be read (${error}): it is ignored, drafts are judged by the shipped model, and the next choice starts learning afresh.`;
}

export async function getToneLearned(db: BoundariesDb): Promise<ToneLearnedView> {
  return view(await readLearnedRecord(db));
}

/**
 * One outcome as a label. Returns the new view, or the unchanged one (with its problem) when learning
 * is paused or no model is loaded.
 */
export async function recordToneOutcome(
  db: BoundariesDb,
  text: string,
  label: LearnLabel,
  now = Date.now(),
): Promise<{ view: ToneLearnedView; changed: boolean }> {
  const model = currentModel();
  return db.transaction('rw', db.settings, async () => {
    const parsed = await readLearnedRecord(db);
    const newer = 'error' in parsed && /newer version/.test(parsed.error);
    if (!model || newer) return { view: view(parsed), changed: false };
    const base = 'state' in parsed ? parsed.state : emptyLearned(spaceOf(model));
    const next = learn(model, base, text, label, now);
    await table(db).put({ key: TONE_LEARNED_KEY, value: next });
    return { view: view({ state: next }), changed: true };
  });
}

/** Forgets everything learned (also a corrupt or newer-version record). */
export async function resetToneLearned(db: BoundariesDb): Promise<ToneLearnedView> {
  await table(db).delete(TONE_LEARNED_KEY);
  return view({ error: 'none' });
}
