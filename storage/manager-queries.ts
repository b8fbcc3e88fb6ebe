/**
 * Queries and bulk writes for the popup and the manager page (issue 7): recent contacts without the
 * search index, follow-ups due, the whole table, bulk level/tag edits, bulk delete with undo, and the
 * in-memory anchor diagnostics. Runs where the database is open (the background, unit tests).
 */
import type { BoundariesDb } from './db';
import type { Contact, ContactView, Level, Note } from './model';
import type { ProfileKey } from './profile-id';
import { todayIso } from './directory';

const LATEST_NOTES = 3;

/** Views of a few contacts with ONE notes query (not two per contact). */
export async function viewsOf(db: BoundariesDb, contacts: Contact[]): Promise<ContactView[]> {
  if (contacts.length === 0) return [];
  const notes = await db.notes
    .where('contactId')
    .anyOf(contacts.map((c) => c.id))
    .toArray();
  const byContact = new Map<string, Note[]>();
  for (const note of notes) {
    const list = byContact.get(note.contactId);
    if (list) list.push(note);
    else byContact.set(note.contactId, [note]);
  }
  return contacts.map((contact) => {
    const own = (byContact.get(contact.id) ?? []).sort((a, b) => b.updatedAt - a.updatedAt);
    return { contact, latestNotes: own.slice(0, LATEST_NOTES), noteCount: own.length };
  });
}

/** The `limit` most recently active contacts (edited, noted or messaged), newest first. */
export async function recentContacts(
  db: BoundariesDb,
  limit: number,
): Promise<{ total: number; items: ContactView[] }> {
  const [byEdit, byMessage, total] = await Promise.all([
    db.contacts.orderBy('updatedAt').reverse().limit(limit).toArray(),
    db.contacts.orderBy('lastInteractionAt').reverse().limit(limit).toArray(),
    db.contacts.count(),
  ]);
  const seen = new Map<ProfileKey, Contact>();
  for (const contact of [...byEdit, ...byMessage]) seen.set(contact.id, contact);
  const recency = (c: Contact) => Math.max(c.updatedAt, c.lastInteractionAt);
  const top = [...seen.values()].sort((a, b) => recency(b) - recency(a)).slice(0, limit);
  return { total, items: await viewsOf(db, top) };
}

/** Contacts whose follow-up date is today or earlier, most overdue first. */
export async function followUpsDue(
  db: BoundariesDb,
  limit: number,
  today = todayIso(),
): Promise<{ today: string; count: number; items: ContactView[] }> {
  // '' (no follow-up) sorts before every date, so the range below excludes it.
  const range = db.contacts.where('followUpOn').between('0000-00-00', today, true, true);
  const [count, due] = await Promise.all([range.clone().count(), range.limit(limit).toArray()]);
  return { today, count, items: await viewsOf(db, due) };
}

export async function countFollowUpsDue(db: BoundariesDb, today = todayIso()): Promise<number> {
  return db.contacts.where('followUpOn').between('0000-00-00', today, true, true).count();
}

/** Every circle in use, sorted. */
export async function listCircles(db: BoundariesDb): Promise<string[]> {
  const circles = (await db.contacts.orderBy('circle').uniqueKeys()) as string[];
  return circles.filter(Boolean).sort((a, b) => a.localeCompare(b));
}

export interface ContactRow {
  contact: Contact;
  noteCount: number;
  /** Latest activity: edit, note or message (epoch ms). */
  activeAt: number;
}

/** Every contact with its note count, most recently active first (the manager's table). */
export async function listContacts(db: BoundariesDb): Promise<ContactRow[]> {
  const contacts = await db.contacts.toArray();
  const counts = new Map<string, number>();
  await db.notes.orderBy('contactId').eachKey((key) => {
    const id = key as string;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  });
  return contacts
    .map((contact) => ({
      contact,
      noteCount: counts.get(contact.id) ?? 0,
      activeAt: Math.max(contact.updatedAt, contact.lastInteractionAt),
    }))
    .sort((a, b) => b.activeAt - a.activeAt);
}

export async function bulkUpdateContacts(
  db: BoundariesDb,
  ids: ProfileKey[],
  change: { level?: Level; addTags?: string[]; removeTags?: string[] },
  now = Date.now(),
): Promise<Contact[]> {
  return db.transaction('rw', db.contacts, async () => {
    const contacts = (await db.contacts.bulkGet(ids)).filter((c): c is Contact => !!c);
    const remove = new Set(change.removeTags ?? []);
    const updated = contacts.map((contact) => {
      const tags = [...new Set([...contact.tags.filter((tag) => !remove.has(tag)), ...(change.addTags ?? [])])].slice(
        0,
        50,
      );
      return { ...contact, ...(change.level && { level: change.level }), tags, updatedAt: now };
    });
    await db.contacts.bulkPut(updated);
    return updated;
  });
}

export async function bulkDeleteContacts(
  db: BoundariesDb,
  ids: ProfileKey[],
): Promise<{ contacts: Contact[]; notes: Note[] }> {
  return db.transaction('rw', db.contacts, db.notes, async () => {
    const contacts = (await db.contacts.bulkGet(ids)).filter((c): c is Contact => !!c);
    const present = contacts.map((c) => c.id);
    const notes = await db.notes.where('contactId').anyOf(present).toArray();
    await db.notes.where('contactId').anyOf(present).delete();
    await db.contacts.bulkDelete(present);
    return { contacts, notes };
  });
}

export async function bulkRestoreContacts(db: BoundariesDb, contacts: Contact[], notes: Note[]): Promise<number> {
  return db.transaction('rw', db.contacts, db.notes, async () => {
    await db.contacts.bulkPut(contacts);
    await db.notes.bulkPut(notes);
    return contacts.length;
  });
}

// ---------------------------------------------------------------------------------------------------
// Anchor diagnostics (local only, kept in memory by the background)

export interface AnchorReport {
  /** Which kind of LinkedIn page ("profile", "messaging", "feed", …). */
  pageKind: string;
  /** The selector chain's name ("profile.topCard"). */
  chain: string;
  found: boolean;
  at: number;
}

export interface AnchorStat {
  pageKind: string;
  chain: string;
  /** Whether the last look found it. */
  found: boolean;
  foundCount: number;
  missedCount: number;
  lastFoundAt: number;
  lastMissedAt: number;
  at: number;
}

export const MAX_ANCHOR_STATS = 500;

/** Per (page kind, chain): the latest outcome and counts. Capped; the stalest entries go first. */
export class AnchorLog {
  private readonly stats = new Map<string, AnchorStat>();

  add(reports: AnchorReport[]): void {
    for (const report of reports) {
      const key = `${report.pageKind}\u0000${report.chain}`;
      const stat = this.stats.get(key) ?? {
        pageKind: report.pageKind,
        chain: report.chain,
        found: report.found,
        foundCount: 0,
        missedCount: 0,
        lastFoundAt: 0,
        lastMissedAt: 0,
        at: 0,
      };
      if (report.found) {
        stat.foundCount++;
        stat.lastFoundAt = Math.max(stat.lastFoundAt, report.at);
      } else {
        stat.missedCount++;
        stat.lastMissedAt = Math.max(stat.lastMissedAt, report.at);
      }
      if (report.at >= stat.at) {
        stat.at = report.at;
        stat.found = report.found;
      }
      this.stats.delete(key);
      this.stats.set(key, stat);
    }
    while (this.stats.size > MAX_ANCHOR_STATS) this.stats.delete(this.stats.keys().next().value!);
  }

  list(): AnchorStat[] {
    return [...this.stats.values()].sort((a, b) => b.at - a.at);
  }

  load(stats: AnchorStat[]): void {
    for (const stat of stats.slice(-MAX_ANCHOR_STATS)) this.stats.set(`${stat.pageKind}\u0000${stat.chain}`, stat);
  }

  clear(): void {
    this.stats.clear();
  }
}
