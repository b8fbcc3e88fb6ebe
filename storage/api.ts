/**
 * The storage API: every request declared once. Payload schemas live in `schemas.ts` (checked at run
 * time by the background); result types are below. Content scripts and pages call it through `client.ts`.
 */
import type { z } from 'zod';
import type { Contact, ContactView, LoggedEvent, MergeRecord, Note, Settings } from './model';
import type { requestSchemas } from './schemas';
import type { BackupFile, ImportPreview } from './backup';
import type { AnchorStat, ContactRow } from './manager-queries';
import type { ToneLearnedView } from './tone-learned';

export const LIMITS = {
  noteLength: 100_000,
  textField: 2_000,
  tags: 50,
  batchRefs: 1_000,
  searchLimit: 500,
  /** The analyzer's MAX_CHARS (features.ts; a unit test keeps them equal): drafts to learn from, at most. */
  learnedText: 8_000,
} as const;

declare const __BOUNDARIES_E2E__: boolean;
const E2E = typeof __BOUNDARIES_E2E__ !== 'undefined' && __BOUNDARIES_E2E__;

/**
 * Imports (issue 14, item 8). Files reach the background in parts (stageImport), since no browser
 * message may carry 64 MiB, so the limit on a whole file is about memory: the background holds the text
 * and what it parses into. 200 million characters is far above what the limits let anyone export in
 * practice (700 notes of 100,000 characters make a 70-million-character backup). A part stays well below
 * 64 MiB even when every character needs escaping; the automation build uses small parts, so its tests
 * prove that a file far larger than one message imports.
 */
export const IMPORT_LIMITS = {
  maxChars: 200_000_000,
  partChars: E2E ? 100_000 : 4_000_000,
  get maxParts() {
    return Math.ceil(this.maxChars / this.partChars);
  },
} as const;

export type RequestType = keyof typeof requestSchemas;
export type RequestPayload<T extends RequestType> = z.input<(typeof requestSchemas)[T]>;

export interface NudgeSummary {
  nudges: number;
  edited: number;
  postedAnyway: number;
  cancelled: number;
  muted: number;
  sendChecks: number;
  sendChecksEdited: number;
  sendChecksSentAnyway: number;
  messagesSent: number;
}

/** Result types, one per request type. */
export interface RequestResults {
  getContact: ContactView | null;
  lookupContacts: Record<string, ContactView | null>;
  saveContact: Contact;
  deleteContact: { contact: Contact; notes: Note[] } | null;
  restoreContact: Contact;
  searchContacts: { total: number; items: ContactView[] };
  listTags: string[];
  listNotes: Note[];
  addNote: { note: Note; contact: Contact };
  /** `conflict` is set when the note had changed since the editor's version: `note` is then a new note. */
  updateNote: NoteUpdate;
  deleteNote: Note | null;
  restoreNote: Note;
  recordInteraction: { updated: number };
  getSettings: Settings;
  updateSettings: Settings;
  logEvent: LoggedEvent;
  eventSummary: NudgeSummary;
  // --- Popup and manager (issue 7) ---
  recentContacts: { total: number; items: ContactView[] };
  followUpsDue: { today: string; count: number; items: ContactView[] };
  listContacts: ContactRow[];
  /** Rows of the contacts asked for that match the filters (others were deleted or no longer match). */
  contactRows: { rows: ContactRow[]; total: number };
  listCircles: string[];
  bulkUpdateContacts: { updated: number };
  bulkDeleteContacts: { contacts: Contact[]; notes: Note[] };
  bulkRestoreContacts: { restored: number };
  exportBackup: BackupFile;
  stageImport: { received: number };
  previewImport: ImportPreview;
  applyImport: ImportPreview;
  reportAnchors: { stored: number };
  listDiagnostics: AnchorStat[];
  /** The tone model for content scripts (kept out of their bundle); null with the reason when unusable. */
  analyzerModel: { asset: unknown; id: string } | { asset: null; error: string };
  clearDiagnostics: { cleared: true };
  listMerges: MergeRecord[];
  undoMerge: { restored: string[] };
  // --- Where this user draws the line (issue 10) ---
  /** The learned state after this outcome (unchanged, with its problem, when learning is paused). */
  toneOutcome: ToneLearnedView;
  toneLearned: ToneLearnedView;
  resetToneLearned: ToneLearnedView;
}

export interface NoteUpdate {
  note: Note;
  /** The stored note had been edited elsewhere since `baseUpdatedAt`: it is kept as it was, beside `note`. */
  conflict: { kept: Note } | null;
}

/** `storage-unavailable`: the browser will not let the extension use IndexedDB (storage turned off, a broken profile, a full disk). */
export type ErrorCode =
  'bad-request' | 'unknown-type' | 'not-found' | 'forbidden' | 'too-large' | 'storage-unavailable' | 'internal';
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

/** Stored under this `storage.local` key on every write, so content scripts (which Dexie cannot reach) hear of changes. */
export const CHANGE_SIGNAL_KEY = 'boundaries:change';
export interface ChangeSignal {
  seq: number;
  at: number;
  /** Contact ids touched, or ['*'] for wide changes (settings, imports). */
  contacts: string[];
  settings: boolean;
  /** What the tone analyzer learned changed (an outcome, a reset, an import): tabs fetch it again. */
  learned?: boolean;
  /** Every write behind this signal was sync merging other devices' changes: nothing new to send. */
  fromSync?: boolean;
}
