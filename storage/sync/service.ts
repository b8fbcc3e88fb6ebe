/**
 * Sync in the background (issue 13): settings, status, and when runs happen — shortly after a local
 * change (debounced), every few minutes by alarm, on "Sync now", and again with back-off after a failure
 * that retrying can fix. Never makes a request while sync is off.
 */
import type { BoundariesDb } from '../db';
import { createKeyFile, randomId, toBase64, unlock } from './crypto';
import {
  DavError,
  KEY_FILE,
  SyncStop,
  davFor,
  emptyProgress,
  getConfig,
  getProgress,
  readKeyFile,
  runSync,
  type RunResult,
} from './engine';
import type { SyncConfig, SyncStatus } from './tables';
import { SyncCryptoError } from './crypto';

/** How long a server's weak ETag (a file written within the last second, on Apache) takes to turn strong. */
const WEAK_ETAG_WAIT_MS = 1100;

/** If-Match compares strongly: send the opaque tag without a weak marker (it is the same file version). */
function strongEtag(etag: string): string {
  return etag.replace(/^W\//, '');
}

export const SYNC_ALARM = 'boundaries-sync';
export const SYNC_RETRY_ALARM = 'boundaries-sync-retry';
const PERIOD_MINUTES = 5;
const DEBOUNCE_MS = 3_000;
const MAX_BACKOFF_MS = 30 * 60_000;

export interface EnableRequest {
  server: string;
  user: string;
  password: string;
  passphrase: string;
  timeoutMs?: number;
}

export type SyncMessage =
  | { action: 'status' }
  | { action: 'enable'; payload: EnableRequest }
  | { action: 'syncNow' }
  | { action: 'disable' }
  | { action: 'forgetPassphrase' }
  | { action: 'unlock'; payload: { passphrase: string } }
  | { action: 'changePassphrase'; payload: { passphrase: string } };

export interface SyncView {
  status: SyncStatus;
  config: { server: string; user: string; enabled: boolean; hasPassphrase: boolean } | null;
}

export interface SyncDeps {
  db: BoundariesDb;
  /** Rows changed by a merge: refresh indexes and tell every context. */
  onDataChanged: (contacts: string[]) => void;
  alarms?: {
    create(name: string, info: { periodInMinutes?: number; delayInMinutes?: number; when?: number }): unknown;
    clear(name: string): unknown;
  };
  fetch?: typeof fetch;
  now?: () => number;
  /**
   * Whether the browser still lets Boundaries reach the server (the user can take the access back in the
   * browser's extension settings; requests would then fail like a server that is down).
   */
  hasAccess?: (server: string) => Promise<boolean>;
}

const OFF: SyncStatus = { state: 'off', message: 'Sync is off.', lastSyncedAt: 0, warnings: [], retryAt: 0, at: 0 };

function describeError(error: unknown): { message: string; retry: boolean; locked: boolean } {
  if (error instanceof DavError) return { message: error.message, retry: error.retryable, locked: false };
  if (error instanceof SyncStop) return { message: error.message, retry: false, locked: error.locked };
  if (error instanceof SyncCryptoError)
    return { message: `A sync file ${error.message}.`, retry: false, locked: false };
  return {
    message: `Sync failed: ${error instanceof Error ? error.message : String(error)}`,
    retry: true,
    locked: false,
  };
}

export function validServer(server: string): URL | null {
  try {
    const url = new URL(server.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** The host permission pattern for a server (match patterns carry no port). */
export function originPattern(server: string): string | null {
  const url = validServer(server);
  return url ? `${url.protocol}//${url.hostname}/*` : null;
}

export function createSyncService({
  db,
  onDataChanged,
  alarms,
  fetch: fetchImpl,
  now = Date.now,
  hasAccess = async () => true,
}: SyncDeps) {
  let running: Promise<void> | null = null;
  let again = false;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let attempts = 0;
  /**
   * Contacts written here since the last run started (from the storage server, as each write is made),
   * so a run compares only them with its replica state instead of reading the whole database; null when
   * not known — after the background starts, a failed run, a wide change (import, bulk edit), turning
   * sync on, and on the periodic alarm (which so also catches any write that was not reported).
   */
  let writtenHere: Set<string> | null = null;
  /** Time spent deriving the key when sync was turned on or unlocked, reported with the run that follows. */
  let derivedInMs = 0;
  /** When "Turn on sync" started, so the run that follows reports the time before it too. */
  let enabledAt = 0;

  async function getStatus(): Promise<SyncStatus> {
    return ((await db.syncMeta.get('status'))?.value as SyncStatus | undefined) ?? OFF;
  }
  async function setStatus(patch: Partial<SyncStatus>): Promise<SyncStatus> {
    const status = { ...(await getStatus()), ...patch, at: now() };
    await db.syncMeta.put({ key: 'status', value: status });
    return status;
  }

  async function view(): Promise<SyncView> {
    const config = await getConfig(db);
    return {
      status: await getStatus(),
      config: config
        ? { server: config.server, user: config.user, enabled: config.enabled, hasPassphrase: Boolean(config.key) }
        : null,
    };
  }

  function scheduleRetry() {
    attempts++;
    const delay = Math.min(MAX_BACKOFF_MS, 30_000 * 2 ** (attempts - 1));
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => void syncNow(), delay);
    // The worker may be stopped before the timer fires: the alarm wakes it.
    void Promise.resolve(alarms?.create(SYNC_RETRY_ALARM, { when: now() + delay })).catch(() => {});
    return now() + delay;
  }

  async function runOnce(): Promise<void> {
    const config = await getConfig(db);
    if (!config?.enabled) return;
    // This run includes every change made so far: a pending debounced run would only repeat it.
    clearTimeout(debounce);
    if (!(await hasAccess(config.server).catch(() => false))) {
      const last = (await getStatus()).lastSyncedAt;
      await setStatus({
        state: 'error',
        message: `Boundaries may no longer reach ${new URL(config.server).host}: that access was taken back in the browser’s extension settings. Turn sync off and on again to allow it. Nothing on this device was lost.`,
        retryAt: 0,
        warnings: [],
        lastSyncedAt: last,
      });
      return;
    }
    await setStatus({ state: 'syncing', message: 'Syncing…' });
    let result: RunResult;
    const localChanges = writtenHere ?? undefined;
    writtenHere = new Set();
    try {
      const runStarted = performance.now();
      result = await runSync(db, { fetch: fetchImpl, now, localChanges });
      result.phases.run = Math.round(performance.now() - runStarted);
      if (enabledAt) result.phases.beforeRun = Math.round(runStarted - enabledAt);
      if (result.changedContacts.length)
        onDataChanged(result.changedContacts.length > 50 ? ['*'] : result.changedContacts);
    } catch (error) {
      // What this run was to compare may not have been merged: the next one compares everything.
      writtenHere = null;
      const { message, retry, locked } = describeError(error);
      const retryAt = retry ? scheduleRetry() : 0;
      const wait = retryAt ? ` Will try again in ${Math.max(1, Math.round((retryAt - now()) / 60_000))} min.` : '';
      const last = (await getStatus()).lastSyncedAt;
      await setStatus({
        state: locked ? 'locked' : 'error',
        message: `${message}${wait} Nothing on this device was lost.`,
        retryAt,
        warnings: [],
        lastSyncedAt: last,
      });
      return;
    }
    attempts = 0;
    clearTimeout(retryTimer);
    const at = now();
    await setStatus({
      state: 'ok',
      message: `Last synced ${new Date(at).toLocaleString()}: ${result.sent} change${result.sent === 1 ? '' : 's'} sent, ${result.received} received.`,
      lastSyncedAt: at,
      warnings: result.warnings,
      retryAt: 0,
      phases: derivedInMs ? { deriveKey: derivedInMs, ...result.phases } : result.phases,
    });
    derivedInMs = 0;
    enabledAt = 0;
  }

  /** Runs a sync, or joins the running one and runs once more after it (a change may have come in). */
  function syncNow(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await runOnce();
      } while (again);
    })().finally(() => {
      running = null;
    });
    return running;
  }

  async function enable(request: EnableRequest): Promise<SyncView> {
    enabledAt = performance.now();
    const url = validServer(request.server);
    if (!url) return fail('The server address must start with https:// (or http:// for a server on this computer).');
    if (!request.user.trim()) return fail('Enter the user name for the server.');
    if (request.passphrase.length < 8) return fail('Choose an encryption passphrase of at least 8 characters.');
    const previous = await getConfig(db);
    const base: SyncConfig = {
      server: url.href,
      user: request.user.trim(),
      password: request.password,
      enabled: false,
      deviceId: previous?.deviceId ?? randomId(4),
      deviceDir: previous?.deviceDir ?? randomId(16),
      ...(request.timeoutMs && { timeoutMs: request.timeoutMs }),
    };
    const dav = davFor(base, fetchImpl);
    let keyMaterial: { raw: Uint8Array<ArrayBuffer>; epoch: string; salt: string; iterations: number };
    let keyFileEtag = '';
    try {
      const found = (await readKeyFile(dav)) as Exclude<Awaited<ReturnType<typeof readKeyFile>>, 'unchanged'>;
      const started = performance.now();
      if (found) {
        const raw = await unlock(found.keyFile, request.passphrase);
        derivedInMs = Math.round(performance.now() - started);
        if (!raw)
          return fail(
            'Wrong passphrase: it does not open the data already in this sync folder. Nothing was changed, here or on the server.',
          );
        keyMaterial = {
          raw,
          epoch: found.keyFile.epoch,
          salt: found.keyFile.salt,
          iterations: found.keyFile.iterations,
        };
        // The run that follows need not download and check this key file again.
        keyFileEtag = found.etag;
      } else {
        const { keyFile, raw } = await createKeyFile(request.passphrase);
        derivedInMs = Math.round(performance.now() - started);
        await dav.put(KEY_FILE, JSON.stringify(keyFile, null, 2), { create: true, type: 'application/json' });
        keyMaterial = { raw, epoch: keyFile.epoch, salt: keyFile.salt, iterations: keyFile.iterations };
      }
    } catch (error) {
      return fail(describeError(error).message);
    }
    const sameFolder = previous && previous.server === base.server && previous.epoch === keyMaterial.epoch;
    await db.transaction('rw', db.syncMeta, async () => {
      await db.syncMeta.put({
        key: 'config',
        value: {
          ...base,
          enabled: true,
          key: toBase64(keyMaterial.raw),
          epoch: keyMaterial.epoch,
          salt: keyMaterial.salt,
          iterations: keyMaterial.iterations,
        },
      });
      // Another folder (or the same folder after a passphrase change): read everything, send everything.
      if (!sameFolder) {
        const progress = await getProgress(db);
        await db.syncMeta.put({ key: 'progress', value: { ...emptyProgress(), clock: progress.clock, keyFileEtag } });
        await db.syncMeta.where('key').startsWith('outbox:').delete();
      }
    });
    await setStatus({ state: 'syncing', message: 'Sync is on. Syncing…', warnings: [], retryAt: 0 });
    await Promise.resolve(
      alarms?.create(SYNC_ALARM, { periodInMinutes: PERIOD_MINUTES, delayInMinutes: PERIOD_MINUTES }),
    ).catch(() => {});
    attempts = 0;
    writtenHere = null;
    await syncNow();
    return view();

    async function fail(message: string): Promise<SyncView> {
      derivedInMs = 0;
      enabledAt = 0;
      await setStatus({ state: previous?.enabled ? 'error' : 'off', message, retryAt: 0 });
      return view();
    }
  }

  async function disable(): Promise<SyncView> {
    await running;
    const config = await getConfig(db);
    if (config) await db.syncMeta.put({ key: 'config', value: { ...config, enabled: false } });
    clearTimeout(debounce);
    clearTimeout(retryTimer);
    await Promise.resolve(alarms?.clear(SYNC_ALARM)).catch(() => {});
    await Promise.resolve(alarms?.clear(SYNC_RETRY_ALARM)).catch(() => {});
    const last = (await getStatus()).lastSyncedAt;
    await setStatus({
      state: 'off',
      message: 'Sync is off. Your notes stay on this device.',
      retryAt: 0,
      warnings: [],
      lastSyncedAt: last,
    });
    return view();
  }

  async function forgetPassphrase(): Promise<SyncView> {
    await running;
    const config = await getConfig(db);
    if (config) {
      const { key: _forgotten, ...rest } = config;
      void _forgotten;
      await db.syncMeta.put({ key: 'config', value: rest });
    }
    await setStatus({
      state: 'locked',
      message: 'The passphrase is forgotten on this device. Enter it to sync again.',
      retryAt: 0,
    });
    return view();
  }

  /** Re-encrypts everything under a new passphrase: a new key file and data folder; the old one is removed. */
  async function changePassphrase(passphrase: string): Promise<SyncView> {
    if (passphrase.length < 8) {
      await setStatus({ message: 'Choose an encryption passphrase of at least 8 characters.' });
      return view();
    }
    await syncNow();
    const status = await getStatus();
    const config = await getConfig(db);
    if (!config?.enabled || status.state !== 'ok') {
      await setStatus({ message: `The passphrase was not changed: sync must succeed first. ${status.message}` });
      return view();
    }
    const dav = davFor(config, fetchImpl);
    const oldEpoch = config.epoch!;
    try {
      // The key file is replaced only if it is still the one this device just synced with (If-Match): two
      // devices changing the passphrase at once cannot both win; the loser is told, and changes nothing.
      const readOurKeyFile = async () => {
        const found = await readKeyFile(dav);
        return found && found !== 'unchanged' && found.keyFile.salt === config.salt ? found : null;
      };
      let current = await readOurKeyFile();
      if (!current) {
        await setStatus({
          state: 'error',
          message: 'The passphrase was not changed: the sync folder changed meanwhile. Sync now, then try again.',
        });
        return view();
      }
      const { keyFile, raw } = await createKeyFile(passphrase);
      await dav.mkcol(`${keyFile.epoch}/`);
      for (let attempt = 1; ; attempt++) {
        try {
          await dav.put(KEY_FILE, JSON.stringify(keyFile, null, 2), {
            ifMatch: strongEtag(current.etag),
            type: 'application/json',
          });
          break;
        } catch (error) {
          // Apache tags a file written within the last second with a weak ETag, which If-Match never
          // matches (412). If the key file is still ours (our salt) once that second has passed, ask again.
          if (error instanceof DavError && error.kind === 'exists' && attempt < 3) {
            await new Promise((resolve) => setTimeout(resolve, WEAK_ETAG_WAIT_MS));
            const again = await readOurKeyFile().catch(() => null);
            if (again) {
              current = again;
              continue;
            }
          }
          await dav.delete(`${keyFile.epoch}/`).catch(() => {});
          if (error instanceof DavError && error.kind === 'exists') {
            await setStatus({
              state: 'error',
              message:
                'The passphrase was not changed: another device changed the sync folder at the same moment. Sync now, then try again.',
            });
            return view();
          }
          throw error;
        }
      }
      await db.transaction('rw', db.syncMeta, async () => {
        await db.syncMeta.put({
          key: 'config',
          value: {
            ...config,
            key: toBase64(raw),
            epoch: keyFile.epoch,
            salt: keyFile.salt,
            iterations: keyFile.iterations,
          },
        });
        const progress = await getProgress(db);
        await db.syncMeta.put({ key: 'progress', value: { ...emptyProgress(), clock: progress.clock } });
      });
      writtenHere = null;
      await syncNow();
      if ((await getStatus()).state === 'ok') await dav.delete(`${oldEpoch}/`);
    } catch (error) {
      await setStatus({ state: 'error', message: describeError(error).message });
    }
    return view();
  }

  async function unlockWith(passphrase: string): Promise<SyncView> {
    const config = await getConfig(db);
    if (!config) return view();
    return enable({
      server: config.server,
      user: config.user,
      password: config.password,
      passphrase,
      timeoutMs: config.timeoutMs,
    });
  }

  return {
    async handle(message: SyncMessage): Promise<SyncView> {
      switch (message.action) {
        case 'status':
          return view();
        case 'enable':
          return enable(message.payload);
        case 'syncNow':
          await syncNow();
          return view();
        case 'disable':
          return disable();
        case 'forgetPassphrase':
          return forgetPassphrase();
        case 'unlock':
          return unlockWith(message.payload.passphrase);
        case 'changePassphrase':
          return changePassphrase(message.payload.passphrase);
      }
    },
    /** Call as each request writes, with the contacts it wrote (['*']: too many to list). */
    noteLocalWrite(contacts: readonly string[]) {
      if (!writtenHere) return;
      if (contacts.includes('*')) writtenHere = null;
      else for (const id of contacts) writtenHere.add(id);
    },
    /**
     * Call after local writes (not sync's own merges): a sync follows shortly, once writes pause. A write
     * made while a run is merging is not in that run, so it schedules the next.
     */
    onLocalChange() {
      clearTimeout(debounce);
      debounce = setTimeout(() => {
        void getConfig(db).then((config) => (config?.enabled && config.key ? syncNow() : undefined));
      }, DEBOUNCE_MS);
    },
    onAlarm(name: string) {
      if (name !== SYNC_ALARM && name !== SYNC_RETRY_ALARM) return;
      // The periodic run compares the whole database: a write no request reported is sent within minutes.
      if (name === SYNC_ALARM) writtenHere = null;
      void syncNow();
    },
    syncNow,
    /** Stops pending timers (tests; a worker that shuts down loses them anyway). */
    dispose() {
      clearTimeout(debounce);
      clearTimeout(retryTimer);
    },
  };
}

export type SyncService = ReturnType<typeof createSyncService>;
