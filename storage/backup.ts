/**
 * Backups: one versioned JSON file holding everything (contacts with aliases, notes, settings, event
 * log, what the tone analyzer learned from this user), and imports of such a file or of LinkedIn's `Connections.csv`, with a preview and a merge choice.
 *
 * Rules:
 * - An import is all-or-nothing: it is planned and written inside ONE Dexie transaction; when anything
 *   fails the transaction aborts and existing data is untouched.
 * - Notes are merged, never silently dropped: when both sides hold different text under the same note
 *   id, the chosen version keeps the id and the other is kept as a separate note.
 * - Tags and aliases are united; last-messaged is the later of the two; created is the earlier.
 * - A field set on both sides to different values is a conflict, settled by the merge choice:
 *   keep-newer (the contact edited more recently wins), keep-mine (what is stored now), keep-theirs
 *   (the file). A field empty on one side is simply filled.
 * - Every problem is reported with where it is ("line 12: URL is not a LinkedIn profile",
 *   "contact 13 (“ann-demo”): level: …").
 */
import { z } from './zod';
import { CATEGORIES } from '../analyzer/types';
import { contactsToCsv, parseConnectionsCsv, CsvError, type ConnectionsOptions, type DateReading } from './csv';
import { TONE_LEARNED_KEY, type BoundariesDb, type ToneLearnedRow } from './db';
import { parseLearned, type LearnedState } from '../analyzer/learned-state';
import {
  DEFAULT_SETTINGS,
  EVENT_TYPES,
  NUDGE_CHOICES,
  emptyContact,
  type Contact,
  type LoggedEvent,
  type Note,
  type Settings,
} from './model';
import { normalizeProfileRef, type ProfileKey } from './profile-id';
import { contactRecord, noteRecord, settingsPatch } from './schemas';
import { IMPORT_LIMITS } from './api';

export const BACKUP_FORMAT = 'boundaries-backup';
/** Bump when the file layout changes; older files must stay readable. */
export const BACKUP_VERSION = 1;
/** Largest import accepted, characters per upload part, most parts: see IMPORT_LIMITS in api.ts. */
export const MAX_IMPORT_CHARS = IMPORT_LIMITS.maxChars;
export const IMPORT_PART_CHARS = IMPORT_LIMITS.partChars;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: number;
  contacts: Contact[];
  notes: Note[];
  settings: Settings;
  events: LoggedEvent[];
  /** Where this user draws the line (analyzer/learned-state.ts). Absent in older backups, and when nothing usable was learned. */
  toneLearned?: LearnedState;
}

export type ImportKind = 'backup' | 'connections';
export type MergeStrategy = 'keep-newer' | 'keep-mine' | 'keep-theirs';
export const MERGE_STRATEGIES: readonly MergeStrategy[] = ['keep-newer', 'keep-mine', 'keep-theirs'];

export interface ImportProblem {
  /** Where: "line 12", "contact 13 (“ann-demo”)", "note 4", "settings". */
  where: string;
  message: string;
}

export interface ImportPreview {
  kind: ImportKind;
  /** Contacts in the file after folding duplicates. */
  total: number;
  new: number;
  updated: number;
  conflicts: number;
  unchanged: number;
  notesAdded: number;
  /** Notes whose text differed on both sides: the other version was kept as its own note. */
  notesKeptAsCopies: number;
  /**
   * Notes of the file that shared an id with another, different note of the file (another person's, or
   * other text): both are kept, the later one under a new id.
   */
  notesGivenNewIds: number;
  eventsAdded: number;
  settings: 'replaced' | 'kept' | 'none';
  /** What the tone analyzer learned: taken from the file, kept as stored, or not in the file. */
  toneLearned: 'replaced' | 'kept' | 'none';
  /** Records that cannot be imported (the import refuses unless told to skip them). */
  problems: ImportProblem[];
  problemCount: number;
  /** Things folded or fixed on the way (duplicates merged, rows imported without an unreadable date). */
  warnings: ImportProblem[];
  warningCount: number;
  /** Connections.csv: how its "Connected On" dates were read (which forms, which order, how many not). */
  dates?: DateReading;
}

/** A fatal problem with the whole file: nothing can be imported from it. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

const LISTED = 20;

export function describeProblem(problem: ImportProblem): string {
  return `${problem.where}: ${problem.message}`;
}

// ---------------------------------------------------------------------------------------------------
// Export

export async function exportBackup(db: BoundariesDb, now = Date.now()): Promise<BackupFile> {
  return db.transaction('rw', [db.contacts, db.notes, db.settings, db.events], async () => {
    const row = await db.settings.get('settings');
    const settings: Settings = { ...DEFAULT_SETTINGS, ...row?.value, lastBackupAt: now };
    await db.settings.put({ key: 'settings', value: settings });
    const [contacts, notes, events, learned] = await Promise.all([
      db.contacts.toArray(),
      db.notes.toArray(),
      db.events.toArray(),
      storedLearned(db),
    ]);
    return withLearned(
      { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, contacts, notes, settings, events },
      learned,
    );
  });
}

/**
 * The backup as of now, read-only (for extension pages, which may open the database directly and so
 * avoid passing ten megabytes through messaging). The caller then records `lastBackupAt: exportedAt`.
 */
export async function snapshotBackup(db: BoundariesDb, now = Date.now()): Promise<BackupFile> {
  return db.transaction('r', [db.contacts, db.notes, db.settings, db.events], async () => {
    const [row, contacts, notes, events, learned] = await Promise.all([
      db.settings.get('settings'),
      db.contacts.toArray(),
      db.notes.toArray(),
      db.events.toArray(),
      storedLearned(db),
    ]);
    const settings: Settings = { ...DEFAULT_SETTINGS, ...row?.value, lastBackupAt: now };
    return withLearned(
      { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, contacts, notes, settings, events },
      learned,
    );
  });
}

/** The learned state as stored, if it is usable (a corrupt or newer-version record is not backed up). */
async function storedLearned(db: BoundariesDb): Promise<LearnedState | null> {
  const row = await db.table<ToneLearnedRow, string>('settings').get(TONE_LEARNED_KEY);
  const parsed = parseLearned(row?.value);
  return 'state' in parsed ? parsed.state : null;
}

function withLearned(file: BackupFile, learned: LearnedState | null): BackupFile {
  return learned ? { ...file, toneLearned: learned } : file;
}

/** Every contact with their latest notes as CSV (read here, in the page: an answer this big cannot be a message). */
export async function exportContactsCsv(db: BoundariesDb): Promise<{ csv: string; count: number }> {
  return db.transaction('r', [db.contacts, db.notes], async () => {
    const [contacts, notes] = await Promise.all([db.contacts.toArray(), db.notes.toArray()]);
    const byContact = new Map<string, Note[]>();
    for (const note of notes) {
      const list = byContact.get(note.contactId);
      if (list) list.push(note);
      else byContact.set(note.contactId, [note]);
    }
    return { csv: contactsToCsv(contacts, byContact), count: contacts.length };
  });
}

// ---------------------------------------------------------------------------------------------------
// Uploading a file to the background in parts

/**
 * `text` cut into parts of at most `size` characters, never between the two halves of a surrogate pair
 * (an emoji split across messages would not survive the trip).
 */
export function splitForUpload(text: string, size: number = IMPORT_PART_CHARS): string[] {
  if (size < 2) throw new RangeError('part size must be at least 2');
  const parts: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts.length ? parts : [''];
}

/** Sends `text` in parts through `send` (the stageImport request); returns the upload's id. */
export async function uploadForImport(
  text: string,
  send: (part: { upload: string; part: number; parts: number; text: string }) => Promise<unknown>,
  size: number = IMPORT_PART_CHARS,
): Promise<string> {
  if (text.length > MAX_IMPORT_CHARS) throw new ImportError(tooLargeMessage(text.length));
  const upload = crypto.randomUUID();
  const parts = splitForUpload(text, size);
  for (let part = 0; part < parts.length; part++) await send({ upload, part, parts: parts.length, text: parts[part]! });
  return upload;
}

/** The upload was never finished, or the background restarted since (it keeps uploads in memory only). */
export class UploadMissingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UploadMissingError';
  }
}

/**
 * The background's side: parts of uploaded files, held in memory until imported (at most two files, the
 * newest; an older one is dropped when a third starts).
 */
export class StagedImports {
  private readonly uploads = new Map<
    string,
    { parts: (string | undefined)[]; received: number; chars: number; read?: { key: string; incoming: Incoming } }
  >();

  constructor(private readonly keep = 2) {}

  /** Stores one part; returns how many parts of the upload have arrived. */
  add(upload: string, part: number, parts: number, text: string): number {
    let entry = this.uploads.get(upload);
    if (!entry) {
      entry = { parts: new Array<string | undefined>(parts), received: 0, chars: 0 };
      this.uploads.set(upload, entry);
      while (this.uploads.size > this.keep) this.uploads.delete(this.uploads.keys().next().value!);
    }
    if (entry.parts.length !== parts || part >= parts)
      throw new ImportError(
        `Upload part ${part + 1} of ${parts} does not fit this upload of ${entry.parts.length} parts.`,
      );
    const previous = entry.parts[part];
    if (previous === undefined) entry.received++;
    entry.chars += text.length - (previous?.length ?? 0);
    if (entry.chars > MAX_IMPORT_CHARS) {
      this.uploads.delete(upload);
      throw new ImportError(tooLargeMessage(entry.chars));
    }
    entry.parts[part] = text;
    return entry.received;
  }

  /** The whole text of a finished upload. */
  text(upload: string): string {
    const entry = this.uploads.get(upload);
    if (!entry)
      throw new UploadMissingError(
        'The file is no longer in Boundaries’ memory (the background restarted since it was chosen). Choose it again.',
      );
    if (entry.received < entry.parts.length)
      throw new UploadMissingError(
        `Only ${entry.received} of ${entry.parts.length} parts of the file arrived. Choose it again.`,
      );
    return entry.parts.join('');
  }

  /**
   * The upload read by `read` (readImport), kept so the preview's reading serves the import too (reading
   * 30,000 rows or 70 MB of JSON again costs a second); `key` names the reading's options.
   */
  read(upload: string, key: string, read: (text: string) => Incoming): Incoming {
    const text = this.text(upload);
    const entry = this.uploads.get(upload)!;
    if (entry.read?.key !== key) entry.read = { key, incoming: read(text) };
    return entry.read.incoming;
  }

  drop(upload: string): void {
    this.uploads.delete(upload);
  }
}

// ---------------------------------------------------------------------------------------------------
// Reading a file

/** A file read and checked, ready to plan an import from (planning never changes it). */
export interface Incoming {
  kind: ImportKind;
  contacts: Contact[];
  notes: Note[];
  settings: Partial<Settings> | null;
  events: LoggedEvent[];
  toneLearned: LearnedState | null;
  problems: ImportProblem[];
  warnings: ImportProblem[];
  /** Notes of the file given a new id because another note of the file had theirs. */
  notesGivenNewIds: number;
  /** Connections imports only fill empty fields (no conflicts). */
  fillOnly: boolean;
  dates?: DateReading;
}

const eventRecord = z.strictObject({
  id: z.number().int().positive().optional(),
  type: z.enum(EVENT_TYPES),
  at: z.number().int().nonnegative(),
  choice: z.enum(NUDGE_CHOICES).optional(),
  categories: z.array(z.enum(CATEGORIES)).max(CATEGORIES.length).optional(),
  contactId: z.string().min(1).max(2048).optional(),
});

function zodMessage(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`)
    .join('; ');
}

/**
 * Where JSON parsing fails: the offset of the first invalid character, or `text.length` when the text
 * ends too early. (Engines' own messages differ and often give no position.)
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === undefined) fail();
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    }
    if (c === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!literal) fail();
    i += literal![0].length;
  };
  const string = () => {
    i++;
    for (;;) {
      const c = text[i];
      if (c === undefined) fail();
      if (c === '"') return void i++;
      if (c === '\\') i += 2;
      else if (c! < ' ') fail();
      else i++;
    }
  };
  try {
    value();
    ws();
    return i < text.length ? i : -1;
  } catch (offset) {
    return Math.min(offset as number, text.length);
  }
}

function jsonErrorMessage(text: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const offset = jsonErrorOffset(text);
  if (offset >= text.length) {
    return `The file ends too early: it looks truncated (cut off after ${text.length.toLocaleString('en')} characters). Nothing was imported.`;
  }
  if (offset >= 0) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    const found = JSON.stringify(text.slice(offset, offset + 20));
    return `The file is not valid JSON: line ${line}, column ${column}, near ${found}. It may have been edited or damaged. Nothing was imported.`;
  }
  return `The file is not valid JSON (${raw}). Nothing was imported.`;
}

function label(index: number, id: unknown): string {
  return typeof id === 'string' && id ? `contact ${index + 1} (“${id.slice(0, 60)}”)` : `contact ${index + 1}`;
}

/** Parses and validates a backup file. Throws ImportError for a file that cannot be read at all. */
export function readBackup(text: string): Incoming {
  if (text.length > MAX_IMPORT_CHARS) throw new ImportError(tooLargeMessage(text.length));
  const trimmed = text.replace(/^\ufeff/, '').trim();
  if (!trimmed) throw new ImportError('The file is empty.');
  if (!trimmed.startsWith('{')) {
    if (/^First Name|^Notes:|,/.test(trimmed.slice(0, 200)) && !trimmed.startsWith('[')) {
      throw new ImportError(
        'This is a CSV file, not a Boundaries backup. To import LinkedIn’s Connections.csv, use “Import Connections.csv”.',
      );
    }
    throw new ImportError('This is not a Boundaries backup: a backup is a JSON file that starts with “{”.');
  }
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch (error) {
    throw new ImportError(jsonErrorMessage(trimmed, error));
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new ImportError('This is not a Boundaries backup: expected a JSON object.');
  const file = data as Record<string, unknown>;
  if (file.format !== BACKUP_FORMAT) {
    throw new ImportError(`This is not a Boundaries backup: the "format" field should be "${BACKUP_FORMAT}".`);
  }
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) {
    throw new ImportError('The backup has no valid "version" field, so it cannot be read safely.');
  }
  if (file.version > BACKUP_VERSION) {
    throw new ImportError(
      `This backup was made by a newer version of Boundaries (backup format ${file.version}); this version reads format ${BACKUP_VERSION} and older. Update Boundaries, then import it again. Nothing was imported.`,
    );
  }
  for (const field of ['contacts', 'notes'] as const) {
    if (!Array.isArray(file[field]))
      throw new ImportError(`The backup has no "${field}" list, so it looks damaged. Nothing was imported.`);
  }
  const problems: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];

  // Contacts: validate, normalise keys, fold duplicates.
  const contacts: Contact[] = [];
  const byAlias = new Map<ProfileKey, Contact>();
  const firstIndex = new Map<Contact, number>();
  (file.contacts as unknown[]).forEach((raw, index) => {
    const parsed = contactRecord.safeParse(raw);
    const rawId = (raw as { id?: unknown } | null)?.id;
    if (!parsed.success) {
      problems.push({ where: label(index, rawId), message: zodMessage(parsed.error) });
      return;
    }
    const id = normalizeProfileRef(parsed.data.id);
    if (!id) {
      problems.push({ where: label(index, rawId), message: 'id is not a LinkedIn profile id or URL' });
      return;
    }
    const aliases: ProfileKey[] = [id];
    for (const alias of parsed.data.aliases) {
      const key = normalizeProfileRef(alias);
      if (key && !aliases.includes(key)) aliases.push(key);
    }
    const contact: Contact = { ...parsed.data, id, aliases };
    const existing = aliases.map((alias) => byAlias.get(alias)).find(Boolean);
    if (existing) {
      warnings.push({
        where: label(index, rawId),
        message: `repeats ${label(firstIndex.get(existing)!, existing.id)}; merged`,
      });
      const merged = mergeFields(existing, contact, 'keep-newer').contact;
      Object.assign(existing, merged);
      for (const alias of existing.aliases) byAlias.set(alias, existing);
      return;
    }
    contacts.push(contact);
    firstIndex.set(contact, index);
    for (const alias of aliases) byAlias.set(alias, contact);
  });

  // Notes: validate, attach to a contact of the file, fold duplicates.
  const notes: Note[] = [];
  const noteById = new Map<string, Note>();
  let notesGivenNewIds = 0;
  (file.notes as unknown[]).forEach((raw, index) => {
    const where = `note ${index + 1}`;
    const parsed = noteRecord.safeParse(raw);
    if (!parsed.success) {
      problems.push({ where, message: zodMessage(parsed.error) });
      return;
    }
    const key = normalizeProfileRef(parsed.data.contactId);
    const owner = key ? byAlias.get(key) : undefined;
    if (!owner) {
      problems.push({
        where,
        message: `belongs to “${parsed.data.contactId.slice(0, 60)}”, who is not among the file’s valid contacts`,
      });
      return;
    }
    const note: Note = { ...parsed.data, contactId: owner.id };
    const same = noteById.get(note.id);
    if (same) {
      // Only an exact repeat (same person, same text) is a copy; anything else is another note.
      if (same.text === note.text && same.contactId === note.contactId) {
        warnings.push({ where, message: 'repeats an earlier note; skipped the copy' });
        return;
      }
      const whose =
        same.contactId === note.contactId
          ? 'an earlier, different note'
          : `an earlier note of “${same.contactId.slice(0, 60)}”`;
      warnings.push({ where, message: `shares its id with ${whose}; kept both (this one under a new id)` });
      note.id = crypto.randomUUID();
      notesGivenNewIds++;
    }
    noteById.set(note.id, note);
    notes.push(note);
  });

  let settings: Partial<Settings> | null = null;
  if (file.settings !== undefined) {
    const parsed = settingsPatch.safeParse(file.settings);
    if (parsed.success) settings = parsed.data as Partial<Settings>;
    else problems.push({ where: 'settings', message: zodMessage(parsed.error) });
  }

  const events: LoggedEvent[] = [];
  if (file.events !== undefined) {
    if (!Array.isArray(file.events)) problems.push({ where: 'events', message: 'expected a list' });
    else
      file.events.forEach((raw, index) => {
        const parsed = eventRecord.safeParse(raw);
        if (!parsed.success) problems.push({ where: `event ${index + 1}`, message: zodMessage(parsed.error) });
        else events.push(parsed.data as LoggedEvent);
      });
  }
  let toneLearned: LearnedState | null = null;
  if (file.toneLearned !== undefined) {
    const parsed = parseLearned(file.toneLearned);
    if ('state' in parsed) toneLearned = parsed.state;
    else
      problems.push({
        where: LEARNED_WHERE,
        message: `${parsed.error === 'none' ? 'empty' : parsed.error}; the rest of the file can be imported without it`,
      });
  }
  return {
    kind: 'backup',
    contacts,
    notes,
    settings,
    events,
    toneLearned,
    problems,
    warnings,
    notesGivenNewIds,
    fillOnly: false,
  };
}

/** How a bad learned-state block is named in the problems list. */
const LEARNED_WHERE = 'what Boundaries learned about your posts';

function tooLargeMessage(length: number): string {
  return `The file is too large to import (${(length / 1_000_000).toFixed(1)} million characters): Boundaries reads files of up to ${MAX_IMPORT_CHARS / 1_000_000} million characters at once. Nothing was imported.`;
}

/** Reads LinkedIn's Connections.csv into contact seeds. */
export function readConnections(text: string, options: ConnectionsOptions = {}, now = Date.now()): Incoming {
  if (text.length > MAX_IMPORT_CHARS) throw new ImportError(tooLargeMessage(text.length));
  if (!text.trim()) throw new ImportError('The file is empty.');
  let parsed;
  try {
    parsed = parseConnectionsCsv(text, options);
  } catch (error) {
    if (error instanceof CsvError) throw new ImportError(`${error.message}. Nothing was imported.`);
    throw error;
  }
  const contacts = parsed.rows.map((row) => ({
    ...emptyContact(row.key, now),
    displayName: row.displayName,
    headline: row.headline,
    howWeMet: row.howWeMet,
  }));
  return {
    kind: 'connections',
    contacts,
    notes: [],
    settings: null,
    events: [],
    toneLearned: null,
    problems: parsed.problems.map((p) => ({ where: `line ${p.line}`, message: p.message })),
    warnings: [...parsed.duplicates, ...parsed.undated]
      .sort((a, b) => a.line - b.line)
      .map((p) => ({ where: `line ${p.line}`, message: p.message })),
    notesGivenNewIds: 0,
    fillOnly: true,
    dates: parsed.dates,
  };
}

export function readImport(kind: ImportKind, text: string, options: ConnectionsOptions = {}): Incoming {
  return kind === 'backup' ? readBackup(text) : readConnections(text, options);
}

// ---------------------------------------------------------------------------------------------------
// Merging

const SCALAR_FIELDS = ['displayName', 'headline', 'circle', 'howWeMet', 'followUpOn', 'level'] as const;

function isEmpty(field: (typeof SCALAR_FIELDS)[number], value: string): boolean {
  return field === 'level' ? value === 'unset' : value === '';
}

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/** Merges `theirs` into `mine`. `fillOnly`: never overwrite a set field (no conflicts). */
export function mergeFields(
  mine: Contact,
  theirs: Contact,
  strategy: MergeStrategy,
  fillOnly = false,
): { contact: Contact; changed: boolean; conflict: boolean } {
  const next: Contact = { ...mine };
  let conflict = false;
  const theirsWins = strategy === 'keep-theirs' || (strategy === 'keep-newer' && theirs.updatedAt > mine.updatedAt);
  for (const field of SCALAR_FIELDS) {
    const a = mine[field];
    const b = theirs[field];
    if (a === b || isEmpty(field, b)) continue;
    if (isEmpty(field, a)) {
      (next as unknown as Record<string, unknown>)[field] = b;
      continue;
    }
    if (fillOnly) continue;
    conflict = true;
    if (theirsWins) (next as unknown as Record<string, unknown>)[field] = b;
  }
  if (!fillOnly && mine.driftCheck !== theirs.driftCheck) {
    conflict = true;
    if (theirsWins) next.driftCheck = theirs.driftCheck;
  }
  next.aliases = unique([...mine.aliases, ...theirs.aliases]);
  next.tags = unique([...mine.tags, ...theirs.tags]).slice(0, 50);
  next.lastInteractionAt = Math.max(mine.lastInteractionAt, theirs.lastInteractionAt);
  next.createdAt = Math.min(mine.createdAt, theirs.createdAt);
  const changed =
    SCALAR_FIELDS.some((field) => next[field] !== mine[field]) ||
    next.driftCheck !== mine.driftCheck ||
    next.aliases.length !== mine.aliases.length ||
    next.tags.length !== mine.tags.length ||
    next.lastInteractionAt !== mine.lastInteractionAt ||
    next.createdAt !== mine.createdAt;
  if (changed && !fillOnly) next.updatedAt = Math.max(mine.updatedAt, theirs.updatedAt);
  return { contact: next, changed, conflict };
}

interface Plan {
  preview: ImportPreview;
  contacts: Contact[];
  notes: Note[];
  events: LoggedEvent[];
  settings: Settings | null;
  toneLearned: LearnedState | null;
}

function eventKey(event: LoggedEvent): string {
  return `${event.type}|${event.at}|${event.choice ?? ''}|${event.contactId ?? ''}|${(event.categories ?? []).join(',')}`;
}

/** Works out what an import would write. Reads only; call inside the import transaction to apply. */
async function plan(db: BoundariesDb, incoming: Incoming, strategy: MergeStrategy): Promise<Plan> {
  const [existingContacts, existingNotes, existingEvents, settingsRow, learnedRow] = await Promise.all([
    db.contacts.toArray(),
    incoming.notes.length ? db.notes.toArray() : Promise.resolve([] as Note[]),
    incoming.events.length ? db.events.toArray() : Promise.resolve([] as LoggedEvent[]),
    db.settings.get('settings'),
    db.table<ToneLearnedRow, string>('settings').get(TONE_LEARNED_KEY),
  ]);
  const ownerOf = new Map<ProfileKey, Contact>();
  for (const contact of [...existingContacts].sort((a, b) => b.createdAt - a.createdAt)) {
    for (const alias of contact.aliases) ownerOf.set(alias, contact);
  }
  const notesById = new Map(existingNotes.map((note) => [note.id, note]));
  const noteFingerprints = new Set(
    existingNotes.map((note) => `${note.contactId}\u0000${note.createdAt}\u0000${note.text}`),
  );
  const preview: ImportPreview = {
    kind: incoming.kind,
    total: incoming.contacts.length,
    new: 0,
    updated: 0,
    conflicts: 0,
    unchanged: 0,
    notesAdded: 0,
    notesKeptAsCopies: 0,
    notesGivenNewIds: incoming.notesGivenNewIds,
    eventsAdded: 0,
    settings: 'none',
    toneLearned: 'none',
    problems: incoming.problems.slice(0, LISTED),
    problemCount: incoming.problems.length,
    warnings: incoming.warnings.slice(0, LISTED),
    warningCount: incoming.warnings.length,
    ...(incoming.dates && { dates: incoming.dates }),
  };
  const writes: Contact[] = [];
  const noteWrites: Note[] = [];
  /** The stored contact id each incoming contact id maps to. */
  const target = new Map<ProfileKey, ProfileKey>();
  const status = new Map<ProfileKey, 'new' | 'updated' | 'conflict' | 'unchanged'>();
  const nextById = new Map<ProfileKey, Contact>();

  for (const theirs of incoming.contacts) {
    const matches = unique(theirs.aliases.map((alias) => ownerOf.get(alias)).filter((c): c is Contact => !!c));
    if (matches.length === 0) {
      writes.push(theirs);
      target.set(theirs.id, theirs.id);
      status.set(theirs.id, 'new');
      nextById.set(theirs.id, theirs);
      continue;
    }
    const mine = matches.sort((a, b) => a.createdAt - b.createdAt)[0]!;
    // Aliases another stored contact already holds stay with that contact.
    const claimed = new Set(matches.slice(1).flatMap((c) => c.aliases));
    const theirsOwn = { ...theirs, aliases: theirs.aliases.filter((alias) => !claimed.has(alias)) };
    const base = nextById.get(mine.id) ?? mine;
    const merged = mergeFields(base, theirsOwn, strategy, incoming.fillOnly);
    target.set(theirs.id, mine.id);
    nextById.set(mine.id, merged.contact);
    status.set(
      mine.id,
      merged.conflict
        ? 'conflict'
        : merged.changed
          ? 'updated'
          : status.get(mine.id) === 'updated'
            ? 'updated'
            : 'unchanged',
    );
    if (merged.changed) writes.push(merged.contact);
  }

  for (const note of incoming.notes) {
    const contactId = target.get(note.contactId) ?? note.contactId;
    const theirs = { ...note, contactId };
    const mine = notesById.get(note.id);
    if (mine) {
      if (mine.text === theirs.text && mine.contactId === contactId) continue;
      const theirsWins = strategy === 'keep-theirs' || (strategy === 'keep-newer' && theirs.updatedAt > mine.updatedAt);
      const loser = theirsWins ? mine : theirs;
      if (theirsWins) noteWrites.push(theirs);
      const copyPrint = `${loser.contactId}\u0000${loser.createdAt}\u0000${loser.text}`;
      if (loser === theirs ? !noteFingerprints.has(copyPrint) : true) {
        noteWrites.push({ ...loser, id: crypto.randomUUID() });
        noteFingerprints.add(copyPrint);
        preview.notesKeptAsCopies++;
      }
      if (status.get(contactId) !== 'new') status.set(contactId, 'conflict');
      continue;
    }
    const print = `${contactId}\u0000${theirs.createdAt}\u0000${theirs.text}`;
    if (noteFingerprints.has(print)) continue;
    noteFingerprints.add(print);
    noteWrites.push(theirs);
    preview.notesAdded++;
    if (status.get(contactId) === 'unchanged') status.set(contactId, 'updated');
  }

  for (const value of status.values()) {
    if (value === 'new') preview.new++;
    else if (value === 'updated') preview.updated++;
    else if (value === 'conflict') preview.conflicts++;
    else preview.unchanged++;
  }
  // A contact written twice (two file rows matched it) is written once, in its final state.
  const finalContacts = new Map<ProfileKey, Contact>();
  for (const contact of writes) {
    const id = target.get(contact.id) ?? contact.id;
    finalContacts.set(id, nextById.get(id) ?? contact);
  }

  let events: LoggedEvent[] = [];
  if (incoming.events.length) {
    if (existingEvents.length === 0) events = incoming.events;
    else {
      const seen = new Set(existingEvents.map(eventKey));
      events = incoming.events.filter((event) => !seen.has(eventKey(event))).map(({ id: _id, ...rest }) => rest);
    }
    preview.eventsAdded = events.length;
  }

  let settings: Settings | null = null;
  if (incoming.settings) {
    const replace = strategy === 'keep-theirs' || !settingsRow;
    preview.settings = replace ? 'replaced' : 'kept';
    if (replace) settings = { ...DEFAULT_SETTINGS, ...incoming.settings };
  }

  // What was learned is one whole: the file's replaces the stored one when the merge choice says so
  // (keep-newer: the more recently updated), or when nothing usable is stored.
  let toneLearned: LearnedState | null = null;
  if (incoming.toneLearned) {
    const stored = parseLearned(learnedRow?.value);
    const mine = 'state' in stored ? stored.state : null;
    const replace =
      !mine ||
      strategy === 'keep-theirs' ||
      (strategy === 'keep-newer' && incoming.toneLearned.updatedAt > mine.updatedAt);
    preview.toneLearned = replace ? 'replaced' : 'kept';
    if (replace) toneLearned = incoming.toneLearned;
  }
  return { preview, contacts: [...finalContacts.values()], notes: noteWrites, events, settings, toneLearned };
}

/** What an import would do, without writing anything. `file`: its text, or what readImport made of it. */
export async function previewImport(
  db: BoundariesDb,
  kind: ImportKind,
  file: string | Incoming,
  strategy: MergeStrategy,
  options: ConnectionsOptions = {},
): Promise<ImportPreview> {
  const incoming = typeof file === 'string' ? readImport(kind, file, options) : file;
  return db
    .transaction('r', [db.contacts, db.notes, db.settings, db.events], () => plan(db, incoming, strategy))
    .then((p) => p.preview);
}

/**
 * Imports in one transaction. Refuses (changing nothing) when the file has records that cannot be
 * imported, unless `skipInvalid` says to import the rest.
 */
export async function applyImport(
  db: BoundariesDb,
  kind: ImportKind,
  file: string | Incoming,
  strategy: MergeStrategy,
  { skipInvalid = false, ...options }: { skipInvalid?: boolean } & ConnectionsOptions = {},
): Promise<ImportPreview> {
  const incoming = typeof file === 'string' ? readImport(kind, file, options) : file;
  if (incoming.problems.length && !skipInvalid) {
    const listed = incoming.problems.slice(0, 5).map(describeProblem).join('; ');
    const more = incoming.problems.length > 5 ? ` (and ${incoming.problems.length - 5} more)` : '';
    throw new ImportError(
      `${incoming.problems.length} ${incoming.problems.length === 1 ? 'record' : 'records'} cannot be imported: ${listed}${more}. Nothing was imported.`,
    );
  }
  return db.transaction('rw', [db.contacts, db.notes, db.settings, db.events], async () => {
    const result = await plan(db, incoming, strategy);
    if (result.contacts.length) await db.contacts.bulkPut(result.contacts);
    if (result.notes.length) await db.notes.bulkPut(result.notes);
    if (result.events.length) await db.events.bulkAdd(result.events);
    if (result.settings) await db.settings.put({ key: 'settings', value: result.settings });
    if (result.toneLearned)
      await db.table<ToneLearnedRow, string>('settings').put({ key: TONE_LEARNED_KEY, value: result.toneLearned });
    return result.preview;
  });
}

/** A one-line summary: "214 new, 37 updated, 3 conflicts". */
export function summarizePreview(preview: ImportPreview): string {
  const parts = [
    `${preview.new} new`,
    `${preview.updated} updated`,
    `${preview.conflicts} ${preview.conflicts === 1 ? 'conflict' : 'conflicts'}`,
  ];
  if (preview.unchanged) parts.push(`${preview.unchanged} unchanged`);
  return parts.join(', ');
}
