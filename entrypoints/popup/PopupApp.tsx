import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { ContactEditor, type EditorIdentity } from '../../components/ContactEditor';
import { FilterSelects } from '../../components/FilterSelects';
import { LevelDot } from '../../components/LevelPicker';
import { followUpLabel, nudgeSummaryText } from '../../components/format';
import { hasFilters, usePopupStore, type ContactFilters } from '../../components/store';
import type { NudgeSummary } from '../../storage/api';
import { onStorageChange, request } from '../../storage/client';
import { LEVEL_LABELS, type ContactView, type Settings } from '../../storage/model';
import { keyFromProfileUrl, keysFromQuery } from '../../storage/profile-id';
import { takePrefetchedRecent } from './prefetch';

export const LIST_LIMIT = 30;
const WEEK = 7 * 24 * 3600_000;

interface ActivePerson {
  ref: string;
  identity?: EditorIdentity;
}

/**
 * The person on the active tab: a LinkedIn profile (`/in/<id>/`) from the URL, visible thanks to the
 * linkedin.com host permission (no "tabs" permission); a conversation through the content script, which
 * may answer `{boundaries: 'active-contact'}` with `{ref, displayName?, headline?}`; else keys in the query.
 */
async function readActivePerson(): Promise<ActivePerson | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.url || tab.id === undefined) return null;
  let url: URL;
  try {
    url = new URL(tab.url);
  } catch {
    return null;
  }
  if (!/(^|\.)linkedin\.com$/.test(url.hostname)) return null;
  const answer = await Promise.race([
    browser.tabs.sendMessage(tab.id, { boundaries: 'active-contact' }).catch(() => null) as Promise<unknown>,
    new Promise<null>((resolve) => setTimeout(() => resolve(null), 400)),
  ]);
  const reply = answer as { ref?: unknown; aliases?: unknown; displayName?: unknown; headline?: unknown } | null;
  const fromUrl = keyFromProfileUrl(url.href) ?? keysFromQuery(url.href)[0] ?? null;
  const ref = typeof reply?.ref === 'string' ? reply.ref : fromUrl;
  if (!ref) return null;
  return {
    ref,
    identity: {
      aliases: Array.isArray(reply?.aliases)
        ? reply.aliases.filter((alias): alias is string => typeof alias === 'string').slice(0, 20)
        : [],
      displayName: typeof reply?.displayName === 'string' ? reply.displayName : undefined,
      headline: typeof reply?.headline === 'string' ? reply.headline : undefined,
    },
  };
}

function currentFilters(state: ContactFilters): ContactFilters {
  return {
    query: state.query,
    level: state.level,
    tag: state.tag,
    circle: state.circle,
    followUpDue: state.followUpDue,
  };
}

export function PopupApp() {
  const filters = usePopupStore();
  const { setFilters, clearFilters } = filters;
  const [results, setResults] = useState<{ total: number; items: ContactView[]; query: string } | null>(null);
  const [due, setDue] = useState<{ today: string; count: number; items: ContactView[] } | null>(null);
  const [active, setActive] = useState<ActivePerson | null>(null);
  const [activeView, setActiveView] = useState<ContactView | null>(null);
  const [summary, setSummary] = useState<NudgeSummary | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [tags, setTags] = useState<string[]>([]);
  const [circles, setCircles] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [openedAt] = useState(() => Date.now());
  const seq = useRef(0);
  const painted = useRef(false);
  const pendingSearch = useRef<string | null>(null);
  const ids = useId();
  const filterKey = JSON.stringify(currentFilters(filters));

  const loadResults = useCallback(async (wanted: ContactFilters) => {
    const mine = ++seq.current;
    try {
      const found = hasFilters(wanted)
        ? await request('searchContacts', {
            query: wanted.query,
            level: wanted.level || undefined,
            tag: wanted.tag || undefined,
            circle: wanted.circle || undefined,
            followUpDue: wanted.followUpDue || undefined,
            limit: 50,
          })
        : await (takePrefetchedRecent() ?? request('recentContacts', { limit: LIST_LIMIT }));
      if (mine === seq.current) setResults({ ...found, query: wanted.query });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }, []);

  const loadSide = useCallback(async () => {
    const safe = <T,>(promise: Promise<T>, apply: (value: T) => void) =>
      promise.then(apply).catch((failure: Error) => setError(failure.message));
    await Promise.all([
      safe(request('followUpsDue', { limit: 20 }), setDue),
      safe(request('eventSummary', {}), setSummary),
      safe(request('getSettings', {}), setSettings),
      safe(request('listTags', {}), setTags),
      safe(request('listCircles', {}), setCircles),
    ]);
  }, []);

  const loadActive = useCallback(async () => {
    try {
      const person = await readActivePerson();
      setActive((previous) => (previous?.ref === person?.ref ? previous : person));
      setActiveView(person ? await request('getContact', { ref: person.ref }) : null);
    } catch {
      setActive(null);
    }
  }, []);

  // Results follow the filters.
  useEffect(() => {
    void Promise.resolve(JSON.parse(filterKey) as ContactFilters).then(loadResults);
  }, [filterKey, loadResults]);

  // Everything else once, then live: any write anywhere re-reads what is shown.
  useEffect(() => {
    // The list paints first; the rest follows a moment later so it does not compete with it.
    const side = setTimeout(() => void loadSide(), 60);
    void Promise.resolve().then(loadActive);
    const unsubscribe = onStorageChange(() => {
      void loadResults(currentFilters(usePopupStore.getState()));
      void loadSide();
      void loadActive();
    });
    const onTab = () => void loadActive();
    browser.tabs.onActivated.addListener(onTab);
    browser.tabs.onUpdated.addListener(onTab);
    return () => {
      clearTimeout(side);
      unsubscribe();
      browser.tabs.onActivated.removeListener(onTab);
      browser.tabs.onUpdated.removeListener(onTab);
    };
  }, [loadResults, loadSide, loadActive]);

  // Timing marks for the benchmark: first contacts painted; keystroke to results.
  useEffect(() => {
    if (!results) return;
    if (!painted.current && results.items.length > 0) {
      painted.current = true;
      performance.mark('boundaries:contacts-painted');
    }
    if (pendingSearch.current !== null && pendingSearch.current === results.query) {
      pendingSearch.current = null;
      performance.measure('boundaries:search', 'boundaries:search-input');
    }
  }, [results]);

  const backupDue =
    settings &&
    settings.backupReminderWeeks > 0 &&
    openedAt - settings.lastBackupAt >= settings.backupReminderWeeks * WEEK;
  const filtered = hasFilters(filters);
  const today = due?.today ?? '';
  const activeName = activeView?.contact.displayName || active?.identity?.displayName || active?.ref;

  return (
    <main className="b-popup" aria-label="Boundaries">
      <header className="b-popup__header">
        <h1>Boundaries</h1>
        <button type="button" className="b-button" onClick={() => void browser.runtime.openOptionsPage()}>
          Open manager
        </button>
      </header>

      {backupDue && (
        <div className="b-banner" role="status">
          <span>
            {settings.lastBackupAt ? 'It is time for a backup of your notes.' : 'Your notes have never been backed up.'}
          </span>
          <button
            type="button"
            className="b-button"
            onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/options.html#backup') })}
          >
            Back up in the manager
          </button>
        </div>
      )}

      {active && (
        <section className="b-current" aria-labelledby={`${ids}-current`} data-boundaries="popup-current">
          <div>
            <h2 id={`${ids}-current`}>On this page: {activeName}</h2>
            {(activeView?.contact.headline || active.identity?.headline) && (
              <p className="b-muted">{activeView?.contact.headline || active.identity?.headline}</p>
            )}
          </div>
          <ContactEditor refKey={active.ref} view={activeView} identity={active.identity} compact notesLimit={3} />
        </section>
      )}

      <section className="b-section b-search" aria-label="Find contacts">
        <input
          type="search"
          aria-label="Search contacts"
          placeholder="Search names, headlines, tags, notes"
          value={filters.query}
          autoFocus={!active}
          onChange={(event) => {
            performance.mark('boundaries:search-input');
            pendingSearch.current = event.target.value;
            setFilters({ query: event.target.value });
          }}
        />
        <div className="b-filters">
          <FilterSelects idPrefix={ids} filters={filters} tags={tags} circles={circles} onChange={setFilters} />
        </div>
        <div className="b-row">
          <label className="b-check">
            <input
              type="checkbox"
              checked={filters.followUpDue}
              onChange={(event) => setFilters({ followUpDue: event.target.checked })}
            />
            Follow-up due
          </label>
          {filtered && (
            <button type="button" className="b-link" onClick={clearFilters}>
              Clear search and filters
            </button>
          )}
        </div>
      </section>

      {!filtered && due && due.count > 0 && (
        <section className="b-section" aria-labelledby={`${ids}-due`} data-boundaries="popup-follow-ups">
          <h2 id={`${ids}-due`}>
            Follow-ups due <span className="b-due">{due.count}</span>
          </h2>
          <PersonList items={due.items} today={today} idPrefix={`${ids}-due`} />
        </section>
      )}

      <section className="b-section" aria-labelledby={`${ids}-results`} data-boundaries="popup-results">
        <h2 id={`${ids}-results`} aria-live="polite">
          {results === null
            ? 'Loading…'
            : filtered
              ? `${results.total} found`
              : results.total === 0
                ? 'No contacts yet'
                : `Recent (${results.total} in all)`}
        </h2>
        {results && results.total === 0 && !filtered && (
          <p className="b-muted">
            Open someone’s LinkedIn profile to add a note, or import LinkedIn’s Connections.csv in the manager.
          </p>
        )}
        {results && <PersonList items={results.items} today={today} idPrefix={`${ids}-r`} />}
      </section>

      {error && (
        <p role="alert" className="b-error">
          {error}
        </p>
      )}
      {summary && (
        <p className="b-summary" data-boundaries="nudge-summary">
          {nudgeSummaryText(summary)}
        </p>
      )}
    </main>
  );
}

function PersonList({ items, today, idPrefix }: { items: ContactView[]; today: string; idPrefix: string }) {
  const expanded = usePopupStore((state) => state.expanded);
  const toggle = usePopupStore((state) => state.toggleExpanded);
  return (
    <ul className="b-list">
      {items.map((view) => {
        const { contact } = view;
        const open = expanded === `${idPrefix}:${contact.id}`;
        const bodyId = `${idPrefix}-${contact.id}`.replace(/[^\w-]/g, '_');
        const sub =
          followUpLabel(contact.followUpOn, today) ||
          contact.headline ||
          view.latestNotes[0]?.text ||
          contact.tags.join(', ');
        return (
          <li key={contact.id} className="b-person" data-contact-id={contact.id}>
            <button
              type="button"
              className="b-person__toggle"
              aria-expanded={open}
              aria-controls={bodyId}
              onClick={() => toggle(`${idPrefix}:${contact.id}`)}
            >
              <LevelDot level={contact.level} />
              <span className="b-person__name">{contact.displayName || contact.id}</span>
              <span className="b-person__level">{LEVEL_LABELS[contact.level]}</span>
              {sub && <span className="b-person__sub">{sub}</span>}
            </button>
            {open && (
              <div id={bodyId} className="b-person__body">
                <ContactEditor refKey={contact.id} view={view} compact notesLimit={3} />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
