/**
 * The background's in-memory directory of saved people, built once per service-worker life (about as
 * long as reading the tables) and kept in step with each write:
 * - every alias to its contact, with the view badges show, so a page's batch of 200 links costs map
 *   lookups rather than 200 IndexedDB requests;
 * - a folded haystack per contact (names, headline, tags, note text) for the popup's instant search.
 */
import type { BoundariesDb } from './db';
import type { Contact, ContactView, Level, Note } from './model';
import type { ProfileKey } from './profile-id';

const LATEST_NOTES = 3;
const BUILD_CHUNK = 2_000;

export interface SearchQuery {
  query: string;
  level?: Level;
  tag?: string;
  circle?: string;
  followUpDue?: boolean;
  limit: number;
}

interface Entry {
  view: ContactView;
  haystack: string;
  recency: number;
}

interface State {
  idByAlias: Map<ProfileKey, ProfileKey>;
  entries: Map<ProfileKey, Entry>;
  /** Entries by recency, most recent first; rebuilt lazily after a write. */
  byRecency: Entry[] | null;
  /** Distinct tags and circles, kept until a write changes someone's tags or circle. */
  distinct: { tags?: string[]; circle?: string[] };
}

/** Case- and accent-insensitive form for matching. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function todayIso(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

export function isFollowUpDue(contact: Contact, today = todayIso()): boolean {
  return contact.followUpOn !== '' && contact.followUpOn <= today;
}

function entryOf(contact: Contact, notes: Note[]): Entry {
  const own = notes.sort((a, b) => b.updatedAt - a.updatedAt);
  const haystack = fold(
    [
      contact.displayName,
      contact.headline,
      contact.id,
      contact.circle,
      contact.howWeMet,
      ...contact.tags,
      ...own.map((note) => note.text),
    ].join('\n'),
  );
  return {
    view: { contact, latestNotes: own.slice(0, LATEST_NOTES), noteCount: own.length },
    haystack,
    recency: Math.max(contact.updatedAt, contact.lastInteractionAt, own[0]?.updatedAt ?? 0),
  };
}

/** A test for one entry against a query's terms and filters. */
function matcher(query: Omit<SearchQuery, 'limit'>): (entry: Entry) => boolean {
  const terms = fold(query.query).split(/\s+/).filter(Boolean);
  const today = todayIso();
  return ({ view: { contact }, haystack }) =>
    (!query.level || contact.level === query.level) &&
    (!query.tag || contact.tags.includes(query.tag)) &&
    (!query.circle || contact.circle === query.circle) &&
    (!query.followUpDue || isFollowUpDue(contact, today)) &&
    terms.every((term) => haystack.includes(term));
}

/** Rows in primary-key order, a chunk at a time, yielding to other work between chunks. */
async function* chunks<T extends { id: string }>(read: (after: string | null) => Promise<T[]>): AsyncGenerator<T[]> {
  let after: string | null = null;
  for (;;) {
    const chunk = await read(after);
    if (chunk.length === 0) return;
    yield chunk;
    after = chunk[chunk.length - 1]!.id;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

export class Directory {
  private state: Promise<State> | null = null;
  /** The state once built, for answers that should not wait for (or start) a build. */
  private built: State | null = null;
  /** Contacts written since the directory last read them. */
  private readonly dirty = new Set<ProfileKey>();
  private refreshing: Promise<void> | null = null;

  constructor(private readonly db: BoundariesDb) {}

  /** Starts building in the background, so the first lookup or keystroke finds it ready. */
  warm(): Promise<State> {
    if (!this.state) {
      const state = this.build();
      this.state = state;
      state.then(
        (ready) => this.state === state && (this.built = ready),
        () => this.state === state && (this.state = null),
      );
    }
    return this.state;
  }

  /**
   * Reads the tables in chunks by primary key, yielding between chunks so requests that arrive meanwhile
   * (the popup's first list, a single lookup) are not stuck behind a 10,000-contact read. Writes made
   * during the build are safe: `refresh` waits for the build, then re-reads what they touched.
   */
  private async build(): Promise<State> {
    const state: State = { idByAlias: new Map(), entries: new Map(), byRecency: null, distinct: {} };
    const notesByContact = new Map<ProfileKey, Note[]>();
    for await (const notes of chunks((after) =>
      (after === null ? this.db.notes.orderBy(':id') : this.db.notes.where(':id').above(after))
        .limit(BUILD_CHUNK)
        .toArray(),
    )) {
      for (const note of notes) {
        const list = notesByContact.get(note.contactId);
        if (list) list.push(note);
        else notesByContact.set(note.contactId, [note]);
      }
    }
    for await (const contacts of chunks((after) =>
      (after === null ? this.db.contacts.orderBy(':id') : this.db.contacts.where(':id').above(after))
        .limit(BUILD_CHUNK)
        .toArray(),
    )) {
      for (const contact of contacts) {
        state.entries.set(contact.id, entryOf(contact, notesByContact.get(contact.id) ?? []));
        for (const alias of contact.aliases) if (!state.idByAlias.has(alias)) state.idByAlias.set(alias, contact.id);
      }
    }
    return state;
  }

  async lookup(keys: ProfileKey[]): Promise<Record<ProfileKey, ContactView | null>> {
    const state = await this.ready();
    const result: Record<ProfileKey, ContactView | null> = Object.create(null);
    for (const key of keys) {
      const id = state.idByAlias.get(key);
      result[key] = (id !== undefined && state.entries.get(id)?.view) || null;
    }
    return result;
  }

  /** Contacts matching every search term and filter, most recently active first. */
  async search(query: SearchQuery): Promise<{ total: number; items: ContactView[] }> {
    const state = await this.ready();
    state.byRecency ??= [...state.entries.values()].sort((a, b) => b.recency - a.recency);
    const matches = matcher(query);
    const items: ContactView[] = [];
    let total = 0;
    for (const entry of state.byRecency) {
      if (!matches(entry)) continue;
      total++;
      if (items.length < query.limit) items.push(entry.view);
    }
    return { total, items };
  }

  /**
   * Of these contacts, the ones matching the filters (with their activity time), and how many match in
   * all: what a list showing `filters` needs to bring just these rows up to date after a write.
   */
  async rowsOf(
    ids: ProfileKey[],
    filters: Omit<SearchQuery, 'limit'>,
  ): Promise<{ rows: { view: ContactView; activeAt: number }[]; total: number }> {
    const state = await this.ready();
    const matches = matcher(filters);
    const rows: { view: ContactView; activeAt: number }[] = [];
    for (const id of new Set(ids)) {
      const entry = state.entries.get(id);
      if (entry && matches(entry)) rows.push({ view: entry.view, activeAt: entry.recency });
    }
    const unfiltered =
      !filters.query.trim() && !filters.level && !filters.tag && !filters.circle && !filters.followUpDue;
    let total = unfiltered ? state.entries.size : 0;
    if (!unfiltered) for (const entry of state.entries.values()) if (matches(entry)) total++;
    return { rows, total };
  }

  /**
   * Notes that these contacts were written (or deleted). Costs nothing now: the next answer re-reads all
   * contacts written since the last one in two bulk reads, so a burst of 1,000 saves with no reader in
   * between costs one refresh, not 1,000. Call it after the write committed and before anyone is told.
   */
  markChanged(ids: Iterable<ProfileKey>): void {
    // Not built (or being rebuilt from scratch): the build reads everything anyway, but a build already
    // reading may have passed these rows, so they are re-read once it is done.
    if (!this.state) return;
    for (const id of ids) this.dirty.add(id);
  }

  /** The state with every write noted so far applied (waits for a build, then for pending refreshes). */
  private async ready(): Promise<State> {
    for (;;) {
      const state = await this.warm();
      if (this.dirty.size === 0 && !this.refreshing) return state;
      if (!this.refreshing) {
        const ids = [...this.dirty];
        this.dirty.clear();
        const refreshing = this.refresh(state, ids).finally(() => {
          if (this.refreshing === refreshing) this.refreshing = null;
        });
        this.refreshing = refreshing;
      }
      // Another write may land while this refresh reads: loop until nothing is pending.
      await this.refreshing.catch(() => this.invalidate());
    }
  }

  /** Re-reads these contacts (or drops the deleted ones): two bulk reads for the whole set. */
  private async refresh(state: State, ids: ProfileKey[]): Promise<void> {
    const { db } = this;
    const [contacts, notes] = await Promise.all([
      db.contacts.bulkGet(ids),
      db.notes.where('contactId').anyOf(ids).toArray(),
    ]);
    const notesByContact = new Map<ProfileKey, Note[]>();
    for (const note of notes) {
      const list = notesByContact.get(note.contactId);
      if (list) list.push(note);
      else notesByContact.set(note.contactId, [note]);
    }
    state.byRecency = null;
    ids.forEach((id, index) => {
      const contact = contacts[index];
      const previous = state.entries.get(id);
      const before = previous?.view.contact;
      if (before?.circle !== contact?.circle) delete state.distinct.circle;
      if (before?.tags.join('\n') !== contact?.tags.join('\n')) delete state.distinct.tags;
      if (previous)
        for (const alias of previous.view.contact.aliases)
          if (state.idByAlias.get(alias) === id) state.idByAlias.delete(alias);
      if (!contact) {
        state.entries.delete(id);
        return;
      }
      state.entries.set(id, entryOf(contact, notesByContact.get(id) ?? []));
      for (const alias of contact.aliases) {
        const other = state.idByAlias.get(alias);
        // An alias that moved here in a merge: the other record is gone.
        if (other !== undefined && other !== id && state.entries.delete(other)) state.distinct = {};
        state.idByAlias.set(alias, id);
      }
    });
  }

  /** For wide changes (imports, bulk edits): rebuild on next use. */
  invalidate(): void {
    this.state = null;
    this.built = null;
    this.dirty.clear();
  }

  get isBuilt(): boolean {
    return this.built !== null;
  }

  /** Distinct values of a contact field across everyone (tags, circles), sorted; null until built. */
  async distinct(field: 'tags' | 'circle'): Promise<string[] | null> {
    if (!this.built) return null;
    const state = await this.ready();
    const cached = state.distinct[field];
    if (cached) return cached;
    const values = new Set<string>();
    for (const { view } of state.entries.values()) {
      const value = view.contact[field];
      for (const item of Array.isArray(value) ? value : [value]) if (item) values.add(item);
    }
    return (state.distinct[field] = [...values].sort((a, b) => a.localeCompare(b)));
  }
}
