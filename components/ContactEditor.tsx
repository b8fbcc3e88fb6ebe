import { useCallback, useEffect, useId, useState, type KeyboardEvent } from 'react';
import { onStorageChange, request } from '../storage/client';
import type { ContactPatch } from '../storage/schemas';
import type { ContactView, Level, Note } from '../storage/model';
import { LevelPicker } from './LevelPicker';
import { NoteList } from './NoteList';
import { QuickNote } from './QuickNote';
import { lastMessagedLabel } from './time';
import { NOTE_CONFLICT_TEXT } from './format';

export interface EditorIdentity {
  displayName?: string;
  headline?: string;
  aliases?: string[];
}

/**
 * Everything about one person, editable in place: familiarity, a quick note, the notes (all of them,
 * newest first), and details (tags, circle, how we met, follow-up date). Saves as you go; used by the
 * popup (compact) and the manager's timeline.
 */
export function ContactEditor({
  refKey,
  view,
  identity,
  compact = false,
  notesLimit,
}: {
  refKey: string;
  view: ContactView | null;
  identity?: EditorIdentity;
  compact?: boolean;
  notesLimit?: number;
}) {
  const contact = view?.contact ?? null;
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [undo, setUndo] = useState<Note | null>(null);
  const [conflict, setConflict] = useState(false);
  /**
   * The level just clicked, shown until the stored contact agrees, the save fails, or (once saved) the
   * contact is re-read with another value, e.g. changed meanwhile in another tab.
   */
  const [optimistic, setOptimistic] = useState<{ level: Level; saved: boolean } | null>(null);
  const storedLevel = contact?.level ?? 'unset';
  const [seenContact, setSeenContact] = useState(contact);
  if (optimistic !== null && optimistic.level === storedLevel) setOptimistic(null);
  if (contact !== seenContact) {
    setSeenContact(contact);
    if (optimistic?.saved) setOptimistic(null);
  }
  const id = useId();

  const loadNotes = useCallback(() => {
    request('listNotes', { ref: refKey })
      .then(setNotes)
      .catch((failure: Error) => setError(failure.message));
  }, [refKey]);

  useEffect(() => {
    loadNotes();
    return onStorageChange(() => loadNotes());
  }, [loadNotes]);

  const identityPayload = identity && {
    aliases: identity.aliases ?? [],
    displayName: identity.displayName,
    headline: identity.headline,
  };

  async function save(patch: ContactPatch, message = 'Saved'): Promise<boolean> {
    setError(null);
    try {
      await request('saveContact', { ref: refKey, identity: identityPayload, patch });
      setStatus(message);
      return true;
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'Could not save');
      return false;
    }
  }

  return (
    <div className={compact ? 'b-editor b-editor--compact' : 'b-editor'} data-boundaries="contact-editor">
      <LevelPicker
        value={optimistic?.level ?? storedLevel}
        onChange={(level) => {
          setOptimistic({ level, saved: false });
          void save({ level }, 'Familiarity saved').then((saved) =>
            setOptimistic((current) => (current?.level !== level ? current : saved ? { level, saved: true } : null)),
          );
        }}
        compact={compact}
      />
      <QuickNote
        onSave={async (text) => {
          await request('addNote', { ref: refKey, text, identity: identityPayload });
          setStatus('Note saved');
        }}
      />
      {conflict && (
        <p className="b-notice" data-boundaries="note-conflict">
          {NOTE_CONFLICT_TEXT}
        </p>
      )}
      {notes && (
        <NoteList
          notes={notes}
          limit={notesLimit}
          actions={{
            onEdit: async (note, text) => {
              const result = await request('updateNote', { id: note.id, text, baseUpdatedAt: note.updatedAt });
              setConflict(result.conflict !== null);
              setStatus(result.conflict ? NOTE_CONFLICT_TEXT : 'Note updated');
            },
            onDelete: async (note) => {
              const deleted = await request('deleteNote', { id: note.id });
              setUndo(deleted);
              setStatus('Note deleted');
            },
          }}
        />
      )}
      {undo && (
        <div className="b-row b-undo" role="status">
          <span>Note deleted.</span>
          <button
            type="button"
            className="b-button"
            onClick={() =>
              void request('restoreNote', { note: undo })
                .then(() => {
                  setUndo(null);
                  setStatus('Note restored');
                })
                .catch((failure: Error) => setError(failure.message))
            }
          >
            Undo
          </button>
        </div>
      )}
      <details className="b-details" open={!compact}>
        <summary>Details</summary>
        <div className="b-fields">
          <TextField
            id={`${id}-tags`}
            label="Tags (comma-separated)"
            value={contact?.tags.join(', ') ?? ''}
            onCommit={(value, base) => {
              // Only what this field changed: a tag added elsewhere while it was open stays.
              const before = splitTags(base);
              const after = splitTags(value);
              const lower = (tags: string[]) => new Set(tags.map((tag) => tag.toLowerCase()));
              const addTags = after.filter((tag) => !lower(before).has(tag.toLowerCase()));
              const removeTags = before.filter((tag) => !lower(after).has(tag.toLowerCase()));
              if (addTags.length || removeTags.length) void save({ addTags, removeTags }, 'Tags saved');
            }}
          />
          <TextField
            id={`${id}-circle`}
            label="Circle"
            value={contact?.circle ?? ''}
            onCommit={(value) => void save({ circle: value.trim() }, 'Circle saved')}
          />
          <TextField
            id={`${id}-met`}
            label="How we met"
            value={contact?.howWeMet ?? ''}
            onCommit={(value) => void save({ howWeMet: value.trim() }, 'Saved')}
          />
          <div className="b-field">
            <label htmlFor={`${id}-follow`}>Follow up on</label>
            <div className="b-row">
              <input
                id={`${id}-follow`}
                type="date"
                value={contact?.followUpOn ?? ''}
                onChange={(event) =>
                  void save(
                    { followUpOn: event.target.value },
                    event.target.value ? 'Follow-up set' : 'Follow-up cleared',
                  )
                }
              />
              {contact?.followUpOn && (
                <button
                  type="button"
                  className="b-link"
                  onClick={() => void save({ followUpOn: '' }, 'Follow-up cleared')}
                >
                  Clear follow-up
                </button>
              )}
            </div>
          </div>
          {contact && lastMessagedLabel(contact.lastInteractionAt) && (
            <p className="b-muted">{lastMessagedLabel(contact.lastInteractionAt)}</p>
          )}
        </div>
      </details>
      <p className="b-visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      {error && (
        <p role="alert" className="b-error">
          {error}
        </p>
      )}
    </div>
  );
}

export function splitTags(value: string): string[] {
  return [
    ...new Set(
      value
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ].slice(0, 50);
}

/** A text input that saves when it loses focus or on Enter, and follows the stored value otherwise. */
export function TextField({
  id,
  label,
  value,
  onCommit,
}: {
  id: string;
  label: string;
  value: string;
  /** `base` is the stored value when editing began. */
  onCommit: (value: string, base: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  const [base, setBase] = useState(value);
  const [editing, setEditing] = useState(false);
  const shown = editing ? draft : value;
  const commit = () => {
    if (!editing) return;
    setEditing(false);
    // Unchanged by the user: write nothing, so a change made elsewhere meanwhile is not undone.
    if (draft !== base) onCommit(draft, base);
    setBase(draft);
  };
  return (
    <div className="b-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={shown}
        maxLength={2000}
        onFocus={() => {
          setDraft(value);
          setBase(value);
          setEditing(true);
        }}
        onChange={(event) => {
          if (!editing) setBase(value);
          setEditing(true);
          setDraft(event.target.value);
        }}
        onBlur={commit}
        onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          }
          if (event.key === 'Escape') {
            setDraft(value);
            setEditing(false);
          }
        }}
      />
    </div>
  );
}
