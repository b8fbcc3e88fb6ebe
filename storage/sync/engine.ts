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
 * after a cut-off upload rewrites the same file. Traffic is proportional to what changed.
 */
import type { BoundariesDb } from '../db';
import { emptyContact, type Contact, type Note } from '../model';
import type { ProfileKey } from '../profile-id';
import { HlcClock, hlcMs, isHlc } from './hlc';
import {
  CONTACT_FIELDS,
  NOTE_FIELDS,
  diff,
  mergeRecord,
  project,
  resolveConflicts,
  toDeltas,
  type RecordKey,
  type RecordState,
  type State,
} from './merge';
import {
  FORMAT,
  SyncCryptoError,
  checkKey,
  decrypt,
  encrypt,
  fromBase64,
  importKey,
  parseKeyFile,
  randomId,
  toBase64,
  type KeyFile,
} from './crypto';
import { DavError, WebDav } from './webdav';
import type { OutboxEntry, SyncConfig, SyncProgress } from './tables';

export const KEY_FILE = 'boundaries-key.json';
/** Records per uploaded file: keeps each file a few MB at most. */
const RECORDS_PER_FILE = 5_000;
/** Above this many own files, the next run replaces them with one snapshot. */
const COMPACT_AFTER = 200;
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
  sent: number;
  received: number;
  bytesSent: number;
  bytesReceived: number;
  warnings: string[];
  /** Contact ids whose rows changed here. */
  changedContacts: string[];
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
export async function readKeyFile(dav: WebDav, knownEtag?: string): Promise<{ keyFile: KeyFile; etag: string } | 'unchanged' | null> {
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

/** Checks a decrypted record from another device; anything unexpected makes the whole file count as damaged. */
function validRecord(value: unknown): value is RecordState {
  if (typeof value !== 'object' || value === null) return false;
  const rec = value as RecordState;
  if (typeof rec.k !== 'string' || !/^[cn]:./.test(rec.k) || rec.k.length > 1_000) return false;
  if (typeof rec.f !== 'object' || rec.f === null) return false;
  const allowed: readonly string[] = rec.k.startsWith('c:') ? CONTACT_FIELDS : NOTE_FIELDS;
  for (const [field, entry] of Object.entries(rec.f)) {
    if (!allowed.includes(field) || !isHlc(entry?.t)) return false;
    const check = FIELD_TYPES[field] ?? ((v: unknown) => typeof v === 'string');
    if (!check(entry.v)) return false;
  }
  if (rec.h && !(Array.isArray(rec.h) && rec.h.every((h) => isHlc(h?.t) && typeof h.v === 'string'))) return false;
  for (const list of [rec.g, rec.d]) if (list && !(Array.isArray(list) && list.every(isHlc))) return false;
  return true;
}

function stateTimestamps(rec: RecordState): string[] {
  return [...Object.values(rec.f).map((f) => f.t), ...(rec.h ?? []).map((h) => h.t)];
}

const cachedState = new WeakMap<BoundariesDb, State>();

/** Forgets the in-memory replica state (after a failed run, or when the tables were changed otherwise). */
export function dropCachedState(db: BoundariesDb): void {
  cachedState.delete(db);
}

export interface RunOptions {
  fetch?: typeof fetch;
  now?: () => number;
}

/**
 * One full sync run. Throws DavError (network, server) or SyncStop (needs the user); otherwise returns
 * what moved. Local data is only ever changed inside the merge transaction.
 */
export async function runSync(db: BoundariesDb, options: RunOptions = {}): Promise<RunResult> {
  const now = options.now ?? Date.now;
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
    for (const file of files) {
      if (file.isDir || done.has(file.name)) continue;
      const got = await dav.get(`${epoch}/${device.name}/${file.name}`);
      if (!got) continue;
      try {
        const payload = (await decrypt(key, got.body)) as { format?: unknown; records?: unknown };
        if (!Array.isArray(payload?.records) || !payload.records.every(validRecord))
          throw new SyncCryptoError('corrupt', 'holds data Boundaries does not understand');
        incoming.push(...payload.records);
        done.add(file.name);
      } catch (error) {
        if (!(error instanceof SyncCryptoError)) throw error;
        complete = false;
        warnings.push(
          `Skipped a file on the server that ${error.message}${error.kind === 'newer-format' ? '; update Boundaries on this device' : ''}. It will be tried again.`,
        );
      }
    }
    read[device.name] = { etag: complete ? device.etag : '', files: [...done] };
  }

  // (3) Merge, in one transaction with the data so no edit made meanwhile is overwritten or missed.
  const outcome = await mergeTransaction();
  async function mergeTransaction() {
    try {
      return await merge();
    } catch (error) {
      cachedState.delete(db);
      throw error;
    }
  }
  async function merge() {
    return db.transaction('rw', [db.contacts, db.notes, db.syncState, db.syncMeta], async () => {
    const latest = await getProgress(db);
    // The replica state stays in memory between runs (reading 40,000 records each time is the slowest
    // part of a small sync); it is reloaded whenever a run fails, so it never drifts from the table.
    let state = cachedState.get(db);
    if (!state) {
      state = new Map((await db.syncState.toArray()).map((row) => [row.k, row]));
      cachedState.set(db, state);
    }
    // A device joining with an empty state sends only its own rows (all of them are local changes);
    // one rejoining a new data folder with history must send its whole state.
    const hadHistory = state.size > 0;
    const [contacts, notes] = await Promise.all([db.contacts.toArray(), db.notes.toArray()]);
    const clock = new HlcClock(deviceId, now, latest.clock || undefined);
    const localOps = diff(state, { contacts, notes }, () => clock.tick());
    const touched = new Set<RecordKey>(localOps.map((op) => op.k));
    const remoteKeys = new Set<RecordKey>();
    let skewed = 0;
    for (const rec of incoming) {
      for (const t of stateTimestamps(rec)) {
        clock.receive(t);
        skewed = Math.max(skewed, hlcMs(t) - now());
      }
      mergeRecord(state, rec);
      remoteKeys.add(rec.k);
    }
    if (skewed > SKEW_WARNING_MS)
      warnings.push(
        `Another device’s clock is about ${Math.round(skewed / 3_600_000) || '<1'} h ahead of this one. Nothing is lost, but check its date and time.`,
      );
    const resolveOps = resolveConflicts(state, new Set([...remoteKeys, ...touched]));
    for (const op of resolveOps) remoteKeys.add(op.k);

    // Write the rows the merge changed; keep local-only fields of existing rows.
    const view = project(state, remoteKeys);
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
      const next = { ...emptyContact(id as ProfileKey, now()), ...existing, ...row } as Contact;
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

    const changedKeys = new Set<RecordKey>([...touched, ...remoteKeys]);
    await db.syncState.bulkPut([...changedKeys].map((k) => state.get(k)!).filter(Boolean));

    // Queue this device's changes (and its conflict copies) for upload.
    let records = toDeltas([...localOps, ...resolveOps]);
    let { seq, own, fullUpload } = latest;
    if (progress.fullUpload || fullUpload) {
      // A new data folder holds nothing of ours yet: send the whole state once.
      if (hadHistory) records = [...state.values()];
      await db.syncMeta.where('key').startsWith('outbox:').delete();
      own = [];
      fullUpload = false;
    } else if (own.length > COMPACT_AFTER && records.length) {
      // Compaction: after many small files, one snapshot of everything replaces them (they are deleted after upload).
      records = [...state.values()];
    }
    const entries: OutboxEntry[] = [];
    for (let i = 0; i < records.length; i += RECORDS_PER_FILE) {
      entries.push({ seq: seq++, name: randomId(16), records: records.slice(i, i + RECORDS_PER_FILE) });
    }
    await db.syncMeta.bulkPut(
      entries.map((entry) => ({ key: `outbox:${String(entry.seq).padStart(10, '0')}` as const, value: entry })),
    );
    await db.syncMeta.put({
      key: 'progress',
      value: { ...progress, clock: clock.last, read, seq, own, fullUpload, keyFileEtag: progress.keyFileEtag },
    });
    return { sent: localOps.length, received: incoming.length, changedContacts: [...changedContacts] };
  });
  }

  // (4) Upload the outbox, oldest first. A failure leaves the rest queued for the next run.
  const outbox = await db.syncMeta.where('key').startsWith('outbox:').toArray();
  const compacting: string[] = [];
  for (const row of outbox) {
    const entry = row.value as OutboxEntry;
    const body = await encrypt(key, { format: FORMAT, records: entry.records });
    await dav.put(`${epoch}/${config.deviceDir}/${entry.name}`, body);
    await db.transaction('rw', db.syncMeta, async () => {
      await db.syncMeta.delete(row.key);
      const p = await getProgress(db);
      const isSnapshot = entry.records.length > 0 && p.own.length > COMPACT_AFTER;
      if (isSnapshot) compacting.push(...p.own);
      await db.syncMeta.put({
        key: 'progress',
        value: { ...p, own: isSnapshot ? [entry.name] : [...p.own, entry.name] },
      });
    });
  }
  for (const name of compacting) await dav.delete(`${epoch}/${config.deviceDir}/${name}`).catch(() => {});
  return { ...outcome, bytesSent: dav.bytesSent, bytesReceived: dav.bytesReceived, warnings };
}

export { DavError, SyncCryptoError };
