/**
 * The background's in-memory directory of saved people: every alias to its contact, with the view the
 * badges show. Built once per service-worker life (about as long as reading the tables), then kept in
 * step with each write, so a page's batch of 200 links costs map lookups, not 200 IndexedDB requests.
 */
import type { BoundariesDb } from './db';
import type { ContactView, Note } from './model';
import type { ProfileKey } from './profile-id';

const LATEST_NOTES = 3;

interface State {
  idByAlias: Map<ProfileKey, ProfileKey>;
  views: Map<ProfileKey, ContactView>;
}

function toView(contact: ContactView['contact'], notes: Note[]): ContactView {
  const sorted = notes.sort((a, b) => b.updatedAt - a.updatedAt);
  return { contact, latestNotes: sorted.slice(0, LATEST_NOTES), noteCount: sorted.length };
}

export class Directory {
  private state: Promise<State> | null = null;

  constructor(private readonly db: BoundariesDb) {}

  /** Starts building in the background (e.g. when the worker wakes), so the first batch finds it ready. */
  warm(): void {
    this.state ??= this.build();
    this.state.catch(() => (this.state = null));
  }

  private async build(): Promise<State> {
    const { db } = this;
    return db.transaction('r', db.contacts, db.notes, async () => {
      const [contacts, notes] = await Promise.all([db.contacts.toArray(), db.notes.toArray()]);
      const notesByContact = new Map<ProfileKey, Note[]>();
      for (const note of notes) {
        const list = notesByContact.get(note.contactId);
        if (list) list.push(note);
        else notesByContact.set(note.contactId, [note]);
      }
      const state: State = { idByAlias: new Map(), views: new Map() };
      for (const contact of contacts) {
        state.views.set(contact.id, toView(contact, notesByContact.get(contact.id) ?? []));
        for (const alias of contact.aliases) if (!state.idByAlias.has(alias)) state.idByAlias.set(alias, contact.id);
      }
      return state;
    });
  }

  async lookup(keys: ProfileKey[]): Promise<Record<ProfileKey, ContactView | null>> {
    this.warm();
    const state = await this.state!;
    const result: Record<ProfileKey, ContactView | null> = {};
    for (const key of keys) {
      const id = state.idByAlias.get(key);
      result[key] = (id !== undefined && state.views.get(id)) || null;
    }
    return result;
  }

  /** Re-reads these contacts after a write (or drops them if deleted). Cheap: a few requests per contact. */
  async refresh(ids: ProfileKey[]): Promise<void> {
    if (!this.state) return;
    const state = await this.state.catch(() => null);
    if (!state) return;
    const { db } = this;
    for (const id of ids) {
      const [contact, notes] = await Promise.all([db.contacts.get(id), db.notes.where('contactId').equals(id).toArray()]);
      const previous = state.views.get(id);
      if (previous) for (const alias of previous.contact.aliases) if (state.idByAlias.get(alias) === id) state.idByAlias.delete(alias);
      if (!contact) {
        state.views.delete(id);
        continue;
      }
      state.views.set(id, toView(contact, notes));
      for (const alias of contact.aliases) {
        const other = state.idByAlias.get(alias);
        // An alias that moved here in a merge: the other record is gone.
        if (other !== undefined && other !== id) state.views.delete(other);
        state.idByAlias.set(alias, id);
      }
    }
  }

  /** For wide changes (imports, merges): rebuild on next use. */
  invalidate(): void {
    this.state = null;
  }
}
