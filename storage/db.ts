/**
 * The one database. Opened only by the background service worker and extension pages, never by a
 * content script (IndexedDB there would belong to linkedin.com).
 */
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { Contact, LoggedEvent, MergeRecord, Note, Settings } from './model';
import type { SyncMetaRow, SyncStateRow } from './sync/tables';

export const DB_NAME = 'boundaries';

export interface SettingsRow {
  key: 'settings';
  value: Partial<Settings>;
}

/**
 * The settings table also holds, under this key, where this user draws the line for the tone analyzer
 * (analyzer/learn.ts's JSON, read through storage/tone-learned.ts): a keyed record beside the settings,
 * so no schema change, and backups and imports already cover the table.
 */
export const TONE_LEARNED_KEY = 'toneLearned';
export interface ToneLearnedRow {
  key: typeof TONE_LEARNED_KEY;
  /** Unchecked: may be corrupt or from a newer version (parseLearned decides). */
  value: unknown;
}

export type BoundariesDb = Dexie & {
  contacts: EntityTable<Contact, 'id'>;
  notes: EntityTable<Note, 'id'>;
  settings: EntityTable<SettingsRow, 'key'>;
  events: EntityTable<LoggedEvent, 'id'>;
  /** Sync (issue 13): the replica state of every synced record (field clocks, tombstones). */
  syncState: EntityTable<SyncStateRow, 'k'>;
  /** Sync settings and progress (server, key, which remote files were read, pending uploads). */
  syncMeta: EntityTable<SyncMetaRow, 'key'>;
  /** Automatic merges of stored people, for the manager's undo (issue 14). */
  merges: EntityTable<MergeRecord, 'id'>;
};

/** Version 1 of the schema. Later versions are added below it, each with a tested upgrade. */
export const SCHEMA_V1 = {
  contacts: '&id, *aliases, level, circle, *tags, followUpOn, lastInteractionAt, updatedAt',
  notes: '&id, contactId, [contactId+updatedAt], updatedAt',
  settings: '&key',
  events: '++id, type, at',
};

/**
 * Version 2 drops indexes nothing queries (contacts.level; notes by update time, alone and per contact):
 * every index costs time on each write, and imports write tens of thousands of rows. Data is unchanged,
 * so the upgrade only rebuilds indexes.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  contacts: '&id, *aliases, circle, *tags, followUpOn, lastInteractionAt, updatedAt',
  notes: '&id, contactId',
};

/**
 * Version 3 adds sync's own tables (issue 13); contacts and notes are unchanged, so the upgrade only
 * creates two empty tables. Sync keeps its metadata beside the data rather than in it.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  syncState: '&k',
  syncMeta: '&key',
};

/**
 * Version 4 adds the merge log (issue 14): every automatic merge of two stored people, so the manager
 * can undo it. Existing tables are unchanged; the new table starts empty.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  merges: '++id, at',
};

export const SCHEMA_VERSION = 4;

/** `options` lets tests hand Dexie an IndexedDB that fails the way a browser without storage does. */
export function openDb(name = DB_NAME, options?: DexieOptions): BoundariesDb {
  const db = new Dexie(name, options) as BoundariesDb;
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2);
  db.version(3).stores(SCHEMA_V3);
  db.version(4).stores(SCHEMA_V4);
  return db;
}
