/**
 * Instant search for the popup and manager: an in-memory index over names, headlines, tags and note
 * text, built on first use and dropped on any write. Case and accents do not matter.
 */
import type { BoundariesDb } from './db';
import type { Contact, ContactView, Level, Note } from './model';

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

export class SearchIndex {
  private entries: Promise<Entry[]> | null = null;

  constructor(private readonly db: BoundariesDb) {}

  invalidate(): void {
    this.entries = null;
  }

  private async build(): Promise<Entry[]> {
    const [contacts, notes] = await Promise.all([this.db.contacts.toArray(), this.db.notes.toArray()]);
    const notesByContact = new Map<string, Note[]>();
    for (const note of notes) {
      const list = notesByContact.get(note.contactId);
      if (list) list.push(note);
      else notesByContact.set(note.contactId, [note]);
    }
    return contacts
      .map((contact) => {
        const own = (notesByContact.get(contact.id) ?? []).sort((a, b) => b.updatedAt - a.updatedAt);
        const haystack = fold(
          [contact.displayName, contact.headline, contact.id, contact.circle, contact.howWeMet, ...contact.tags, ...own.map((n) => n.text)].join('\n'),
        );
        const recency = Math.max(contact.updatedAt, contact.lastInteractionAt, own[0]?.updatedAt ?? 0);
        return { view: { contact, latestNotes: own.slice(0, 3), noteCount: own.length }, haystack, recency };
      })
      .sort((a, b) => b.recency - a.recency);
  }

  async search(query: SearchQuery): Promise<{ total: number; items: ContactView[] }> {
    this.entries ??= this.build();
    const entries = await this.entries;
    const terms = fold(query.query).split(/\s+/).filter(Boolean);
    const today = todayIso();
    const items: ContactView[] = [];
    let total = 0;
    for (const { view, haystack } of entries) {
      const { contact } = view;
      if (query.level && contact.level !== query.level) continue;
      if (query.tag && !contact.tags.includes(query.tag)) continue;
      if (query.circle && contact.circle !== query.circle) continue;
      if (query.followUpDue && !isFollowUpDue(contact, today)) continue;
      if (!terms.every((term) => haystack.includes(term))) continue;
      total++;
      if (items.length < query.limit) items.push(view);
    }
    return { total, items };
  }
}
