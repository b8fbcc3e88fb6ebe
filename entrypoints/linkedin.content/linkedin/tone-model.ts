/**
 * The tone model reaches content scripts by message from the background, once per tab, when a feature
 * that judges drafts starts: the weights (a few hundred KB) stay out of the content-script bundle. Until
 * it has arrived — or if the background is asleep, unreachable or its asset is broken — the analyzer
 * answers "not sure" and nothing nudges or blocks (fail open).
 */
import { modelStatus, setModelAsset } from '../../../analyzer';
import { request } from '../../../storage/client';

let pending: Promise<boolean> | null = null;

/** Resolves true once the model is installed; false (and retried on the next call) when it is not. */
export function ensureToneModel(): Promise<boolean> {
  if (modelStatus().loaded) return Promise.resolve(true);
  pending ??= request('analyzerModel', {})
    .then((answer) => {
      if (!answer.asset) throw new Error('error' in answer ? answer.error : 'no model');
      const installed = setModelAsset(answer.asset);
      if (!installed.ok) throw new Error(installed.error);
      return true;
    })
    .catch((error) => {
      console.debug('[Boundaries] tone model unavailable; drafts are not judged', error);
      pending = null;
      return false;
    });
  return pending;
}
