/**
 * The profile panel: familiarity level, quick note, notes (edit, delete with undo), tags with
 * suggestions, how we met, follow-up date, last updated. Collapsible. Everything is rendered as text.
 * Saving anything for a person not yet saved creates the contact from what the page shows.
 */
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { onStorageChange, request } from '../storage/client';
import { LEVEL_LABELS, type ContactView, type Level, type Note } from '../storage/model';
import type { ProfileKey } from '../storage/profile-id';
import { LevelDot, LevelPicker } from './LevelPicker';
import { NoteList } from './NoteList';
import { QuickNote } from './QuickNote';
import { timeAgo } from './time';
import { NOTE_CONFLICT_TEXT } from './format';

export interface PanelIdentity {
  key: ProfileKey;
  aliases: ProfileKey[];
  displayName: string;
  headline: string;
  /** The page proved this is the address's person (profile-identity.ts); otherwise only the key is sent. */
  proven: boolean;
  /** Aliases two page elements agree on (the only ones that may merge two stored people). */
  confirmed: ProfileKey[];
}

export interface ProfilePanelProps {
  identity: PanelIdentity;
  initialCollapsed: boolean;
  /** Incremented to ask the panel to focus its quick-note box (keyboard command). */
  focusRequest: number;
  onCollapsedChange?: (collapsed: boolean) => void;
}

/** CSS for the panel, added after ui.css inside the panel's shadow root. px only. */
export const PANEL_CSS = `
:host { display: block; margin: 8px 0; }
.b-panel { display: grid; gap: 10px; }
[hidden] { display: none !important; }
.b-panel__header { display: flex; align-items: center; gap: 8px; }
.b-panel__title { font-weight: 600; font-size: 14px; margin: 0; flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.b-panel__brand { color: var(--b-muted); font-weight: 400; }
.b-panel__section { display: grid; gap: 4px; }
.b-panel__label { font-size: 12px; font-weight: 600; color: var(--b-muted); }
.b-tags { display: flex; flex-wrap: wrap; gap: 4px; list-style: none; margin: 0; padding: 0; }
.b-tag { display: inline-flex; align-items: center; gap: 2px; border: 1px solid var(--b-border); border-radius: 12px; padding: 0 4px 0 8px; font-size: 12px; }
.b-tag button { font: inherit; border: 0; background: none; color: var(--b-muted); cursor: pointer; padding: 0 4px; border-radius: 8px; }
.b-undo { display: flex; align-items: center; gap: 8px; background: var(--b-hover); border-radius: 6px; padding: 4px 8px; font-size: 13px; }
.b-grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
`;

interface PanelData {
  view: ContactView | null;
  notes: Note[];
  tags: string[];
  loaded: boolean;
  error: string | null;
}

/** The stored person, all their notes and the known tags, re-read after any relevant write anywhere. */
function usePanelData(key: ProfileKey): PanelData & { reload: () => Promise<void> } {
  const [data, setData] = useState<PanelData>({ view: null, notes: [], tags: [], loaded: false, error: null });
  const reload = useCallback(async () => {
    try {
      const [view, tags] = await Promise.all([request('getContact', { ref: key }), request('listTags', {})]);
      const notes = view ? await request('listNotes', { ref: key }) : [];
      setData({ view, notes, tags, loaded: true, error: null });
    } catch (error) {
      setData((previous) => ({
        ...previous,
        loaded: true,
        error: error instanceof Error ? error.message : 'Boundaries storage is unavailable',
      }));
    }
  }, [key]);
  useEffect(() => {
    void reload();
    // Any write can matter: this person, a merge into them, or a tag suggestion from someone else.
    return onStorageChange(() => void reload());
  }, [reload]);
  return { ...data, reload };
}

export function ProfilePanel({ identity, initialCollapsed, focusRequest, onCollapsedChange }: ProfilePanelProps) {
  const { key } = identity;
  const { view, notes, tags: knownTags, loaded, error: loadError, reload } = usePanelData(key);
  const [collapsed, setCollapsed] = useState(initialCollapsed);
  const [error, setError] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<Note | null>(null);
  const [conflict, setConflict] = useState(false);
  const [pendingLevel, setPendingLevel] = useState<Level | null>(null);
  const noteBox = useRef<HTMLTextAreaElement | null>(null);
  const bodyId = useId();
  const contact = view?.contact ?? null;
  const name = contact?.displayName || identity.displayName || key;

  // The keyboard command: open the panel and put the cursor in the quick-note box.
  const [seenFocusRequest, setSeenFocusRequest] = useState(focusRequest);
  if (seenFocusRequest !== focusRequest) {
    setSeenFocusRequest(focusRequest);
    setCollapsed(false);
  }
  useEffect(() => {
    if (focusRequest === 0) return;
    const frame = requestAnimationFrame(() => {
      noteBox.current?.focus();
      noteBox.current?.scrollIntoView?.({ block: 'nearest' });
    });
    return () => cancelAnimationFrame(frame);
  }, [focusRequest]);

  // Only what the page proved is the address's person is saved; while unproven, only the note (issue 14).
  const pageIdentity = identity.proven
    ? {
        aliases: identity.aliases.slice(0, 20),
        confirmed: identity.confirmed.slice(0, 20),
        proven: true,
        ...(identity.displayName && { displayName: identity.displayName.slice(0, 2000) }),
        ...(identity.headline && { headline: identity.headline.slice(0, 2000) }),
      }
    : { aliases: [] };

  // A proven view repairs a stored name or headline taken from a stale render (and learns confirmed aliases).
  const storedName = contact?.displayName;
  const storedHeadline = contact?.headline;
  const storedAliases = contact?.aliases.join('\n');
  useEffect(() => {
    if (!identity.proven || storedName === undefined) return;
    const aliases = storedAliases?.split('\n') ?? [];
    const stale =
      (identity.displayName && identity.displayName !== storedName) ||
      (identity.headline && identity.headline !== storedHeadline) ||
      identity.confirmed.some((alias) => !aliases.includes(alias));
    if (stale) void request('saveContact', { ref: key, identity: pageIdentity, patch: {} }).catch(() => {});
    // pageIdentity is derived from identity, which the deps cover.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [identity, storedName, storedHeadline, storedAliases, key]);

  async function run(action: () => Promise<unknown>): Promise<void> {
    setError(null);
    try {
      await action();
      await reload();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'Could not save');
      throw failure;
    }
  }
  const quiet = (action: () => Promise<unknown>) => void run(action).catch(() => {});
  const savePatch = (patch: Parameters<typeof saveContactPatch>[2]) => saveContactPatch(key, pageIdentity, patch);

  function toggle() {
    const next = !collapsed;
    setCollapsed(next);
    onCollapsedChange?.(next);
  }

  const level: Level = pendingLevel ?? contact?.level ?? 'unset';

  return (
    <section className="b-card b-panel" aria-label={`Boundaries notes for ${name}`}>
      <div className="b-panel__header">
        <LevelDot level={level} />
        <p className="b-panel__title" dir="auto">
          <span className="b-panel__brand">Boundaries · </span>
          {name}
        </p>
        <button type="button" className="b-link" aria-expanded={!collapsed} aria-controls={bodyId} onClick={toggle}>
          {collapsed ? 'Show' : 'Hide'}
          <span className="b-visually-hidden"> Boundaries notes</span>
        </button>
      </div>
      {collapsed && contact && (
        <p className="b-muted">
          {LEVEL_LABELS[level]}
          {view?.latestNotes[0] ? ` · ${view.noteCount} note${view.noteCount === 1 ? '' : 's'}` : ''}
        </p>
      )}
      <div id={bodyId} hidden={collapsed} className="b-panel">
        {(loadError || error) && (
          <p role="alert" className="b-error">
            {error ?? loadError}
          </p>
        )}
        {loaded && !contact && (
          <p className="b-muted">Not saved yet. Anything you add here saves {identity.displayName || 'this person'}.</p>
        )}
        <LevelPicker
          value={level}
          onChange={(next) => {
            setPendingLevel(next);
            void run(() => savePatch({ level: next }))
              .catch(() => {})
              .finally(() => setPendingLevel(null));
          }}
        />
        <QuickNote
          inputRef={noteBox}
          onSave={(text) => run(() => request('addNote', { ref: key, text, identity: pageIdentity }))}
        />
        {deleted && (
          <div className="b-undo" role="status">
            <span>Note deleted.</span>
            <button
              type="button"
              className="b-link"
              onClick={() => {
                const note = deleted;
                setDeleted(null);
                quiet(() => request('restoreNote', { note }));
              }}
            >
              Undo
            </button>
          </div>
        )}
        {conflict && (
          <p className="b-notice" role="status" data-boundaries="note-conflict">
            {NOTE_CONFLICT_TEXT}
          </p>
        )}
        {contact && (
          <NoteList
            notes={notes}
            limit={5}
            actions={{
              onEdit: (note, text) =>
                run(async () => {
                  const result = await request('updateNote', { id: note.id, text, baseUpdatedAt: note.updatedAt });
                  setConflict(result.conflict !== null);
                }),
              onDelete: async (note) => {
                await run(async () => {
                  const removed = await request('deleteNote', { id: note.id });
                  if (removed) setDeleted(removed);
                });
              },
            }}
          />
        )}
        <Field label="Tags">
          {(id) => (
            <TagEditor
              id={id}
              tags={contact?.tags ?? []}
              suggestions={knownTags}
              onAdd={(addTags) => quiet(() => savePatch({ addTags }))}
              onRemove={(tag) => quiet(() => savePatch({ removeTags: [tag] }))}
            />
          )}
        </Field>
        <div className="b-grid2">
          <Field label="How we met">
            {(id) => (
              <CommitInput
                id={id}
                type="text"
                value={contact?.howWeMet ?? ''}
                maxLength={2000}
                onCommit={(howWeMet) => quiet(() => savePatch({ howWeMet }))}
              />
            )}
          </Field>
          <Field label="Follow up on">
            {(id) => (
              <CommitInput
                id={id}
                type="date"
                value={contact?.followUpOn ?? ''}
                onCommit={(followUpOn) => quiet(() => savePatch({ followUpOn }))}
              />
            )}
          </Field>
        </div>
        {contact && (
          <p className="b-muted">
            Last updated{' '}
            <time
              dateTime={new Date(contact.updatedAt).toISOString()}
              title={new Date(contact.updatedAt).toLocaleString()}
            >
              {timeAgo(contact.updatedAt)}
            </time>
          </p>
        )}
      </div>
    </section>
  );
}

function saveContactPatch(
  key: ProfileKey,
  identity: { aliases: string[]; confirmed?: string[]; proven?: boolean; displayName?: string; headline?: string },
  patch: { level?: Level; addTags?: string[]; removeTags?: string[]; howWeMet?: string; followUpOn?: string },
) {
  return request('saveContact', { ref: key, identity, patch });
}

function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="b-panel__section">
      <label className="b-panel__label" htmlFor={id}>
        {label}
      </label>
      {children(id)}
    </div>
  );
}

/** A text or date input that saves when the user leaves it or presses Enter, and follows the stored value otherwise. */
function CommitInput({
  id,
  type,
  value,
  maxLength,
  onCommit,
}: {
  id: string;
  type: 'text' | 'date';
  value: string;
  maxLength?: number;
  onCommit: (value: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  // The stored value when editing began: an untouched field writes nothing, so it cannot undo a change
  // made elsewhere meanwhile.
  const [base, setBase] = useState(value);
  const [editing, setEditing] = useState(false);
  const commit = () => {
    if (!editing) return;
    setEditing(false);
    if (draft !== base) onCommit(type === 'text' ? draft.trim() : draft);
  };
  return (
    <input
      id={id}
      type={type}
      value={editing ? draft : value}
      dir="auto"
      maxLength={maxLength}
      onFocus={() => {
        setDraft(value);
        setBase(value);
        setEditing(true);
      }}
      onChange={(event) => {
        if (!editing) setBase(value);
        setEditing(true);
        setDraft(event.target.value);
        // Date pickers commit on change: there is no typing in progress to wait for.
        if (
          type === 'date' &&
          event.target.value !== value &&
          (event.target.value === '' || /^\d{4}-\d{2}-\d{2}$/.test(event.target.value))
        ) {
          onCommit(event.target.value);
        }
      }}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          commit();
        }
      }}
    />
  );
}

/** Tags as removable chips plus an input with suggestions from tags already in use (a <datalist>). */
function TagEditor({
  id,
  tags,
  suggestions,
  onAdd,
  onRemove,
}: {
  id: string;
  tags: string[];
  suggestions: string[];
  /** Additions and removals, never the whole list: a tag added elsewhere meanwhile stays. */
  onAdd: (tags: string[]) => void;
  onRemove: (tag: string) => void;
}) {
  const [draft, setDraft] = useState('');
  const listId = useId();
  const add = () => {
    const fresh = draft
      .split(',')
      .map((tag) => tag.trim().slice(0, 100))
      .filter((tag) => tag && !tags.some((existing) => existing.toLowerCase() === tag.toLowerCase()));
    setDraft('');
    if (fresh.length) onAdd(fresh);
  };
  return (
    <div className="b-panel__section">
      {tags.length > 0 && (
        <ul className="b-tags" aria-label="Tags">
          {tags.map((tag) => (
            <li key={tag} className="b-tag" dir="auto">
              {tag}
              <button type="button" aria-label={`Remove tag ${tag}`} onClick={() => onRemove(tag)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="b-row">
        <input
          id={id}
          type="text"
          list={listId}
          value={draft}
          placeholder="Add a tag"
          maxLength={200}
          style={{ flex: 1, width: 'auto' }}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ',') {
              event.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="b-button" onClick={add} disabled={!draft.trim()}>
          Add
        </button>
      </div>
      <datalist id={listId}>
        {suggestions
          .filter((tag) => !tags.includes(tag))
          .slice(0, 100)
          .map((tag) => (
            <option key={tag} value={tag} />
          ))}
      </datalist>
    </div>
  );
}
