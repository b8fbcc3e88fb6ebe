/**
 * Run-time schemas of every request payload, checked by the background (server.ts). Only the background
 * and extension pages import this module: content scripts stay free of the validator's weight.
 */
import { z } from './zod';
import { CATEGORIES } from '../analyzer/types';
import { IMPORT_LIMITS, LIMITS } from './api';
import { EVENT_TYPES, LEVELS, NUDGE_CHOICES, type Contact } from './model';
import { MAX_REF_LENGTH, normalizeProfileRef } from './profile-id';

const ref = z.string().min(1).max(MAX_REF_LENGTH);
const shortText = z.string().max(LIMITS.textField);
const level = z.enum(LEVELS);
const category = z.enum(CATEGORIES);
/** `YYYY-MM-DD` that is a real calendar day (`2024-13-45` and `2023-02-29` are refused). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
const isoDate = z.union([z.literal(''), z.string().refine(isCalendarDate, 'expected a real YYYY-MM-DD date')]);
/**
 * A key as stored in a record (contact id, alias, note's contact): must be a LinkedIn profile id or URL
 * (never `../evil`, `__proto__` or `constructor`); stored in its normal form.
 */
const storedKey = ref.transform((value, ctx) => {
  const key = normalizeProfileRef(value);
  if (key === null) {
    ctx.addIssue({
      code: 'custom',
      message: `not a LinkedIn profile id or URL: ${JSON.stringify(value.slice(0, 100))}`,
    });
    return z.NEVER;
  }
  return key;
});

/**
 * A contact that arrived by sync (written by another device, perhaps by a version from before these
 * rules), put under the rules every request's schema applies (issue 14 item 11): a follow-up date that is
 * not a real day is cleared, and aliases that are not LinkedIn profile keys (`__proto__`, `constructor`,
 * `../evil`) are dropped. The row is repaired rather than skipped: a row sync does not write would count
 * as deleted on its next run. The repair then travels to the other devices like any local edit.
 */
export function contactUnderWriteRules(contact: Contact): Contact {
  const followUpOn = contact.followUpOn === '' || isCalendarDate(contact.followUpOn) ? contact.followUpOn : '';
  const aliases = contact.aliases.filter((alias) => alias === contact.id || normalizeProfileRef(alias) !== null);
  if (followUpOn === contact.followUpOn && aliases.length === contact.aliases.length) return contact;
  return { ...contact, followUpOn, aliases };
}

/** What a page shows of a person; used to create or enrich a contact. */
export const pageIdentity = z.strictObject({
  aliases: z.array(ref).max(20).default([]),
  /** Aliases two different page elements agree on: only these may merge two stored people. */
  confirmed: z.array(ref).max(20).optional(),
  /** The page proved the name and headline are the address's person's: they replace stored ones (repair). */
  proven: z.boolean().optional(),
  displayName: shortText.optional(),
  headline: shortText.optional(),
});

export const contactPatch = z.strictObject({
  displayName: shortText.optional(),
  headline: shortText.optional(),
  level: level.optional(),
  circle: shortText.optional(),
  /** Replaces the whole list. Editors send addTags/removeTags instead, so concurrent edits combine. */
  tags: z.array(z.string().trim().min(1).max(100)).max(LIMITS.tags).optional(),
  /** Tags to add to whatever is stored at the time of the write (issue 14: no whole-list overwrites). */
  addTags: z.array(z.string().trim().min(1).max(100)).max(LIMITS.tags).optional(),
  /** Tags to remove from whatever is stored at the time of the write. */
  removeTags: z.array(z.string().trim().min(1).max(100)).max(LIMITS.tags).optional(),
  howWeMet: shortText.optional(),
  followUpOn: isoDate.optional(),
  driftCheck: z.boolean().optional(),
});
export type ContactPatch = z.infer<typeof contactPatch>;

export const settingsPatch = z.strictObject({
  profilePanel: z.boolean().optional(),
  badges: z.boolean().optional(),
  composerBadge: z.boolean().optional(),
  driftCheck: z.boolean().optional(),
  postNudge: z.boolean().optional(),
  commentHint: z.boolean().optional(),
  nudgeAudiences: z
    .strictObject({ anyone: z.boolean(), connections: z.boolean(), group: z.boolean(), event: z.boolean() })
    .optional(),
  sensitivity: z.enum(['low', 'default', 'high']).optional(),
  disabledCategories: z.array(category).optional(),
  extraWords: z
    .array(z.strictObject({ text: z.string().trim().min(1).max(100), category }))
    .max(1000)
    .optional(),
  ignoredWords: z.array(z.string().trim().min(1).max(100)).max(1000).optional(),
  workTopics: z.array(z.string().trim().min(1).max(100)).max(100).optional(),
  mutedCategories: z.array(category).optional(),
  nudgeSnoozedUntil: z.number().int().nonnegative().optional(),
  followUpNotifications: z.boolean().optional(),
  backupReminderWeeks: z.number().int().min(0).max(52).optional(),
  lastBackupAt: z.number().int().nonnegative().optional(),
  panelCollapsed: z.boolean().optional(),
});

const timestamp = z.number().int().nonnegative();

/** A whole stored contact, as backups and undo hand it back. */
export const contactRecord = z.strictObject({
  id: storedKey,
  aliases: z.array(storedKey).min(1).max(100),
  displayName: shortText,
  headline: shortText,
  level,
  circle: shortText,
  tags: z.array(z.string().trim().min(1).max(100)).max(LIMITS.tags),
  howWeMet: shortText,
  followUpOn: isoDate,
  lastInteractionAt: timestamp,
  driftCheck: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const noteText = z
  .string()
  .max(LIMITS.noteLength, `A note can hold up to ${LIMITS.noteLength.toLocaleString('en')} characters`)
  .refine((text) => text.trim().length > 0, 'A note cannot be empty');

/** A whole stored note. */
export const noteRecord = z.strictObject({
  id: z.string().min(1).max(100),
  contactId: storedKey,
  text: noteText,
  createdAt: timestamp,
  updatedAt: timestamp,
});

/**
 * A draft the user acted on, for learning. The analyzer reads a text's first LIMITS.learnedText
 * characters, so content scripts send no more than that; anything longer is refused as too large.
 */
const learnedText = z
  .string()
  .max(
    LIMITS.learnedText,
    `A draft to learn from can hold up to ${LIMITS.learnedText.toLocaleString('en')} characters (the analyzer reads no more)`,
  )
  .refine((text) => text.trim().length > 0, 'A draft to learn from cannot be empty');

const importKind = z.enum(['backup', 'connections']);
/** The file's text; backup.ts gives the readable "too large" message below this hard stop. */
/** A file sent whole in one message; larger ones travel in parts (stageImport). */
const importText = z.string().max(25_000_000, 'a file this large is sent in parts (stageImport), not in one message');
const mergeStrategy = z.enum(['keep-newer', 'keep-mine', 'keep-theirs']).default('keep-newer');
const dateOrder = z.enum(['day-first', 'month-first']);
const uploadId = z.string().regex(/^[0-9a-f-]{36}$/, 'not an upload id');
/** An import names its file once: its text (small files, scripts) or an upload of its parts. */
const oneSource = (payload: { text?: string; upload?: string }) =>
  (payload.text === undefined) !== (payload.upload === undefined);

/** Payload schemas, one per request type. */
export const requestSchemas = {
  /** One person by any of their keys or URLs. */
  getContact: z.strictObject({ ref }),
  /** Many people at once (badges on a page of links): one round trip per batch. */
  lookupContacts: z.strictObject({ refs: z.array(ref).max(LIMITS.batchRefs) }),
  /** Create or update a person; `identity.aliases` are merged into their aliases. */
  saveContact: z.strictObject({ ref, identity: pageIdentity.optional(), patch: contactPatch }),
  deleteContact: z.strictObject({ ref }),
  /** Puts back a contact and notes returned by deleteContact (undo). */
  restoreContact: z.strictObject({ contact: contactRecord, notes: z.array(noteRecord).max(100_000) }),
  searchContacts: z.strictObject({
    query: z.string().max(500).default(''),
    level: level.optional(),
    tag: shortText.optional(),
    circle: shortText.optional(),
    followUpDue: z.boolean().optional(),
    limit: z.number().int().min(1).max(LIMITS.searchLimit).default(50),
  }),
  listTags: z.strictObject({}),
  listNotes: z.strictObject({ ref }),
  addNote: z.strictObject({ ref, text: noteText, identity: pageIdentity.optional() }),
  updateNote: z.strictObject({
    id: z.string().min(1).max(100),
    text: noteText,
    /**
     * The `updatedAt` of the note the editor started from (its version). If the note changed since, the
     * save is a conflict: both texts are kept (this one as a separate note) and the result says so.
     */
    baseUpdatedAt: z.number().int().min(0).optional(),
  }),
  deleteNote: z.strictObject({ id: z.string().min(1).max(100) }),
  restoreNote: z.strictObject({ note: noteRecord }),
  /** A message was sent to these people: their "last interaction" becomes now. */
  recordInteraction: z.strictObject({ refs: z.array(ref).min(1).max(100) }),
  getSettings: z.strictObject({}),
  updateSettings: z.strictObject({ patch: settingsPatch }),
  logEvent: z.strictObject({
    type: z.enum(EVENT_TYPES),
    choice: z.enum(NUDGE_CHOICES).optional(),
    categories: z.array(category).max(CATEGORIES.length).optional(),
    ref: ref.optional(),
  }),
  eventSummary: z.strictObject({}),
  // --- Popup and manager (issue 7) ---
  /** The most recently active contacts, without building the search index (the popup's first paint). */
  recentContacts: z.strictObject({ limit: z.number().int().min(1).max(LIMITS.searchLimit).default(30) }),
  /** Contacts whose follow-up date is today or earlier. */
  followUpsDue: z.strictObject({ limit: z.number().int().min(0).max(LIMITS.searchLimit).default(50) }),
  /** Every contact with its note count (the manager's table). */
  listContacts: z.strictObject({
    query: z.string().max(500).default(''),
    level: level.optional(),
    tag: shortText.optional(),
    circle: shortText.optional(),
    followUpDue: z.boolean().optional(),
  }),
  /** The manager's table after a write: just these contacts' rows under its filters, and the new total. */
  contactRows: z.strictObject({
    ids: z.array(ref).min(1).max(LIMITS.batchRefs),
    query: z.string().max(500).default(''),
    level: level.optional(),
    tag: shortText.optional(),
    circle: shortText.optional(),
    followUpDue: z.boolean().optional(),
  }),
  listCircles: z.strictObject({}),
  bulkUpdateContacts: z.strictObject({
    refs: z.array(ref).min(1).max(200_000),
    level: level.optional(),
    addTags: z.array(z.string().trim().min(1).max(100)).max(LIMITS.tags).optional(),
    removeTags: z.array(z.string().trim().min(1).max(100)).max(LIMITS.tags).optional(),
  }),
  bulkDeleteContacts: z.strictObject({ refs: z.array(ref).min(1).max(200_000) }),
  /** Undo of bulkDeleteContacts. */
  bulkRestoreContacts: z.strictObject({
    contacts: z.array(contactRecord).max(200_000),
    notes: z.array(noteRecord).max(1_000_000),
  }),
  /** Everything, as one versioned backup object (also records the backup time). */
  exportBackup: z.strictObject({}),
  /**
   * One part of a file to import (backup.uploadForImport): files travel in parts, since no browser
   * message may carry 64 MiB; previewImport and applyImport then name the upload instead of the text.
   */
  stageImport: z.strictObject({
    upload: uploadId,
    part: z.number().int().min(0).max(IMPORT_LIMITS.maxParts),
    parts: z.number().int().min(1).max(IMPORT_LIMITS.maxParts),
    text: z.string().max(IMPORT_LIMITS.partChars),
  }),
  /** What importing a backup JSON or LinkedIn's Connections.csv would do; writes nothing. */
  previewImport: z
    .strictObject({
      kind: importKind,
      text: importText.optional(),
      upload: uploadId.optional(),
      strategy: mergeStrategy,
      dateOrder: dateOrder.optional(),
    })
    .refine(oneSource, 'give the file as text or as an upload, not both'),
  /** Imports all-or-nothing in one transaction. */
  applyImport: z
    .strictObject({
      kind: importKind,
      text: importText.optional(),
      upload: uploadId.optional(),
      strategy: mergeStrategy,
      skipInvalid: z.boolean().default(false),
      /** Connections.csv: how to read numeric dates the file leaves ambiguous (05/10/2020). */
      dateOrder: dateOrder.optional(),
    })
    .refine(oneSource, 'give the file as text or as an upload, not both'),
  /** Content script → background: which LinkedIn anchors were found or missed (local only). */
  reportAnchors: z.strictObject({
    reports: z
      .array(
        z.strictObject({
          pageKind: z.string().min(1).max(40),
          chain: z.string().min(1).max(100),
          found: z.boolean(),
          at: z.number().int().nonnegative(),
        }),
      )
      .max(500),
  }),
  listDiagnostics: z.strictObject({}),
  analyzerModel: z.strictObject({}),
  clearDiagnostics: z.strictObject({}),
  /** Automatic merges of two stored people (newest first), for the manager's undo. */
  listMerges: z.strictObject({}),
  /** Splits a merge again; the two are never merged automatically again. */
  undoMerge: z.strictObject({ id: z.number().int().positive() }),
  // --- Where this user draws the line (issue 10) ---
  /**
   * The user's choice on a draft the analyzer judged, as a label: 'fine' ("Post anyway", "Send anyway",
   * "Not personal") or 'agreed' ("Edit post", "Edit", "Personal"). One bounded learning step.
   */
  toneOutcome: z.strictObject({ text: learnedText, label: z.enum(['fine', 'agreed']) }),
  toneLearned: z.strictObject({}),
  resetToneLearned: z.strictObject({}),
};
