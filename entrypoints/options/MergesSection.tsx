import { useCallback, useEffect, useId, useState } from 'react';
import { timeAgo } from '../../components/time';
import { onStorageChange, request } from '../../storage/client';
import type { Contact, MergeRecord } from '../../storage/model';

function who(contact: Contact): string {
  return contact.displayName ? `${contact.displayName} (${contact.id})` : contact.id;
}

/**
 * People Boundaries merged into one record on its own (a page showed two of their keys belong together),
 * newest first, each with "Undo merge": the absorbed people come back with their notes, and are never
 * merged automatically again.
 */
export function MergesSection() {
  const ids = useId();
  const [merges, setMerges] = useState<MergeRecord[] | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<number | null>(null);

  const load = useCallback(() => {
    request('listMerges', {})
      .then((list) => {
        setMerges(list);
        setError(null);
      })
      .catch((failure: Error) => setError(failure.message));
  }, []);

  useEffect(() => {
    load();
    // A merge happens on a LinkedIn page while this is open: show it without a reload (once per burst).
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = onStorageChange(() => {
      clearTimeout(timer);
      timer = setTimeout(load, 300);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [load]);

  const undo = (merge: MergeRecord) => {
    setBusy(merge.id!);
    setStatus('');
    request('undoMerge', { id: merge.id! })
      .then(({ restored }) => {
        setStatus(`Merge undone: ${restored.length} people are separate again.`);
        load();
      })
      .catch((failure: Error) => setError(`Could not undo the merge: ${failure.message}`))
      .finally(() => setBusy(null));
  };

  return (
    <section className="b-section" aria-labelledby={`${ids}-h`} data-boundaries="merges">
      <h2 id={`${ids}-h`}>Merged people</h2>
      <p className="b-muted">
        When two different LinkedIn elements on one page agree that two saved people are the same person, Boundaries
        merges them into one record with all their notes. If that was wrong, undo it here: both come back as they were,
        with their own notes, and are never merged automatically again.
      </p>
      <p role="status">{status}</p>
      {merges === null ? (
        <p className="b-muted">Loading…</p>
      ) : merges.length === 0 ? (
        <p className="b-muted">No people have been merged.</p>
      ) : (
        <ul className="b-merge-list" aria-label="Merges">
          {merges.map((merge) => {
            const notes = merge.absorbed.reduce((sum, { noteIds }) => sum + noteIds.length, 0);
            return (
              <li key={merge.id} data-merge-id={merge.id} className="b-merge">
                <p>
                  <strong>{merge.absorbed.map(({ contact }) => who(contact)).join(', ')}</strong> merged into{' '}
                  <strong>{who(merge.primary)}</strong>, {timeAgo(merge.at)} ({notes} {notes === 1 ? 'note' : 'notes'}{' '}
                  moved).
                </p>
                {merge.undoneAt ? (
                  <p className="b-muted">Undone {timeAgo(merge.undoneAt)}.</p>
                ) : (
                  <button
                    type="button"
                    className="b-button"
                    disabled={busy !== null}
                    aria-label={`Undo merge of ${merge.absorbed.map(({ contact }) => contact.displayName || contact.id).join(', ')} into ${merge.primary.displayName || merge.primary.id}`}
                    onClick={() => undo(merge)}
                  >
                    Undo merge
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {error && (
        <p role="alert" className="b-error">
          {error}
        </p>
      )}
    </section>
  );
}
