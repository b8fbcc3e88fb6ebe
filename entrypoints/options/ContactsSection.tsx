import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { ContactEditor, splitTags } from '../../components/ContactEditor';
import { FilterSelects } from '../../components/FilterSelects';
import { LevelDot } from '../../components/LevelPicker';
import { hasFilters, useManagerStore, type ContactFilters } from '../../components/store';
import { timeAgo } from '../../components/time';
import { onStorageChange, request } from '../../storage/client';
import type { ContactRow } from '../../storage/manager-queries';
import { todayIso } from '../../storage/directory';
import { LEVELS, LEVEL_LABELS, type Contact, type Level, type Note } from '../../storage/model';

const ROW_HEIGHT = 44;
/** More contacts than this changed at once: re-read the whole table instead of patching it. */
const PATCH_LIMIT = 500;

function filterPayload(filters: ContactFilters) {
  return {
    query: filters.query,
    level: filters.level || undefined,
    tag: filters.tag || undefined,
    circle: filters.circle || undefined,
    followUpDue: filters.followUpDue || undefined,
  };
}

/**
 * `rows` with these contacts' rows replaced by what is stored now (gone if deleted or no longer matching),
 * newest activity first; null when the result would not have the table's total (re-read it whole).
 */
async function patch(
  rows: ContactRow[],
  ids: string[],
  filters: ReturnType<typeof filterPayload>,
): Promise<ContactRow[] | null> {
  const { rows: fresh, total } = await request('contactRows', { ids, ...filters });
  const changed = new Set(ids);
  const next = rows.filter((row) => !changed.has(row.contact.id)).concat(fresh);
  if (next.length !== total) return null;
  return next.sort((a, b) => b.activeAt - a.activeAt);
}

function filtersOf(state: ContactFilters): ContactFilters {
  return {
    query: state.query,
    level: state.level,
    tag: state.tag,
    circle: state.circle,
    followUpDue: state.followUpDue,
  };
}

/** The manager's contacts: filters, a virtualised table, bulk edits, delete with undo, one person's timeline. */
export function ContactsSection() {
  const store = useManagerStore();
  const { setFilters, selected, setSelected, toggleSelected, open, setOpen } = store;
  const [rows, setRows] = useState<ContactRow[] | null>(null);
  const [tags, setTags] = useState<string[]>([]);
  const [circles, setCircles] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [undo, setUndo] = useState<{ contacts: Contact[]; notes: Note[] } | null>(null);
  const [status, setStatus] = useState('');
  const [bulkTag, setBulkTag] = useState('');
  const ids = useId();
  const filterKey = JSON.stringify(filtersOf(store));

  /**
   * Every read of the table goes through one queue, one request at a time: a filter change reads the
   * whole list; a write elsewhere re-reads only the rows it touched (the whole list when it was wide, or
   * when the patched list's size disagrees with the total, e.g. after a merge). Changes arriving while
   * a read runs are gathered into the next one, so a burst of writes costs a few small reads, not one
   * whole-table read per write.
   */
  const pending = useRef({ running: false, full: false, ids: new Set<string>() });
  const current = useRef<ContactRow[] | null>(null);
  const show = (next: ContactRow[]) => {
    current.current = next;
    setRows(next);
  };

  const refresh = useCallback((change: 'all' | string[]) => {
    const queue = pending.current;
    if (change === 'all') queue.full = true;
    else for (const id of change) queue.ids.add(id);
    if (queue.running) return;
    queue.running = true;
    void (async () => {
      try {
        while (queue.full || queue.ids.size > 0) {
          const ids = [...queue.ids];
          const whole = queue.full || !current.current || ids.length > PATCH_LIMIT;
          queue.full = false;
          queue.ids.clear();
          const filters = filterPayload(filtersOf(useManagerStore.getState()));
          try {
            const [patched, allTags, allCircles] = await Promise.all([
              whole ? request('listContacts', filters) : patch(current.current!, ids, filters),
              request('listTags', {}),
              request('listCircles', {}),
            ]);
            show(patched ?? (await request('listContacts', filters)));
            setTags(allTags);
            setCircles(allCircles);
            setError(null);
          } catch (failure) {
            setError(failure instanceof Error ? failure.message : String(failure));
          }
        }
      } finally {
        queue.running = false;
      }
    })();
  }, []);

  useEffect(() => {
    // Typing in the search box: wait for a pause (each answer can hold thousands of rows).
    const timer = setTimeout(() => refresh('all'), JSON.parse(filterKey).query ? 150 : 0);
    return () => clearTimeout(timer);
  }, [filterKey, refresh]);
  useEffect(
    () =>
      onStorageChange((change) => {
        if (change.contacts.includes('*')) refresh('all');
        else if (change.contacts.length > 0) refresh(change.contacts);
      }),
    [refresh],
  );

  const visibleIds = useMemo(() => new Set(rows?.map((row) => row.contact.id) ?? []), [rows]);
  const chosen = useMemo(() => [...selected].filter((id) => visibleIds.has(id)), [selected, visibleIds]);
  const openRow = rows?.find((row) => row.contact.id === open) ?? null;

  async function bulk(change: { level?: Level; addTags?: string[]; removeTags?: string[] }, message: string) {
    if (chosen.length === 0) return;
    try {
      const { updated } = await request('bulkUpdateContacts', { refs: chosen, ...change });
      setStatus(`${message} for ${updated} ${updated === 1 ? 'contact' : 'contacts'}`);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  async function remove(refs: string[]) {
    try {
      const deleted = await request('bulkDeleteContacts', { refs });
      setUndo(deleted);
      setSelected([]);
      if (open && refs.includes(open)) setOpen(null);
      setStatus(`Deleted ${deleted.contacts.length} ${deleted.contacts.length === 1 ? 'contact' : 'contacts'}`);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  async function restore() {
    if (!undo) return;
    try {
      const { restored } = await request('bulkRestoreContacts', undo);
      setUndo(null);
      setStatus(`Restored ${restored} ${restored === 1 ? 'contact' : 'contacts'}`);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  return (
    <section className="b-section" aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>Contacts</h2>
      <div className="b-toolbar" role="search">
        <div className="b-field b-field--grow">
          <label htmlFor={`${ids}-q`}>Search</label>
          <input
            id={`${ids}-q`}
            type="search"
            placeholder="Names, headlines, tags, notes"
            value={store.query}
            onChange={(event) => setFilters({ query: event.target.value })}
          />
        </div>
        <FilterSelects idPrefix={ids} filters={store} tags={tags} circles={circles} onChange={setFilters} />
        <label className="b-check">
          <input
            type="checkbox"
            checked={store.followUpDue}
            onChange={(event) => setFilters({ followUpDue: event.target.checked })}
          />
          Follow-up due
        </label>
      </div>

      <div className="b-toolbar" aria-label="Bulk edit" role="group">
        <span className="b-muted" aria-live="polite">
          {rows === null
            ? 'Loading…'
            : `${rows.length.toLocaleString('en')} ${hasFilters(store) ? 'found' : rows.length === 1 ? 'contact' : 'contacts'}; ${chosen.length.toLocaleString('en')} selected`}
        </span>
        <button
          type="button"
          className="b-button"
          onClick={() => setSelected(rows?.map((row) => row.contact.id) ?? [])}
          disabled={!rows?.length}
        >
          Select all {rows && rows.length > 0 ? rows.length.toLocaleString('en') : ''}
        </button>
        <button type="button" className="b-button" onClick={() => setSelected([])} disabled={chosen.length === 0}>
          Select none
        </button>
        <div className="b-field">
          <label htmlFor={`${ids}-bulk-level`}>Set familiarity of selected</label>
          <select
            id={`${ids}-bulk-level`}
            value=""
            disabled={chosen.length === 0}
            onChange={(event) => {
              const level = event.target.value as Level;
              if (level) void bulk({ level }, `Familiarity set to “${LEVEL_LABELS[level]}”`);
            }}
          >
            <option value="">Choose…</option>
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {LEVEL_LABELS[level]}
              </option>
            ))}
          </select>
        </div>
        <div className="b-field">
          <label htmlFor={`${ids}-bulk-tag`}>Tags for selected</label>
          <input
            id={`${ids}-bulk-tag`}
            type="text"
            value={bulkTag}
            placeholder="e.g. conference"
            onChange={(event) => setBulkTag(event.target.value)}
          />
        </div>
        <button
          type="button"
          className="b-button"
          disabled={chosen.length === 0 || !splitTags(bulkTag).length}
          onClick={() => void bulk({ addTags: splitTags(bulkTag) }, 'Tags added')}
        >
          Add tags
        </button>
        <button
          type="button"
          className="b-button"
          disabled={chosen.length === 0 || !splitTags(bulkTag).length}
          onClick={() => void bulk({ removeTags: splitTags(bulkTag) }, 'Tags removed')}
        >
          Remove tags
        </button>
        <button type="button" className="b-button" disabled={chosen.length === 0} onClick={() => void remove(chosen)}>
          Delete selected
        </button>
      </div>

      <div className={openRow ? 'b-contacts b-contacts--open' : 'b-contacts'}>
        {rows && <ContactTable rows={rows} selected={selected} onToggle={toggleSelected} onOpen={setOpen} />}
        {openRow && (
          <section className="b-timeline" aria-labelledby={`${ids}-t`} data-boundaries="manager-timeline">
            <div className="b-row" style={{ justifyContent: 'space-between' }}>
              <h3 id={`${ids}-t`}>
                {openRow.contact.displayName || openRow.contact.id}: all notes ({openRow.noteCount})
              </h3>
              <div className="b-row">
                <button type="button" className="b-button" onClick={() => void remove([openRow.contact.id])}>
                  Delete contact
                </button>
                <button type="button" className="b-button" onClick={() => setOpen(null)}>
                  Close
                </button>
              </div>
            </div>
            {openRow.contact.headline && <p className="b-muted">{openRow.contact.headline}</p>}
            <p className="b-muted">Known as: {openRow.contact.aliases.join(', ')}</p>
            <ContactEditor
              refKey={openRow.contact.id}
              view={{ contact: openRow.contact, latestNotes: [], noteCount: openRow.noteCount }}
            />
          </section>
        )}
      </div>

      <p className="b-visually-hidden" role="status">
        {status}
      </p>
      {error && (
        <p role="alert" className="b-error">
          {error}
        </p>
      )}
      {undo && (
        <div className="b-toast" role="status" data-boundaries="undo-toast">
          <span>
            Deleted {undo.contacts.length} {undo.contacts.length === 1 ? 'contact' : 'contacts'} and {undo.notes.length}{' '}
            {undo.notes.length === 1 ? 'note' : 'notes'}.
          </span>
          <button type="button" className="b-button" onClick={() => void restore()}>
            Undo
          </button>
          <button type="button" className="b-link" onClick={() => setUndo(null)} aria-label="Dismiss">
            ✕
          </button>
        </div>
      )}
    </section>
  );
}

function ContactTable({
  rows,
  selected,
  onToggle,
  onOpen,
}: {
  rows: ContactRow[];
  selected: Set<string>;
  onToggle: (id: string) => void;
  onOpen: (id: string) => void;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is the virtualiser the project chose
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const today = todayIso();
  return (
    <div
      className="b-table"
      role="table"
      aria-label="All contacts"
      aria-rowcount={rows.length + 1}
      data-boundaries="contact-table"
    >
      <div role="rowgroup">
        <div className="b-table__head" role="row" aria-rowindex={1}>
          <span role="columnheader">
            <span className="b-visually-hidden">Selected</span>
          </span>
          <span role="columnheader">Name</span>
          <span role="columnheader">Familiarity</span>
          <span role="columnheader">Tags</span>
          <span role="columnheader">Follow up</span>
          <span role="columnheader">Notes</span>
          <span role="columnheader">Last active</span>
        </div>
      </div>
      <div className="b-table__scroll" ref={scroller} tabIndex={0} role="rowgroup">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }} role="none">
          {virtualizer.getVirtualItems().map((item) => {
            const { contact, noteCount, activeAt } = rows[item.index]!;
            const name = contact.displayName || contact.id;
            return (
              <div
                key={contact.id}
                className="b-table__row"
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={selected.has(contact.id)}
                data-contact-id={contact.id}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <span role="cell" className="b-cell">
                  <input
                    type="checkbox"
                    aria-label={`Select ${name}`}
                    checked={selected.has(contact.id)}
                    onChange={() => onToggle(contact.id)}
                  />
                </span>
                <span role="cell" className="b-cell b-cell--name">
                  <button type="button" className="b-link" onClick={() => onOpen(contact.id)} title={contact.headline}>
                    {name}
                  </button>
                </span>
                <span role="cell" className="b-cell">
                  <LevelDot level={contact.level} /> {LEVEL_LABELS[contact.level]}
                </span>
                <span role="cell" className="b-cell">
                  {contact.tags.join(', ')}
                </span>
                <span role="cell" className="b-cell">
                  {contact.followUpOn && contact.followUpOn <= today ? (
                    <span className="b-due">{contact.followUpOn}</span>
                  ) : (
                    contact.followUpOn
                  )}
                </span>
                <span role="cell" className="b-cell">
                  {noteCount}
                </span>
                <span role="cell" className="b-cell b-muted">
                  {activeAt ? timeAgo(activeAt) : ''}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
