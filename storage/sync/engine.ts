/**
 * One sync run (issue 13), between this device's database and the sync folder on the user's WebDAV server.
 *
 * Server layout (everything but the key file is ciphertext, every name is random):
 *   <folder>/boundaries-key.json        clear: format, KDF, iterations, salt, data folder id, check value
 *   <folder>/<epoch>/<device>/<file>    each device's encrypted change batches; only that device writes there
 *
 * A run: (1) check the key file (a wrong or changed passphrase stops here, nothing touched); (2) list the
 * other devices' folders, skipping any whose ETag is unchanged, and download only files not read yet;
 * (3) in ONE database transaction: find local changes (diff against the replica state), merge the remote
 * changes, make conflict copies, write the merged rows, queue this device's changes in the outbox;
 * (4) upload the outbox, each batch as a new file under a name fixed before the first attempt, so a retry
 * after a cut-off upload rewrites the same file, a few files at a time. Traffic is proportional to what
 * changed. After COMPACT_AFTER files, one run writes a snapshot of the whole state instead, and deletes
 * the files it replaces once every queued file is on the server.
 */
import type { BoundariesDb } from '../db';
import { emptyContact, type Contact, type Note } from '../model';
import type { ProfileKey } from '../profile-id';
import { contactUnderWriteRules } from '../schemas';
import { HlcClock, hlcMs, isHlc } from './hlc';
import {
  CONTACT_FIELDS,
  NOTE_FIELDS,
  diff,
  applyOps,
  conflictOps,
  mergeRecord,
  project,
  toDeltas,
  type RecordKey,
  type RecordState,
} from './merge';
import {
  FORMAT,
  SyncCryptoError,
  checkKey,
  decrypt,
  encrypt,
  encryptJson,
  fromBase64,
  importKey,
  parseKeyFile,
  randomId,
  toBase64,
  type KeyFile,
} from './crypto';
import { dropCachedState, loadState, saveState } from './state-store';
import { DavError, WebDav } from './webdav';
import type { OutboxEntry, SyncConfig, SyncProgress } from './tables';

export const KEY_FILE = 'boundaries-key.json';
/**
 * Clear-text JSON per uploaded file (about 10,000 notes): few requests for a first sync, and each file
 * small enough to retry cheaply. An edit sends one small file.
 */
const MAX_FILE_CHARS = 4_000_000;
/** Files uploaded or downloaded at once: overlaps gzip + AES of one with the transfer of others. */
const TRANSFERS_AT_ONCE = 4;
/** Above this many own files, the next run replaces them with one snapshot. */
export const COMPACT_AFTER = 200;
/** Another device's clock this far ahead of ours gets a warning. */
const SKEW_WARNING_MS = 10 * 60_000;

export class SyncStop extends Error {
  constructor(
    message: string,
    readonly locked = false,
  ) {
    super(message);
    this.name = 'SyncStop';
  }
}

export interface RunResult {
  /** Contacts and notes changed here since the last run (not field operations: one edit is one change). */
  sent: number;
  received: number;
  bytesSent: number;
  bytesReceived: number;
  warnings: string[];
  /** Contact ids whose rows changed here. */
  changedContacts: string[];
  /** Milliseconds per phase of the run (for the benchmark: where the time goes). */
  phases: Record<string, number>;
}

export function emptyProgress(): SyncProgress {
  return { clock: '', keyFileEtag: '', read: {}, seq: 0, fullUpload: true, own: [] };
}

export async function getConfig(db: BoundariesDb): Promise<SyncConfig | undefined> {
  return (await db.syncMeta.get('config'))?.value as SyncConfig | undefined;
}
export async function getProgress(db: BoundariesDb): Promise<SyncProgress> {
  return ((await db.syncMeta.get('progress'))?.value as SyncProgress | undefined) ?? emptyProgress();
}

export function davFor(config: SyncConfig, fetchImpl?: typeof fetch): WebDav {
  return new WebDav({
    base: config.server,
    user: config.user,
    password: config.password,
    timeoutMs: config.timeoutMs,
    fetch: fetchImpl,
  });
}

/**
 * The folder's key file, or null if there is none yet; creates the folder if missing. When its ETag is
 * `knownEtag`, answers 'unchanged' without downloading it (one request per sync instead of two).
 */
export async function readKeyFile(
  dav: WebDav,
  knownEtag?: string,
): Promise<{ keyFile: KeyFile; etag: string } | 'unchanged' | null> {
  let entries = await dav.list('');
  if (!entries) {
    await dav.mkcol('');
    entries = [];
  }
  const entry = entries.find((e) => e.name === KEY_FILE);
  if (!entry) return null;
  if (knownEtag && entry.etag === knownEtag) return 'unchanged';
  const file = await dav.get(KEY_FILE);
  if (!file) return null;
  try {
    return { keyFile: parseKeyFile(new TextDecoder().decode(file.body)), etag: file.etag };
  } catch (error) {
    if (error instanceof SyncCryptoError)
      throw new SyncStop(
        `The key file on the server ${error.message}.${error.kind === 'newer-format' ? ' Update Boundaries on this device.' : ''}`,
      );
    throw error;
  }
}

const FIELD_TYPES: Record<string, (v: unknown) => boolean> = {
  aliases: (v) => Array.isArray(v) && v.every((x) => typeof x === 'string'),
  tags: (v) => Array.isArray(v) && v.every((x) => typeof x === 'string'),
  level: (v) => v === 'professional' || v === 'friendly' || v === 'personal' || v === 'unset',
  driftCheck: (v) => typeof v === 'boolean',
  lastInteractionAt: Number.isFinite,
  createdAt: Number.isFinite,
  updatedAt: Number.isFinite,
};

/** The last clock value found well-formed: a batch shares one, so most checks are one comparison. */
let lastGoodStamp: string | undefined;
function goodStamp(t: unknown): boolean {
  if (t !== undefined && t === lastGoodStamp) return true;
  if (!isHlc(t)) return false;
  lastGoodStamp = t;
  return true;
}

/** Checks a decrypted record from another device; anything unexpected makes the whole file count as damaged. */
function validRecord(value: unknown): value is RecordState {
  if (typeof value !== 'object' || value === null) return false;
  const rec = value as RecordState;
  if (typeof rec.k !== 'string' || !/^[cn]:./.test(rec.k) || rec.k.length > 1_000) return false;
  if (typeof rec.f !== 'object' || rec.f === null) return false;
  const allowed: readonly string[] = rec.k.startsWith('c:') ? CONTACT_FIELDS : NOTE_FIELDS;
  for (const [field, entry] of Object.entries(rec.f)) {
    if (!allowed.includes(field) || !goodStamp(entry?.t)) return false;
    const check = FIELD_TYPES[field] ?? ((v: unknown) => typeof v === 'string');
    if (!check(entry.v)) return false;
  }
  if (rec.h && !(Array.isArray(rec.h) && rec.h.every((h) => goodStamp(h?.t) && typeof h.v === 'string'))) return false;
  for (const list of [rec.g, rec.d]) if (list && !(Array.isArray(list) && list.every(goodStamp))) return false;
  return true;
}

/** The greater of `latest` and every clock value in a record. */
function latestStamp(rec: RecordState, latest: string): string {
  for (const field in rec.f) if (rec.f[field]!.t > latest) latest = rec.f[field]!.t;
  for (const head of rec.h ?? []) if (head.t > latest) latest = head.t;
  return latest;
}

export { dropCachedState };

/** Runs `task` over `items`, at most `limit` at once; after a failure starts no more, then throws it. */
async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  async function lane() {
    while (!failure && next < items.length) {
      const item = items[next++]!;
      try {
        await task(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  if (failure) throw failure.error;
}

/**
 * JSON of records, each serialised at most once per run: on a first sync the state buckets and the
 * uploaded files hold the same 40,000 records. Valid only while the records are not changed.
 */
function jsonMemo(): (rec: RecordState) => string {
  const done = new Map<RecordState, string>();
  return (rec) => {
    let json = done.get(rec);
    if (json === undefined) {
      json = JSON.stringify(rec);
      done.set(rec, json);
    }
    return json;
  };
}

function outboxKey(entry: OutboxEntry): `outbox:${string}` {
  return `outbox:${String(entry.seq).padStart(10, '0')}`;
}

/** Splits records into file payloads of at most MAX_FILE_CHARS of JSON (a larger record gets a file alone). */
function filePayloads(records: readonly RecordState[], toJson: (rec: RecordState) => string): string[] {
  const files: string[] = [];
  let parts: string[] = [];
  let size = 0;
  const flush = () => {
    if (parts.length) files.push(`{"format":${FORMAT},"records":[${parts.join(',')}]}`);
    parts = [];
    size = 0;
  };
  for (const rec of records) {
    const json = toJson(rec);
    if (parts.length && size + json.length > MAX_FILE_CHARS) flush();
    parts.push(json);
    size += json.length + 1;
  }
  flush();
  return files;
}

export interface RunOptions {
  fetch?: typeof fetch;
  now?: () => number;
  /**
   * Contacts written here since the last run (their notes included). When given, the run compares only
   * them, and every record another device changed, with the replica state, instead of reading the whole
   * database: work proportional to the change. Without it (not known) the whole database is compared.
   */
  localChanges?: ReadonlySet<string>;
}

/** Above this many records received, a run compares the whole database rather than row by row. */
const SCOPED_INCOMING_LIMIT = 2_000;

/** A scoped run would write a row it did not compare first: it starts over comparing everything. */
class ScopeMiss extends Error {}

/**
 * The rows a scoped run compares with the replica state: the contacts written here, every contact another
 * device changed or whose notes it changed, and under each of those contacts every note stored here or
 * known to the state (a note moved or deleted here is found so), plus every note another device changed.
 * Every row the merge can then write was compared first, so no local edit is overwritten, whatever was
 * reported. Returns the rows and the record keys they stand for (a key without a row was deleted here).
 */
async function readScope(
  db: BoundariesDb,
  state: Map<RecordKey, RecordState>,
  written: ReadonlySet<string>,
  incoming: readonly RecordState[],
): Promise<{ contacts: Contact[]; notes: Note[]; scope: Set<RecordKey> }> {
  const contactIds = new Set<string>(written);
  const noteIds = new Set<string>();
  for (const rec of incoming) {
    const id = rec.k.slice(2);
    if (rec.k.startsWith('c:')) {
      contactIds.add(id);
      continue;
    }
    noteIds.add(id);
    for (const contactId of [rec.f.contactId?.v, state.get(rec.k)?.f.contactId?.v])
      if (typeof contactId === 'string') contactIds.add(contactId);
  }
  // A changed note stored here under another contact brings that contact too.
  for (const note of await db.notes.bulkGet([...noteIds])) if (note) contactIds.add(note.contactId);
  // A person merged here into a written one (issue 14) was deleted without being reported; the survivor
  // took over their aliases, their own id among them.
  const aliases = new Set<string>();
  for (const contact of await db.contacts.bulkGet([...written]))
    for (const alias of contact?.aliases ?? []) aliases.add(alias);
  for (const rec of state.values()) {
    if (rec.k.charCodeAt(0) === 99 /* c */) {
      const id = rec.k.slice(2);
      if (aliases.has(id)) contactIds.add(id);
    }
  }
  for (const rec of state.values()) {
    if (rec.k.charCodeAt(0) !== 110 /* n */) continue;
    const contactId = rec.f.contactId?.v;
    if (typeof contactId === 'string' && contactIds.has(contactId)) noteIds.add(rec.k.slice(2));
  }
  const ids = [...contactIds];
  const [contacts, under, known] = await Promise.all([
    db.contacts.bulkGet(ids),
    db.notes.where('contactId').anyOf(ids).toArray(),
    db.notes.bulkGet([...noteIds]),
  ]);
  const notes = new Map<string, Note>();
  for (const note of [...under, ...known]) if (note) notes.set(note.id, note);
  const scope = new Set<RecordKey>();
  for (const id of ids) scope.add(`c:${id}`);
  for (const id of noteIds) scope.add(`n:${id}`);
  for (const id of notes.keys()) scope.add(`n:${id}`);
  return { contacts: contacts.filter((c): c is Contact => c !== undefined), notes: [...notes.values()], scope };
}

/**
 * One full sync run. Throws DavError (network, server) or SyncStop (needs the user); otherwise returns
 * what moved. Local data is only ever changed inside the merge transaction.
 */
export async function runSync(db: BoundariesDb, options: RunOptions = {}): Promise<RunResult> {
  const now = options.now ?? Date.now;
  const phases: Record<string, number> = {};
  let phaseStart = performance.now();
  const phase = (name: string) => {
    const t = performance.now();
    phases[name] = Math.round((phases[name] ?? 0) + t - phaseStart);
    phaseStart = t;
  };
  const config = await getConfig(db);
  if (!config?.enabled) throw new SyncStop('Sync is off.');
  if (!config.key || !config.epoch || !config.salt)
    throw new SyncStop('Enter the passphrase to sync on this device.', true);
  const dav = davFor(config, options.fetch);
  const deviceId = config.deviceId;
  const raw = fromBase64(config.key);
  const key = await importKey(raw);
  let progress = await getProgress(db);
  const warnings: string[] = [];

  // (1) The key file: recreate it if the folder was emptied; stop if the passphrase changed elsewhere.
  const read0 = await readKeyFile(dav, progress.keyFileEtag);
  const found = read0 === 'unchanged' ? null : read0;
  let epoch = config.epoch;
  if (read0 === 'unchanged') {
    // Same key file as last time: same passphrase, same data folder.
  } else if (!found) {
    const check = toBase64(await encrypt(key, 'boundaries-sync-check'));
    const keyFile: KeyFile = {
      format: FORMAT,
      kdf: 'PBKDF2-SHA256',
      iterations: config.iterations ?? 600_000,
      salt: config.salt,
      epoch,
      check,
    };
    await dav.put(KEY_FILE, JSON.stringify(keyFile, null, 2), { create: true, type: 'application/json' });
    progress = { ...emptyProgress(), clock: progress.clock };
  } else if (found.etag !== progress.keyFileEtag || found.keyFile.epoch !== epoch) {
    if (found.keyFile.salt !== config.salt || !(await checkKey(found.keyFile, raw))) {
      throw new SyncStop(
        'The sync passphrase was changed on another device. Enter the new passphrase to keep syncing; nothing was changed here.',
        true,
      );
    }
    if (found.keyFile.epoch !== epoch) {
      // Same passphrase, new data folder (another device recreated it): upload everything again.
      epoch = found.keyFile.epoch;
      progress = { ...emptyProgress(), clock: progress.clock };
      await db.syncMeta.put({ key: 'config', value: { ...config, epoch } });
    }
  }
  if (read0 !== 'unchanged') progress.keyFileEtag = found?.etag ?? '';
  phase('keyFile');

  // (2) Other devices' new files.
  let devices = await dav.list(`${epoch}/`);
  if (!devices) {
    await dav.mkcol(`${epoch}/`);
    devices = [];
  }
  if (!devices.some((d) => d.name === config.deviceDir)) await dav.mkcol(`${epoch}/${config.deviceDir}/`);
  const incoming: RecordState[] = [];
  const read = { ...progress.read };
  for (const device of devices) {
    if (!device.isDir || device.name === config.deviceDir) continue;
    const before = read[device.name];
    if (before && device.etag && before.etag === device.etag) continue;
    const files = (await dav.list(`${epoch}/${device.name}/`)) ?? [];
    const present = new Set(files.map((f) => f.name));
    // Files the other device deleted (after compacting them into a snapshot) need no memory.
    const done = new Set((before?.files ?? []).filter((name) => present.has(name)));
    let complete = true;
    const unread = files.filter((file) => !file.isDir && !done.has(file.name));
    await eachLimited(unread, TRANSFERS_AT_ONCE, async (file) => {
      const got = await dav.get(`${epoch}/${device.name}/${file.name}`);
      if (!got) return;
      try {
        const payload = (await decrypt(key, got.body)) as { format?: unknown; records?: unknown };
        if (!Array.isArray(payload?.records) || !payload.records.every(validRecord))
          throw new SyncCryptoError('corrupt', 'holds data Boundaries does not understand');
        for (const rec of payload.records) incoming.push(rec);
        done.add(file.name);
      } catch (error) {
        if (!(error instanceof SyncCryptoError)) throw error;
        complete = false;
        warnings.push(
          `Skipped a file on the server that ${error.message}${error.kind === 'newer-format' ? '; update Boundaries on this device' : ''}. It will be tried again.`,
        );
      }
    });
    read[device.name] = { etag: complete ? device.etag : '', files: [...done] };
  }
  phase('download');

  // (3) Merge, in one transaction with the data so no edit made meanwhile is overwritten or missed.
  const outcome = await mergeTransaction();
  async function mergeTransaction() {
    try {
      return await merge(options.localChanges);
    } catch (error) {
      dropCachedState(db);
      if (!(error instanceof ScopeMiss)) throw error;
    }
    try {
      return await merge(undefined);
    } catch (error) {
      dropCachedState(db);
      throw error;
    }
  }
  async function merge(written: ReadonlySet<string> | undefined) {
    return db.transaction('rw', [db.contacts, db.notes, db.syncState, db.syncMeta], async () => {
      const latest = await getProgress(db);
      // The replica state stays in memory between runs (reading 40,000 records each time is the slowest
      // part of a small sync); it is reloaded whenever a run fails, so it never drifts from the table.
      const state = await loadState(db);
      phase('loadState');
      // A device joining with an empty state sends only its own rows (all of them are local changes);
      // one rejoining a new data folder with history must send its whole state.
      const hadHistory = state.size > 0;
      // A joining device (empty state) compares everything: all of its rows are new. So does a run that
      // receives a lot (another device's snapshot): reading every row is then cheaper than row by row.
      const { contacts, notes, scope } =
        written && hadHistory && incoming.length < SCOPED_INCOMING_LIMIT
          ? await readScope(db, state, written, incoming)
          : { ...(await readAll()), scope: undefined };
      async function readAll() {
        const [contacts, notes] = await Promise.all([db.contacts.toArray(), db.notes.toArray()]);
        return { contacts, notes };
      }
      phase('readRows');
      const clock = new HlcClock(deviceId, now, latest.clock || undefined);
      const localOps = diff(state, { contacts, notes }, () => clock.tick(), scope);
      const touched = new Set<RecordKey>(localOps.map((op) => op.k));
      const remoteKeys = new Set<RecordKey>();
      // Clock values sort like the clock: the greatest one received is the only one the clock needs.
      let latestSeen = '';
      for (const rec of incoming) {
        latestSeen = latestStamp(rec, latestSeen);
        mergeRecord(state, rec);
        remoteKeys.add(rec.k);
      }
      if (latestSeen) clock.receive(latestSeen);
      const skewed = latestSeen ? hlcMs(latestSeen) - now() : 0;
      const skewWarning = `Another device’s clock is about ${Math.round(skewed / 3_600_000) || '<1'} h ahead of this one. Nothing is lost, but check its date and time.`;
      if (skewed > SKEW_WARNING_MS && !warnings.includes(skewWarning)) warnings.push(skewWarning);
      const resolveOps = conflictOps(state, new Set([...remoteKeys, ...touched]));
      // Conflict copies made just now have no row here yet; any other record is a row to compare first.
      const copies = new Set(resolveOps.filter((op) => !state.has(op.k)).map((op) => op.k));
      applyOps(state, resolveOps);
      for (const op of resolveOps) remoteKeys.add(op.k);
      phase('merge');

      // Write the rows the merge changed; keep local-only fields of existing rows.
      const view = project(state, remoteKeys);
      if (scope) {
        const unread = [...view.contacts.keys()]
          .map((id): RecordKey => `c:${id}`)
          .concat([...view.notes.keys()].map((id): RecordKey => `n:${id}`))
          .filter((k) => !scope.has(k));
        if (unread.some((k) => !copies.has(k))) throw new ScopeMiss();
        const ids = unread.map((k) => k.slice(2));
        if (ids.length && (await db.notes.bulkGet(ids)).some(Boolean)) throw new ScopeMiss();
      }
      const contactsById = new Map(contacts.map((c) => [c.id, c]));
      const notesById = new Map(notes.map((n) => [n.id, n]));
      const changedContacts = new Set<string>();
      const putContacts: Contact[] = [];
      const deleteContacts: string[] = [];
      for (const [id, row] of view.contacts) {
        const existing = contactsById.get(id);
        if (!row) {
          if (existing) deleteContacts.push(id);
          continue;
        }
        // Under this device's write rules, as every other write path (issue 14 item 11).
        const next = contactUnderWriteRules({
          ...emptyContact(id as ProfileKey, now()),
          ...existing,
          ...row,
        } as Contact);
        if (!existing || JSON.stringify(existing) !== JSON.stringify(next)) putContacts.push(next);
      }
      const putNotes: Note[] = [];
      const deleteNotes: string[] = [];
      for (const [id, row] of view.notes) {
        const existing = notesById.get(id);
        if (!row) {
          if (existing) {
            deleteNotes.push(id);
            changedContacts.add(existing.contactId);
          }
          continue;
        }
        const next = { ...existing, ...row } as Note;
        if (!existing || JSON.stringify(existing) !== JSON.stringify(next)) {
          putNotes.push(next);
          changedContacts.add(next.contactId);
          if (existing) changedContacts.add(existing.contactId);
        }
      }
      for (const c of putContacts) changedContacts.add(c.id);
      for (const id of deleteContacts) changedContacts.add(id);
      await db.contacts.bulkPut(putContacts);
      await db.contacts.bulkDelete(deleteContacts);
      await db.notes.bulkPut(putNotes);
      await db.notes.bulkDelete(deleteNotes);
      phase('writeRows');

      const toJson = jsonMemo();
      await saveState(db, new Set<RecordKey>([...touched, ...remoteKeys]), toJson);
      phase('writeState');

      // Queue this device's changes (and its conflict copies) for upload. A state that started empty and
      // received nothing holds exactly these changes: send its records (already serialised above).
      let records = !hadHistory && !incoming.length ? [...state.values()] : toDeltas([...localOps, ...resolveOps]);
      let { seq, own, fullUpload } = latest;
      let retired = latest.retired ?? [];
      if (progress.fullUpload || fullUpload) {
        // A new data folder holds nothing of ours yet: send the whole state once.
        if (hadHistory) records = [...state.values()];
        await db.syncMeta.where('key').startsWith('outbox:').delete();
        own = [];
        retired = [];
        fullUpload = false;
      } else if (own.length > COMPACT_AFTER && records.length) {
        // Compaction: after many small files, one snapshot of everything replaces them. They are deleted
        // only once the snapshot (and anything queued before it) is on the server.
        records = [...state.values()];
        retired = [...retired, ...own];
        own = [];
      }
      const entries: OutboxEntry[] = filePayloads(records, toJson).map((payload) => ({
        seq: seq++,
        name: randomId(16),
        payload,
      }));
      await db.syncMeta.bulkPut(entries.map((entry) => ({ key: outboxKey(entry), value: entry })));
      await db.syncMeta.put({
        key: 'progress',
        value: {
          ...progress,
          clock: clock.last,
          read,
          seq,
          own,
          retired,
          fullUpload,
          keyFileEtag: progress.keyFileEtag,
        },
      });
      phase('queue');
      return {
        sent: touched.size,
        received: incoming.length,
        changedContacts: [...changedContacts],
        queued: entries,
      };
    });
  }

  // (4) Upload the outbox, a few files at once. A failure leaves the rest queued for the next run.
  phase('commit');
  // What this run queued is still in memory; only entries left by earlier runs are read back.
  const { queued, ...moved } = outcome;
  const inMemory = new Map(queued.map((entry) => [outboxKey(entry), entry]));
  const keys = (await db.syncMeta.where('key').startsWith('outbox:').primaryKeys()) as `outbox:${string}`[];
  const older = keys.filter((k) => !inMemory.has(k));
  const olderRows = older.length ? await db.syncMeta.bulkGet(older) : [];
  for (const row of olderRows) if (row) inMemory.set(row.key as `outbox:${string}`, row.value as OutboxEntry);
  const outbox = keys.flatMap((k) => {
    const value = inMemory.get(k);
    return value ? [{ key: k, value }] : [];
  });
  await eachLimited(outbox, TRANSFERS_AT_ONCE, async (row) => {
    const entry = row.value;
    const body =
      entry.payload !== undefined
        ? await encryptJson(key, entry.payload)
        : await encrypt(key, { format: FORMAT, records: entry.records ?? [] });
    await dav.put(`${epoch}/${config.deviceDir}/${entry.name}`, body);
    await db.transaction('rw', db.syncMeta, async () => {
      await db.syncMeta.delete(row.key);
      const p = await getProgress(db);
      await db.syncMeta.put({ key: 'progress', value: { ...p, own: [...p.own, entry.name] } });
    });
  });
  phase('upload');
  // Everything queued is on the server: the files a snapshot replaced can go.
  const { retired = [] } = await getProgress(db);
  const removed = new Set<string>();
  await eachLimited(retired, TRANSFERS_AT_ONCE, async (name) => {
    await dav.delete(`${epoch}/${config.deviceDir}/${name}`);
    removed.add(name);
  }).catch(() => {
    // Tried again after the next run's uploads; the snapshot already holds everything they held.
  });
  if (removed.size) {
    await db.transaction('rw', db.syncMeta, async () => {
      const p = await getProgress(db);
      await db.syncMeta.put({
        key: 'progress',
        value: { ...p, retired: (p.retired ?? []).filter((n) => !removed.has(n)) },
      });
    });
  }
  phase('compact');
  return { ...moved, bytesSent: dav.bytesSent, bytesReceived: dav.bytesReceived, warnings, phases };
}

export { DavError, SyncCryptoError };
