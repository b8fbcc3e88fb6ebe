/**
 * The tone model reaches content scripts by message from the background, once per tab, when a feature
 * that judges drafts starts: the weights (a few hundred KB) stay out of the content-script bundle. Until
 * it has arrived — or if the background is asleep, unreachable or its asset is broken — the analyzer
 * answers "not sure" and nothing nudges or blocks (fail open).
 *
 * What the analyzer learned from this user (issue 10) comes the same way (`toneLearned`), and again
 * whenever it changes anywhere (an outcome in any tab, a reset or an import in the manager: the change
 * signal's `learned`), so the very next draft is judged with it. Until it arrives, or when it cannot be
 * read, drafts are judged by the shipped model alone.
 */
import { modelStatus, setModelAsset } from '../../../analyzer';
import type { LearnedState } from '../../../analyzer/learned-state';
import { onStorageChange, request } from '../../../storage/client';

let pending: Promise<boolean> | null = null;
let learned: LearnedState | null = null;
const learnedListeners = new Set<() => void>();
let unsubscribe: (() => void) | null = null;

/** Resolves true once the model is installed; false (and retried on the next call) when it is not. */
export function ensureToneModel(): Promise<boolean> {
  watchLearned();
  if (modelStatus().loaded) return Promise.resolve(true);
  pending ??= Promise.all([
    request('analyzerModel', {}).then((answer) => {
      if (!answer.asset) throw new Error('error' in answer ? answer.error : 'no model');
      const installed = setModelAsset(answer.asset);
      if (!installed.ok) throw new Error(installed.error);
    }),
    refreshLearned(),
  ])
    .then(() => true)
    .catch((error) => {
      console.debug('[Boundaries] tone model unavailable; drafts are not judged', error);
      pending = null;
      return false;
    });
  return pending;
}

/** This user's learned adjustments for the analyzer (`analyze({ learned })`), or null. */
export function toneLearned(): LearnedState | null {
  return learned;
}

/** Installs a learned state the background just answered with, and tells the features. */
export function setToneLearned(state: LearnedState | null): void {
  learned = state;
  for (const listener of learnedListeners) {
    try {
      listener();
    } catch (error) {
      console.debug('[Boundaries] re-judging after learning failed', error);
    }
  }
}

/** Calls `listener` after the learned state changed (drafts on screen should be judged again). */
export function onToneLearned(listener: () => void, signal: AbortSignal): void {
  learnedListeners.add(listener);
  signal.addEventListener('abort', () => learnedListeners.delete(listener), { once: true });
}

/** Never rejects: an unreadable learned state leaves the shipped model alone in charge. */
function refreshLearned(): Promise<void> {
  return request('toneLearned', {})
    .then((answer) => setToneLearned(answer.state))
    .catch((error) => console.debug('[Boundaries] learned tone unavailable; the shipped model alone judges', error));
}

function watchLearned(): void {
  unsubscribe ??= onStorageChange((change) => {
    if (change.learned) void refreshLearned();
  });
}
