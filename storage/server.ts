/**
 * The background's request handler: checks who is asking, validates every payload against its schema,
 * runs it, and always answers with an ApiResult. Never throws to the caller, never half-applies a write
 * (each write is one Dexie transaction).
 */
import { BUNDLED_MODEL, modelStatus } from '../analyzer/bundled';
import { z } from './zod';
import type { ApiResult, ChangeSignal, ErrorCode, RequestResults, RequestType } from './api';
import { requestSchemas } from './schemas';
import * as repo from './contacts';
import type { BoundariesDb } from './db';
import type { Settings } from './model';
import { normalizeProfileRef, type ProfileKey } from './profile-id';
import { Directory } from './directory';
import * as backup from './backup';
import { dateOrderOfLanguage, type DateOrder } from './csv';
import * as manage from './manager-queries';
import * as tone from './tone-learned';

export interface Sender {
  id?: string;
  url?: string;
}

export interface ServerDeps {
  db: BoundariesDb;
  extensionId: string;
  /** Tells every context a write happened (the background writes a storage.local key). */
  notify?: (change: Omit<ChangeSignal, 'seq' | 'at'>) => void;
  /** Anchor diagnostics (in memory); `onAnchors` lets the background keep a copy across restarts. */
  anchors?: manage.AnchorLog;
  onAnchors?: (stats: manage.AnchorStat[]) => void;
  /** How long changes gather before one signal goes out (tests pass a long one and call `flushChanges`). */
  changeWindowMs?: number;
  /**
   * Told at once (before the answer goes back) which contacts a request wrote, ['*'] for a wide change:
   * sync compares only those with its replica state, and a "Sync now" right after a save includes it.
   */
  onLocalWrite?: (contacts: string[]) => void;
}

/**
 * A change reaches other contexts this long after a write (three times as long during a burst). Every
 * signal makes each open tab and page re-read what it shows, so during a burst (an import, a bulk edit,
 * sync, a script saving 1,000 notes) changes are gathered: one signal per window, not one per write.
 */
export const CHANGE_WINDOW_MS = 100;
/** A write less than this many windows after the last signal is part of a burst: its window is as long. */
const BURST_FACTOR = 3;

/**
 * Gathers change signals: the contacts of every write in a window are united (never only the last
 * write's), a settings (or learned-tone) change in any of them marks the whole signal, and a wide
 * change ('*') wins.
 * The first change of a window starts the clock, so a steady stream still signals every window.
 */
export class ChangeBatcher {
  private contacts = new Set<string>();
  private settings = false;
  private learned = false;
  /** A write in this window did not come from sync. */
  private local = false;
  private pending = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastSent = -Infinity;

  constructor(
    private readonly notify: (change: Omit<ChangeSignal, 'seq' | 'at'>) => void,
    private readonly windowMs: number,
  ) {}

  add(contacts: string[], settings: boolean, learned = false, fromSync = false): void {
    for (const id of contacts) this.contacts.add(id);
    this.settings ||= settings;
    this.learned ||= learned;
    this.local ||= !fromSync;
    if (this.pending) return;
    this.pending = true;
    // A write soon after the last signal is part of a burst: gather a longer window.
    const burst = Date.now() - this.lastSent < BURST_FACTOR * this.windowMs;
    this.timer = setTimeout(() => this.flush(), burst ? BURST_FACTOR * this.windowMs : this.windowMs);
  }

  /** Sends what has gathered now (tests; a caller that must not wait for the window). */
  flush(): void {
    clearTimeout(this.timer);
    if (!this.pending) return;
    const contacts = this.contacts.has('*') ? ['*'] : [...this.contacts];
    const { settings, learned } = this;
    this.contacts = new Set();
    this.settings = false;
    this.learned = false;
    this.pending = false;
    this.lastSent = Date.now();
    const fromSync = !this.local;
    this.local = false;
    this.notify({ contacts, settings, ...(learned && { learned }), ...(fromSync && { fromSync }) });
  }
}

/** The message to show for a payload larger than any legitimate request. */
const MAX_MESSAGE_CHARS = 20_000_000;
/** Below Chrome's 64 MiB message limit: a file sent whole, or any escaped upload part. */
const MAX_IMPORT_MESSAGE_CHARS = 60_000_000;

class RequestError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

function key(ref: string): ProfileKey {
  const normalized = normalizeProfileRef(ref);
  if (!normalized)
    throw new RequestError('bad-request', `Not a LinkedIn profile id or URL: ${JSON.stringify(ref.slice(0, 200))}`);
  return normalized;
}

function keys(refs: string[]): ProfileKey[] {
  return refs.map(key);
}

/** A page identity's refs as keys. */
function pageKeys<T extends { aliases: string[]; confirmed?: string[] }>(identity: T): T {
  return {
    ...identity,
    aliases: keys(identity.aliases),
    ...(identity.confirmed && { confirmed: keys(identity.confirmed) }),
  };
}

function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || 'payload'}: ${issue.message}`)
    .join('; ');
}

type Handlers = { [T in RequestType]: (payload: z.output<(typeof requestSchemas)[T]>) => Promise<RequestResults[T]> };

/** Import problems become readable request errors. */
async function importing<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof backup.ImportError) throw new RequestError('bad-request', error.message);
    throw error;
  }
}

export function createServer({
  db,
  extensionId,
  notify = () => {},
  anchors = new manage.AnchorLog(),
  onAnchors = () => {},
  changeWindowMs = CHANGE_WINDOW_MS,
  onLocalWrite = () => {},
}: ServerDeps) {
  const directory = new Directory(db);
  /** Files being imported, arriving in parts (stageImport). */
  const staged = new backup.StagedImports();
  /** A file to import: its text sent whole (small files, scripts), or its upload as read once. */
  const fileOf = (
    kind: backup.ImportKind,
    text: string | undefined,
    upload: string | undefined,
    options: { dateOrder?: DateOrder; guessOrder: DateOrder },
  ): string | backup.Incoming => {
    if (text !== undefined) return text;
    try {
      return staged.read(upload!, `${kind} ${options.dateOrder} ${options.guessOrder}`, (whole) =>
        backup.readImport(kind, whole, options),
      );
    } catch (error) {
      if (error instanceof backup.UploadMissingError) throw new RequestError('not-found', error.message);
      throw error;
    }
  };
  const signals = new ChangeBatcher(notify, changeWindowMs);
  /**
   * After every write: the directory notes what it must re-read (before the answer goes back, so the
   * writer's next read sees the write), and the change joins the batch every context hears about.
   */
  const changed = async (contacts: string[], settings = false, learned = false, fromSync = false) => {
    // ['*'] marks a wide change (imports, bulk edits): rebuild the directory on next use.
    if (contacts.includes('*')) directory.invalidate();
    else directory.markChanged(contacts);
    if (!fromSync && contacts.length) onLocalWrite(contacts);
    signals.add(contacts, settings, learned, fromSync);
  };

  const handlers: Handlers = {
    getContact: ({ ref }) => repo.getContact(db, key(ref)),
    lookupContacts: async ({ refs }) => {
      // Invalid refs answer null rather than failing the whole batch: a page can hold odd links.
      const valid = refs.flatMap((ref) => {
        const normalized = normalizeProfileRef(ref);
        return normalized ? [[ref, normalized] as const] : [];
      });
      const byKey = await directory.lookup(valid.map(([, k]) => k));
      // No prototype: a ref such as `__proto__` or `constructor` is just a key with no contact.
      const result: RequestResults['lookupContacts'] = Object.create(null);
      for (const ref of refs) result[ref] = null;
      // Badges show the latest note only: keep the batch answer small.
      for (const [ref, k] of valid) {
        const view = byKey[k];
        result[ref] = view ? { ...view, latestNotes: view.latestNotes.slice(0, 1) } : null;
      }
      return result;
    },
    saveContact: async ({ ref, identity, patch }) => {
      const contact = await repo.saveContact(db, key(ref), identity && pageKeys(identity), patch);
      await changed([contact.id]);
      return contact;
    },
    deleteContact: async ({ ref }) => {
      const deleted = await repo.deleteContact(db, key(ref));
      if (deleted) await changed([deleted.contact.id]);
      return deleted;
    },
    restoreContact: async ({ contact, notes }) => {
      const restored = await repo.restoreContact(
        db,
        { ...contact, aliases: keys(contact.aliases), id: key(contact.id) },
        notes,
      );
      await changed([restored.id]);
      return restored;
    },
    searchContacts: (query) => directory.search(query),
    listTags: async () => (await directory.distinct('tags')) ?? repo.listTags(db),
    listNotes: ({ ref }) => repo.listNotes(db, key(ref)),
    addNote: async ({ ref, text, identity }) => {
      const result = await repo.addNote(db, key(ref), text, identity && pageKeys(identity));
      await changed([result.contact.id]);
      return result;
    },
    updateNote: async ({ id, text, baseUpdatedAt }) => {
      const result = await repo.updateNote(db, id, text, Date.now(), baseUpdatedAt);
      if (!result)
        throw new RequestError(
          'not-found',
          'This note no longer exists (it was deleted elsewhere): add your text as a new note',
        );
      await changed([result.note.contactId]);
      return result;
    },
    deleteNote: async ({ id }) => {
      const note = await repo.deleteNote(db, id);
      if (note) await changed([note.contactId]);
      return note;
    },
    restoreNote: async ({ note }) => {
      const restored = await repo.restoreNote(db, note);
      if (!restored) throw new RequestError('not-found', 'The note’s contact no longer exists');
      await changed([restored.contactId]);
      return restored;
    },
    recordInteraction: async ({ refs }) => {
      const updated = await repo.recordInteraction(db, keys(refs));
      if (updated.length) await changed(updated.map((c) => c.id));
      return { updated: updated.length };
    },
    getSettings: () => repo.getSettings(db),
    updateSettings: async ({ patch }) => {
      const settings = await repo.updateSettings(db, patch as Partial<Settings>);
      await changed([], true);
      return settings;
    },
    logEvent: async ({ type, choice, categories, ref }) => {
      const event = await repo.logEvent(db, {
        type,
        at: Date.now(),
        ...(choice && { choice }),
        ...(categories && { categories }),
        ...(ref && { contactId: key(ref) }),
      });
      return event;
    },
    eventSummary: () => repo.eventSummary(db),
    // --- Popup and manager (issue 7) ---
    recentContacts: async ({ limit }) => {
      // Once the directory is in memory the popup's first list is a slice of it; before that, ask the
      // database and start building it so the next open and the first keystroke are fast.
      if (directory.isBuilt) return directory.search({ query: '', limit });
      const recent = await manage.recentContacts(db, limit);
      setTimeout(() => void directory.warm(), 0);
      return recent;
    },
    followUpsDue: ({ limit }) => manage.followUpsDue(db, limit),
    listContacts: async (filters) => {
      // Before the directory is in memory, one pass over the tables answers sooner than building it.
      if (
        !directory.isBuilt &&
        !filters.query.trim() &&
        !filters.level &&
        !filters.tag &&
        !filters.circle &&
        !filters.followUpDue
      )
        return manage.listContacts(db);
      const { items } = await directory.search({ ...filters, limit: Number.MAX_SAFE_INTEGER });
      return items.map(({ contact, noteCount, latestNotes }) => ({
        contact,
        noteCount,
        activeAt: Math.max(contact.updatedAt, contact.lastInteractionAt, latestNotes[0]?.updatedAt ?? 0),
      }));
    },
    contactRows: async ({ ids, ...filters }) => {
      const { rows, total } = await directory.rowsOf(keys(ids), filters);
      return {
        rows: rows.map(({ view, activeAt }) => ({ contact: view.contact, noteCount: view.noteCount, activeAt })),
        total,
      };
    },
    listCircles: async () => (await directory.distinct('circle')) ?? manage.listCircles(db),
    bulkUpdateContacts: async ({ refs, level, addTags, removeTags }) => {
      const updated = await manage.bulkUpdateContacts(db, keys(refs), { level, addTags, removeTags });
      await changed(updated.length > 50 ? ['*'] : updated.map((c) => c.id));
      return { updated: updated.length };
    },
    bulkDeleteContacts: async ({ refs }) => {
      const deleted = await manage.bulkDeleteContacts(db, keys(refs));
      await changed(deleted.contacts.length > 50 ? ['*'] : deleted.contacts.map((c) => c.id));
      return deleted;
    },
    bulkRestoreContacts: async ({ contacts, notes }) => {
      const restored = await manage.bulkRestoreContacts(db, contacts, notes);
      await changed(contacts.length > 50 ? ['*'] : contacts.map((c) => c.id));
      return { restored };
    },
    exportBackup: async () => {
      const file = await backup.exportBackup(db);
      await changed([], true);
      return file;
    },
    stageImport: async ({ upload, part, parts, text }) => ({
      received: await importing(async () => staged.add(upload, part, parts, text)),
    }),
    previewImport: ({ kind, text, upload, strategy, dateOrder }) =>
      importing(() => {
        const options = { dateOrder, guessOrder: guessDateOrder() };
        return backup.previewImport(db, kind, fileOf(kind, text, upload, options), strategy, options);
      }),
    applyImport: async ({ kind, text, upload, strategy, skipInvalid, dateOrder }) => {
      const result = await importing(() => {
        const options = { dateOrder, guessOrder: guessDateOrder() };
        return backup.applyImport(db, kind, fileOf(kind, text, upload, options), strategy, { skipInvalid, ...options });
      });
      if (upload) staged.drop(upload);
      await changed(['*'], result.settings === 'replaced', result.toneLearned === 'replaced');
      return result;
    },
    reportAnchors: async ({ reports }) => {
      anchors.add(reports);
      onAnchors(anchors.list());
      return { stored: reports.length };
    },
    listDiagnostics: async () => anchors.list(),
    analyzerModel: async () => {
      const status = modelStatus();
      return status.loaded ? { asset: BUNDLED_MODEL, id: status.id } : { asset: null, error: status.error };
    },
    clearDiagnostics: async () => {
      anchors.clear();
      onAnchors([]);
      return { cleared: true };
    },
    listMerges: () => repo.listMerges(db),
    undoMerge: async ({ id }) => {
      const restored = await repo.undoMerge(db, id);
      if (!restored) throw new RequestError('not-found', 'That merge was already undone or no longer exists');
      await changed(restored);
      return { restored };
    },
    toneOutcome: async ({ text, label }) => {
      const { view, changed: learned } = await tone.recordToneOutcome(db, text, label);
      if (learned) await changed([], false, true);
      return view;
    },
    toneLearned: () => tone.getToneLearned(db),
    resetToneLearned: async () => {
      const view = await tone.resetToneLearned(db);
      await changed([], false, true);
      return view;
    },
  };

  async function handle(message: unknown, sender: Sender): Promise<ApiResult<unknown>> {
    try {
      if (sender.id !== extensionId) return fail('forbidden', 'Requests are only answered for Boundaries itself');
      if (typeof message !== 'object' || message === null || (message as { boundaries?: unknown }).boundaries !== 1) {
        return fail('bad-request', 'Not a Boundaries request: expected {boundaries: 1, type, payload}');
      }
      const { type, payload } = message as { type?: unknown; payload?: unknown };
      if (typeof type !== 'string' || !Object.hasOwn(requestSchemas, type)) {
        return fail('unknown-type', `Unknown request type ${JSON.stringify(String(type).slice(0, 100))}`);
      }
      // Imports carry a file or a part of one (more characters once JSON-escaped).
      const ceiling =
        type === 'previewImport' || type === 'applyImport' || type === 'stageImport'
          ? MAX_IMPORT_MESSAGE_CHARS
          : MAX_MESSAGE_CHARS;
      if (JSON.stringify(payload ?? null).length > ceiling) return fail('too-large', 'Request is too large');
      const schema = requestSchemas[type as RequestType];
      const parsed = schema.safeParse(payload ?? {});
      if (!parsed.success) {
        const tooBig = parsed.error.issues.some((issue) => issue.code === 'too_big');
        return fail(tooBig ? 'too-large' : 'bad-request', `${type}: ${describeZodError(parsed.error)}`);
      }
      const handler = handlers[type as RequestType] as (payload: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof RequestError) return fail(error.code, error.message);
      const unavailable = storageUnavailable(error);
      if (unavailable) return fail('storage-unavailable', unavailable);
      console.error('[Boundaries] storage request failed', error);
      return fail('internal', error instanceof Error ? error.message : 'Storage request failed');
    }
  }

  /** Rows written by something other than a request (a sync merge): same index refresh and signal. */
  // Sync's own writes: signalled like any other, marked so they do not schedule another sync.
  const changedElsewhere = (contacts: string[]) => changed(contacts, false, false, true);

  return { handle, handlers, changedElsewhere, flushChanges: () => signals.flush() };
}

/**
 * The browser refused the database itself, not this request: IndexedDB missing or switched off (some
 * Firefox profiles and privacy settings), the database failing to open, or the disk full. The user gets
 * what happened and that nothing was lost (a failed save leaves its text in the box), instead of
 * Dexie's internals. Returns the message, or null for any other error.
 */
export function storageUnavailable(error: unknown): string | null {
  const names: string[] = [];
  for (
    let e = error as { name?: unknown; inner?: unknown } | undefined, depth = 0;
    e && depth < 4;
    e = e.inner as typeof e, depth++
  ) {
    if (typeof e.name === 'string') names.push(e.name);
  }
  if (names.includes('QuotaExceededError')) {
    return 'Boundaries could not save: the browser says there is no storage space left. Nothing already saved was lost, and unsaved text stays where you typed it. Free some disk space, then try again.';
  }
  if (
    names.some((name) =>
      ['MissingAPIError', 'OpenFailedError', 'DatabaseClosedError', 'InvalidStateError', 'SecurityError'].includes(
        name,
      ),
    )
  ) {
    return 'Boundaries cannot use its storage: this browser is not letting the extension keep data (storage or site data turned off, or a damaged browser profile). Nothing already saved was lost, and unsaved text stays where you typed it. Allow storage for extensions, then try again.';
  }
  return null;
}

/** How this browser's language writes 05/10/2020, for Connections.csv dates the file leaves ambiguous. */
function guessDateOrder() {
  return dateOrderOfLanguage(globalThis.navigator?.language);
}

function fail(code: ErrorCode, message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}
