import { useState } from 'react';
import type { Note } from '../storage/model';
import { timeAgo } from './time';

export interface NoteActions {
  /** `note` is the note as it was when editing began (its version), even if it changed meanwhile. */
  onEdit(note: Note, text: string): Promise<void>;
  onDelete(note: Note): Promise<void>;
}

/** Notes newest first, rendered as text (never HTML), each editable and deletable. */
export function NoteList({ notes, actions, limit }: { notes: Note[]; actions?: NoteActions; limit?: number }) {
  const [expanded, setExpanded] = useState(false);
  const shown = limit && !expanded ? notes.slice(0, limit) : notes;
  if (notes.length === 0) return <p className="b-muted">No notes yet.</p>;
  return (
    <div>
      <ul className="b-notes" aria-label="Notes">
        {shown.map((note) => (
          <NoteItem key={note.id} note={note} actions={actions} />
        ))}
      </ul>
      {limit !== undefined && notes.length > limit && (
        <button type="button" className="b-link" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Show fewer notes' : `Show all ${notes.length} notes`}
        </button>
      )}
    </div>
  );
}

function NoteItem({ note, actions }: { note: Note; actions?: NoteActions }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(note.text);
  // The version being edited: a live re-read must not make a save overwrite an edit made elsewhere.
  const [base, setBase] = useState(note);
  const [error, setError] = useState<string | null>(null);

  async function run(action: () => Promise<void>) {
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'Something went wrong');
    }
  }

  return (
    <li className="b-note">
      {editing ? (
        <>
          <textarea
            aria-label="Edit note"
            value={draft}
            dir="auto"
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                void run(async () => {
                  await actions!.onEdit(base, draft);
                  setEditing(false);
                });
              }
              if (event.key === 'Escape') setEditing(false);
            }}
          />
          <div className="b-row">
            <button
              type="button"
              className="b-button b-button--primary"
              disabled={!draft.trim()}
              onClick={() =>
                void run(async () => {
                  await actions!.onEdit(base, draft);
                  setEditing(false);
                })
              }
            >
              Save
            </button>
            <button type="button" className="b-button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="b-note__text" dir="auto">
            {note.text}
          </p>
          <div className="b-row b-note__meta">
            <time dateTime={new Date(note.createdAt).toISOString()} title={new Date(note.createdAt).toLocaleString()}>
              {timeAgo(note.createdAt)}
              {note.updatedAt !== note.createdAt ? ' (edited)' : ''}
            </time>
            {actions && (
              <>
                <button
                  type="button"
                  className="b-link"
                  onClick={() => {
                    setDraft(note.text);
                    setBase(note);
                    setEditing(true);
                  }}
                  aria-label="Edit note"
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="b-link"
                  onClick={() => void run(() => actions.onDelete(note))}
                  aria-label="Delete note"
                >
                  Delete
                </button>
              </>
            )}
          </div>
        </>
      )}
      {error && (
        <p role="alert" className="b-error">
          {error}
        </p>
      )}
    </li>
  );
}
