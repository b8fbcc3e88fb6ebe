import { useEffect, useId, useRef, useState } from 'react';
import { onStorageChange, request } from '../../storage/client';
import type { ToneLearnedView } from '../../storage/tone-learned';

function times(n: number): string {
  return n === 1 ? 'once' : `${n} times`;
}

function wordList(words: string[]): string {
  return words.map((word) => `“${word}”`).join(', ');
}

/**
 * What the tone analyzer learned from this user's choices (issue 10), in plain words, with a reset that
 * asks first. Lives in the Settings section beside the analyzer's other settings; follows changes live.
 */
export function ToneLearnedPanel() {
  const ids = useId();
  const [view, setView] = useState<ToneLearnedView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const confirmRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const load = () =>
      request('toneLearned', {})
        .then((next) => {
          setView(next);
          setError(null);
        })
        .catch((failure: Error) => setError(failure.message));
    load();
    return onStorageChange((change) => {
      if (change.learned) load();
    });
  }, []);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  async function reset() {
    setError(null);
    try {
      setView(await request('resetToneLearned', {}));
      setConfirming(false);
      setStatus('Boundaries forgot what it learned from your choices');
      resetRef.current?.focus();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  const summary = view?.summary;
  const labels = summary ? summary.fine + summary.agreed : 0;
  return (
    <div className="b-panel" data-boundaries="tone-learned" aria-labelledby={`${ids}-h`} role="region">
      <h3 id={`${ids}-h`}>What Boundaries learned from you</h3>
      {!view ? (
        <p className="b-muted">{error ?? 'Loading…'}</p>
      ) : (
        <>
          {view.problem && (
            <p className="b-error" data-boundaries="tone-learned-problem">
              {view.problem}
            </p>
          )}
          {labels === 0 ? (
            <p className="b-muted">
              Nothing yet. When a draft is flagged, “Post anyway”, “Send anyway” and “Not personal” teach it what is
              fine for you; “Edit” and “Personal” teach it what you agree reads personal.
            </p>
          ) : (
            <>
              <p>
                {`From your choices: ${times(summary!.fine)} a flagged draft was fine for you, ${times(summary!.agreed)} you agreed it read personal.`}
              </p>
              <p data-boundaries="tone-learned-fine">
                {summary!.fineWords.length
                  ? `Words it now treats as less personal: ${wordList(summary!.fineWords)}.`
                  : 'No word is treated as less personal yet.'}
              </p>
              <p data-boundaries="tone-learned-personal">
                {summary!.personalWords.length
                  ? `Words it now treats as more personal: ${wordList(summary!.personalWords)}.`
                  : 'No word is treated as more personal yet.'}
              </p>
            </>
          )}
          <p className="b-muted">
            Each choice moves only the words of that draft, by a bounded amount. It stays on this device and is included
            in backups.
          </p>
          {confirming ? (
            <div className="b-row" role="group" aria-labelledby={`${ids}-q`}>
              <span id={`${ids}-q`}>Forget everything Boundaries learned from your choices?</span>
              <button ref={confirmRef} type="button" className="b-button" onClick={() => void reset()}>
                Yes, forget it
              </button>
              <button
                type="button"
                className="b-button"
                onClick={() => {
                  setConfirming(false);
                  resetRef.current?.focus();
                }}
              >
                Keep it
              </button>
            </div>
          ) : (
            <button
              ref={resetRef}
              type="button"
              className="b-button"
              onClick={() => {
                setStatus('');
                setConfirming(true);
              }}
            >
              Reset what Boundaries learned
            </button>
          )}
        </>
      )}
      <p className="b-visually-hidden" role="status">
        {status}
      </p>
      {error && view && (
        <p role="alert" className="b-error">
          {error}
        </p>
      )}
    </div>
  );
}
