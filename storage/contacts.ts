/**
 * Contact repository: queries, alias resolution and merges over the database. Runs where the database
 * is open (the background, extension pages, unit tests with fake-indexeddb).
 */
import type { BoundariesDb } from './db';
import type { NoteUpdate, NudgeSummary } from './api';
import type { ContactPatch } from './schemas';
import {
  DEFAULT_SETTINGS,
  LEVEL_STRICTNESS,
  emptyContact,
  type Contact,
  type ContactView,
  type LoggedEvent,
  type MergeRecord,
  type Note,
  type Settings,
} from './model';
import type { ProfileKey } from './profile-id';

const LATEST_NOTES = 3;

export interface Identity {
  aliases?: ProfileKey[];
  /** Aliases two different page elements agree on: only these may merge two stored people. */
  confirmed?: ProfileKey[];
  /** The page proved name and headline belong to `key`'s person: they replace stored ones (repair). */
  proven?: boolean;
  displayName?: string;
  headline?: string;
}

function newId(): string {
  return crypto.randomUUID();
}

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/**
 * `tags` with `remove` taken out and `add` appended (trimmed; a tag already there in another case is not
 * added twice), at most 50.
 */
export function editTags(tags: string[], add: string[], remove: string[]): string[] {
  const removed = new Set(remove.map((tag) => tag.trim().toLowerCase()));
  const next = tags.filter((tag) => !removed.has(tag.toLowerCase()));
  const present = new Set(next.map((tag) => tag.toLowerCase()));
  for (const raw of add) {
    const tag = raw.trim();
    if (!tag || present.has(tag.toLowerCase())) continue;
    present.add(tag.toLowerCase());
    next.push(tag);
  }
  return next.slice(0, 50);
}

/** Contacts known under any of these keys, oldest first. */
async function findByAliases(db: BoundariesDb, keys: ProfileKey[]): Promise<Contact[]> {
  if (keys.length === 0) return [];
  const found = await db.contacts.where('aliases').anyOf(unique(keys)).distinct().toArray();
  return found.sort((a, b) => a.createdAt - b.createdAt);
}

export async function viewOf(db: BoundariesDb, contact: Contact): Promise<ContactView> {
  const notes = await db.notes.where('contactId').equals(contact.id).toArray();
  notes.sort((a, b) => b.updatedAt - a.updatedAt);
  return { contact, latestNotes: notes.slice(0, LATEST_NOTES), noteCount: notes.length };
}

export async function getContact(db: BoundariesDb, key: ProfileKey): Promise<ContactView | null> {
  const [contact] = await findByAliases(db, [key]);
  return contact ? viewOf(db, contact) : null;
}

/**
 * Folds `others` into `primary` when new aliases show they are the same person: aliases and tags are
 * united, empty fields filled, the stricter level kept, notes moved. Nothing is dropped.
 */
function mergeInto(primary: Contact, others: Contact[]): Contact {
  const merged: Contact = { ...primary, aliases: [...primary.aliases], tags: [...primary.tags] };
  for (const other of others) {
    merged.aliases = unique([...merged.aliases, ...other.aliases]);
    merged.tags = unique([...merged.tags, ...other.tags]);
    for (const field of ['displayName', 'headline', 'circle', 'howWeMet', 'followUpOn'] as const) {
      if (!merged[field]) merged[field] = other[field];
    }
    if (LEVEL_STRICTNESS[other.level] > LEVEL_STRICTNESS[merged.level]) merged.level = other.level;
    merged.lastInteractionAt = Math.max(merged.lastInteractionAt, other.lastInteractionAt);
    merged.driftCheck = merged.driftCheck && other.driftCheck;
    merged.createdAt = Math.min(merged.createdAt, other.createdAt);
  }
  return merged;
}

/** Pairs of contact ids the user split again (an undone merge): never merged automatically again. */
async function splitPairs(db: BoundariesDb): Promise<Set<string>> {
  const pairs = new Set<string>();
  await db.merges.each((merge) => {
    if (!merge.undoneAt) return;
    for (const { contact } of merge.absorbed) {
      pairs.add(`${merge.primary.id}\n${contact.id}`);
      pairs.add(`${contact.id}\n${merge.primary.id}`);
    }
  });
  return pairs;
}

/**
 * The contact for `key` (and the page's aliases), created if missing. Two stored people are merged
 * only on evidence one page element cannot give alone: the record found by `key` itself absorbs the
 * records found by CONFIRMED aliases (two elements agreed), never ones a single alias points at, and
 * never a pair the user split again. Each merge is logged for the manager's undo. An unconfirmed alias
 * that already belongs to someone else is not added; from a page that names its confirmed aliases, an
 * unconfirmed one is neither added nor used to find anyone. Must run inside a rw transaction over
 * contacts, notes and merges.
 */
async function resolveForWrite(
  db: BoundariesDb,
  key: ProfileKey,
  identity: Identity | undefined,
  now: number,
): Promise<{ contact: Contact; changed: boolean }> {
  // A page that says which aliases two of its elements agree on (a profile page) lends only those: an id
  // one element claims (a stale render, a lying page) would otherwise tie someone else to this person,
  // in lookups (their conversations show this person's notes) and at their next save (issue 14 item 5).
  const vouched = identity?.confirmed && new Set(identity.confirmed);
  const aliases = unique([key, ...(identity?.aliases ?? []).filter((alias) => !vouched || vouched.has(alias))]);
  const confirmed = new Set([key, ...(identity?.confirmed ?? []).filter((alias) => aliases.includes(alias))]);
  const found = await findByAliases(db, aliases);
  let contact: Contact;
  let changed = false;
  const keep = new Set<ProfileKey>(aliases);
  if (found.length === 0) {
    contact = emptyContact(key, now);
    changed = true;
  } else {
    const byKey = found.find((c) => c.aliases.includes(key));
    const reachedByConfirmed = found.filter((c) => c.aliases.some((alias) => confirmed.has(alias)));
    const primary = byKey ?? reachedByConfirmed[0] ?? found[0]!;
    const split = found.length > 1 ? await splitPairs(db) : new Set<string>();
    const others = reachedByConfirmed.filter((c) => c !== primary && !split.has(`${primary.id}\n${c.id}`));
    // Aliases that lead to someone not merged stay theirs.
    for (const c of found) {
      if (c === primary || others.includes(c)) continue;
      for (const alias of c.aliases) keep.delete(alias);
    }
    contact = others.length
      ? mergeInto(primary, others)
      : { ...primary, aliases: [...primary.aliases], tags: [...primary.tags] };
    if (others.length) {
      changed = true;
      const absorbed: MergeRecord['absorbed'] = [];
      for (const other of others) {
        const noteIds = (await db.notes.where('contactId').equals(other.id).primaryKeys()) as string[];
        await db.notes.where('contactId').equals(other.id).modify({ contactId: contact.id });
        await db.contacts.delete(other.id);
        absorbed.push({ contact: other, noteIds });
      }
      await db.merges.add({ at: now, primary, absorbed });
    }
  }
  const before = contact.aliases.length;
  contact.aliases = unique([...contact.aliases, ...aliases.filter((alias) => keep.has(alias))]);
  if (contact.aliases.length !== before) changed = true;
  for (const field of ['displayName', 'headline'] as const) {
    const value = identity?.[field];
    // A proven page repairs what is stored (a name once taken from a stale render); otherwise fill gaps only.
    if (value && value !== contact[field] && (identity?.proven || !contact[field])) {
      contact[field] = value;
      changed = true;
    }
  }
  return { contact, changed };
}

/** Merges of stored people, newest first (the manager lists them with an undo). */
export async function listMerges(db: BoundariesDb): Promise<MergeRecord[]> {
  return await db.merges.orderBy('at').reverse().limit(200).toArray();
}

/**
 * Splits a merge: the absorbed records come back as they were, their notes move back, and the merged
 * record loses the aliases, tags and filled-in fields it took from them (later edits stay).
 * Returns the ids of every contact touched, or null if there is no such merge or it was undone.
 */
export async function undoMerge(db: BoundariesDb, id: number, now = Date.now()): Promise<ProfileKey[] | null> {
  return db.transaction('rw', db.contacts, db.notes, db.merges, async () => {
    const merge = await db.merges.get(id);
    if (!merge || merge.undoneAt) return null;
    const touched: ProfileKey[] = [merge.primary.id];
    const current = await db.contacts.get(merge.primary.id);
    for (const { contact, noteIds } of merge.absorbed) {
      if (await db.contacts.get(contact.id)) continue; // someone with that id exists again: leave both alone
      await db.contacts.put({ ...contact, updatedAt: now });
      const notes = (await db.notes.bulkGet(noteIds)).filter(
        (note): note is Note => note?.contactId === merge.primary.id,
      );
      await db.notes.bulkPut(notes.map((note) => ({ ...note, contactId: contact.id })));
      touched.push(contact.id);
    }
    if (current) {
      const theirs = new Set(merge.absorbed.flatMap(({ contact }) => contact.aliases));
      const mine = new Set(merge.primary.aliases);
      const next: Contact = { ...current, updatedAt: now };
      next.aliases = current.aliases.filter((alias) => mine.has(alias) || !theirs.has(alias));
      const theirTags = new Set(merge.absorbed.flatMap(({ contact }) => contact.tags));
      next.tags = current.tags.filter((tag) => merge.primary.tags.includes(tag) || !theirTags.has(tag));
      for (const field of ['displayName', 'headline', 'circle', 'howWeMet', 'followUpOn'] as const) {
        if (
          !merge.primary[field] &&
          merge.absorbed.some(({ contact }) => contact[field] && contact[field] === current[field])
        )
          next[field] = merge.primary[field];
      }
      if (
        current.level !== merge.primary.level &&
        merge.absorbed.some(({ contact }) => contact.level === current.level)
      )
        next.level = merge.primary.level;
      await db.contacts.put(next);
    }
    await db.merges.update(id, { undoneAt: now });
    return touched;
  });
}

export async function saveContact(
  db: BoundariesDb,
  key: ProfileKey,
  identity: Identity | undefined,
  patch: ContactPatch,
  now = Date.now(),
): Promise<Contact> {
  return db.transaction('rw', db.contacts, db.notes, db.merges, async () => {
    const { contact, changed } = await resolveForWrite(db, key, identity, now);
    const { addTags, removeTags, ...fields } = patch;
    const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
    // A view that only confirms what is stored (the panel's repair check) writes nothing.
    if (!changed && Object.keys(defined).length === 0 && !addTags?.length && !removeTags?.length) return contact;
    const next: Contact = { ...contact, ...defined, updatedAt: now };
    if (patch.tags) next.tags = unique(patch.tags.map((tag) => tag.trim()).filter(Boolean));
    // Additions and removals apply to the tags stored now, so a tag added elsewhere meanwhile stays.
    if (addTags?.length || removeTags?.length) next.tags = editTags(next.tags, addTags ?? [], removeTags ?? []);
    await db.contacts.put(next);
    return next;
  });
}

export async function deleteContact(
  db: BoundariesDb,
  key: ProfileKey,
): Promise<{ contact: Contact; notes: Note[] } | null> {
  return db.transaction('rw', db.contacts, db.notes, async () => {
    const [contact] = await findByAliases(db, [key]);
    if (!contact) return null;
    const notes = await db.notes.where('contactId').equals(contact.id).toArray();
    await db.notes.where('contactId').equals(contact.id).delete();
    await db.contacts.delete(contact.id);
    return { contact, notes };
  });
}

export async function restoreContact(db: BoundariesDb, contact: Contact, notes: Note[]): Promise<Contact> {
  return db.transaction('rw', db.contacts, db.notes, async () => {
    await db.contacts.put(contact);
    await db.notes.bulkPut(notes.map((note) => ({ ...note, contactId: contact.id })));
    return contact;
  });
}

export async function listNotes(db: BoundariesDb, key: ProfileKey): Promise<Note[]> {
  const [contact] = await findByAliases(db, [key]);
  if (!contact) return [];
  const notes = await db.notes.where('contactId').equals(contact.id).toArray();
  return notes.sort((a, b) => b.createdAt - a.createdAt);
}

export async function addNote(
  db: BoundariesDb,
  key: ProfileKey,
  text: string,
  identity: Identity | undefined,
  now = Date.now(),
): Promise<{ note: Note; contact: Contact }> {
  return db.transaction('rw', db.contacts, db.notes, db.merges, async () => {
    const contact = { ...(await resolveForWrite(db, key, identity, now)).contact, updatedAt: now };
    const note: Note = { id: newId(), contactId: contact.id, text, createdAt: now, updatedAt: now };
    await db.contacts.put(contact);
    await db.notes.add(note);
    return { note, contact };
  });
}

/**
 * Saves an edited note. `baseUpdatedAt` is the version the editor started from: if the stored note has
 * changed since (another tab, the popup, sync) and says something else, neither edit is lost: the stored
 * note stays as it is and this text becomes a separate note beside it (same creation time), and the
 * result reports the conflict so the editor can say so. Versions strictly increase, so two edits in one
 * millisecond are still told apart.
 */
export async function updateNote(
  db: BoundariesDb,
  id: string,
  text: string,
  now = Date.now(),
  baseUpdatedAt?: number,
): Promise<NoteUpdate | null> {
  return db.transaction('rw', db.contacts, db.notes, async () => {
    const note = await db.notes.get(id);
    if (!note) return null;
    const at = Math.max(now, note.updatedAt + 1);
    if (baseUpdatedAt !== undefined && baseUpdatedAt !== note.updatedAt && note.text !== text) {
      const copy: Note = { id: newId(), contactId: note.contactId, text, createdAt: note.createdAt, updatedAt: at };
      await db.notes.add(copy);
      await db.contacts.update(note.contactId, { updatedAt: at });
      return { note: copy, conflict: { kept: note } };
    }
    if (note.text === text) return { note, conflict: null };
    const next = { ...note, text, updatedAt: at };
    await db.notes.put(next);
    await db.contacts.update(note.contactId, { updatedAt: at });
    return { note: next, conflict: null };
  });
}

export async function deleteNote(db: BoundariesDb, id: string): Promise<Note | null> {
  return db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(id);
    if (note) await db.notes.delete(id);
    return note ?? null;
  });
}

/** Puts a deleted note back (undo); the contact must still exist. */
export async function restoreNote(db: BoundariesDb, note: Note): Promise<Note | null> {
  return db.transaction('rw', db.contacts, db.notes, async () => {
    const [contact] = await findByAliases(db, [note.contactId]);
    if (!contact) return null;
    const restored = { ...note, contactId: contact.id };
    await db.notes.put(restored);
    return restored;
  });
}

export async function recordInteraction(db: BoundariesDb, keys: ProfileKey[], now = Date.now()): Promise<Contact[]> {
  return db.transaction('rw', db.contacts, async () => {
    const contacts = await findByAliases(db, keys);
    const updated = contacts.map((contact) => ({ ...contact, lastInteractionAt: now }));
    await db.contacts.bulkPut(updated);
    return updated;
  });
}

export async function getSettings(db: BoundariesDb): Promise<Settings> {
  const row = await db.settings.get('settings');
  return { ...DEFAULT_SETTINGS, ...row?.value };
}

export async function updateSettings(db: BoundariesDb, patch: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = { ...(await getSettings(db)), ...patch };
    await db.settings.put({ key: 'settings', value: next });
    return next;
  });
}

export async function logEvent(db: BoundariesDb, event: Omit<LoggedEvent, 'id'>): Promise<LoggedEvent> {
  const id = await db.events.add(event);
  return { ...event, id };
}

export async function eventSummary(db: BoundariesDb): Promise<NudgeSummary> {
  const summary: NudgeSummary = {
    nudges: 0,
    edited: 0,
    postedAnyway: 0,
    cancelled: 0,
    muted: 0,
    sendChecks: 0,
    sendChecksEdited: 0,
    sendChecksSentAnyway: 0,
    messagesSent: 0,
  };
  await db.events.each((event) => {
    if (event.type === 'message-sent') summary.messagesSent++;
    else if (event.type === 'send-check') {
      summary.sendChecks++;
      if (event.choice === 'edited') summary.sendChecksEdited++;
      if (event.choice === 'posted-anyway') summary.sendChecksSentAnyway++;
    } else {
      summary.nudges++;
      if (event.choice === 'edited') summary.edited++;
      if (event.choice === 'posted-anyway') summary.postedAnyway++;
      if (event.choice === 'cancelled') summary.cancelled++;
      if (event.choice === 'muted' || event.choice === 'snoozed') summary.muted++;
    }
  });
  return summary;
}

export async function listTags(db: BoundariesDb): Promise<string[]> {
  const tags = (await db.contacts.orderBy('tags').uniqueKeys()) as string[];
  return tags.sort((a, b) => a.localeCompare(b));
}
