/**
 * Sync (issue 13) against a real WebDAV server (Apache httpd + mod_dav, started here), through a fault
 * proxy, with the background's sync service and storage server running in Node over fake-indexeddb.
 * Each fault must end in a clear status message and lose nothing local.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type BoundariesDb } from '../../storage/db';
import { createServer } from '../../storage/server';
import type { ApiResult } from '../../storage/api';
import { createSyncService, type SyncView } from '../../storage/sync/service';
import { encrypt, importKey } from '../../storage/sync/crypto';
import { startDavServer, startFaultProxy, type DavServer, type FaultProxy } from './webdav-server';

let dav: DavServer;
let proxy: FaultProxy;
const open: Device[] = [];
let counter = 0;

beforeAll(async () => {
  dav = await startDavServer();
  proxy = await startFaultProxy(dav);
});
afterAll(async () => {
  await proxy?.stop();
  await dav?.stop();
});
afterEach(async () => {
  proxy.fault = { kind: 'pass' };
  for (const device of open.splice(0)) {
    device.sync.dispose();
    device.db.close();
    await Dexie.delete(device.db.name);
  }
});

interface Device {
  db: BoundariesDb;
  sync: ReturnType<typeof createSyncService>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- storage results are checked field by field
  call(type: string, payload: unknown): Promise<any>;
  enable(passphrase?: string, options?: { timeoutMs?: number; url?: string }): Promise<SyncView>;
  syncNow(): Promise<SyncView>;
  texts(ref: string): Promise<string[]>;
}

/** A fresh "profile": its own database, storage server and sync service; the folder is per test. */
function device(folder: string, now?: () => number): Device {
  const db = openDb(`sync-faults-${++counter}-${Math.random().toString(36).slice(2)}`);
  const server = createServer({ db, extensionId: 'test', onLocalWrite: (contacts) => sync.noteLocalWrite(contacts) });
  const sync = createSyncService({ db, onDataChanged: (contacts) => void server.changedElsewhere(contacts), now });
  const d: Device = {
    db,
    sync,
    async call(type, payload) {
      const result = (await server.handle({ boundaries: 1, type, payload }, { id: 'test' })) as ApiResult<unknown>;
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    },
    enable: (passphrase = 'a long enough passphrase', { timeoutMs, url = proxy.url } = {}) =>
      sync.handle({
        action: 'enable',
        payload: { server: `${url}${folder}/`, user: dav.user, password: dav.password, passphrase, timeoutMs },
      }),
    syncNow: () => sync.handle({ action: 'syncNow' }),
    async texts(ref) {
      return ((await d.call('listNotes', { ref })) as { text: string }[]).map((n) => n.text).sort();
    },
  };
  open.push(d);
  return d;
}

function folderFiles(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
      else out.push(`${prefix}${entry.name}`);
    }
  };
  try {
    walk(join(dav.dataDir, 'sync', folder), '');
  } catch {
    /* no folder yet */
  }
  return out.sort();
}

describe('sync faults: each a clear status, nothing local lost', () => {
  it('server down, 401, 403, 404, 507 and a timeout', async () => {
    const a = device('statuses');
    await a.call('addNote', { ref: 'ada-lovelace', text: 'local note survives every fault' });
    expect((await a.enable()).status.message).toContain('Last synced');

    const cases: [FaultProxy['fault'], RegExp, boolean][] = [
      [{ kind: 'down' }, /Could not reach the server/, true],
      [{ kind: 'status', status: 401 }, /refused the user name or password \(401\)/, false],
      [{ kind: 'status', status: 403 }, /does not allow this account .*\(403\)/, false],
      [{ kind: 'status', status: 404 }, /sync folder was not found on the server \(404\)/, false],
      [{ kind: 'status', status: 507 }, /out of storage space \(507\)/, true],
      [{ kind: 'status', status: 503 }, /server had a problem \(503\)/, true],
    ];
    for (const [fault, message, retries] of cases) {
      proxy.fault = fault;
      await a.call('addNote', { ref: 'ada-lovelace', text: `written during ${JSON.stringify(fault)}` });
      const { status } = await a.syncNow();
      expect(status.state, JSON.stringify(fault)).toBe('error');
      expect(status.message).toMatch(message);
      expect(status.message).toContain('Nothing on this device was lost');
      expect(status.retryAt > 0, `retry after ${JSON.stringify(fault)}`).toBe(retries);
      if (retries) expect(status.message).toMatch(/Will try again in \d+ min/);
    }
    proxy.fault = { kind: 'pass' };
    expect((await a.syncNow()).status.message).toContain('Last synced');
    expect(await a.texts('ada-lovelace')).toHaveLength(1 + cases.length);

    // A server that accepts the connection and never answers.
    const slow = device('statuses');
    await slow.call('addNote', { ref: 'slow', text: 'kept' });
    proxy.fault = { kind: 'hang' };
    const { status } = await slow.enable('a long enough passphrase', { timeoutMs: 1_000 });
    expect(status.message).toMatch(/did not answer within 1 s/);
    expect(await slow.texts('slow')).toEqual(['kept']);
  });

  it('an upload cut off halfway is sent again and arrives whole', async () => {
    const [a, b] = [device('cut'), device('cut')];
    await a.enable();
    await b.enable();
    await a.call('addNote', { ref: 'grace-hopper', text: 'sent over a bad connection' });
    proxy.fault = { kind: 'cut-upload' };
    const cut = await a.syncNow();
    expect(cut.status.state).toBe('error');
    expect(cut.status.message).toMatch(/connection|reach/i);
    proxy.fault = { kind: 'pass' };
    expect((await b.syncNow()).status.state).toBe('ok');
    expect((await a.syncNow()).status.message).toContain('Last synced');
    expect((await b.syncNow()).status.warnings).toEqual([]);
    expect(await b.texts('grace-hopper')).toEqual(['sent over a bad connection']);
  });

  it('corrupt, truncated, newer-format and other-passphrase files are skipped with a warning; good data still syncs', async () => {
    const [a, b] = [device('damaged'), device('damaged')];
    await a.call('addNote', { ref: 'alan-turing', text: 'good data' });
    await a.enable();
    const [epoch] = readdirSync(join(dav.dataDir, 'sync/damaged'), { withFileTypes: true }).filter((e) =>
      e.isDirectory(),
    );
    const epochDir = join(dav.dataDir, 'sync/damaged', epoch!.name);
    const [aDir] = readdirSync(epochDir);
    const [aFile] = readdirSync(join(epochDir, aDir!));
    const real = readFileSync(join(epochDir, aDir!, aFile!));
    // A third "device" folder full of bad files.
    const bad = join(epochDir, 'badbadbadbadbadbadbadbadbadbad00');
    mkdirSync(bad);
    writeFileSync(join(bad, '01'), Buffer.from('not encrypted at all'));
    writeFileSync(join(bad, '02'), real.subarray(0, Math.floor(real.length / 2)));
    const newer = Buffer.from(real);
    newer[3] = 9;
    writeFileSync(join(bad, '03'), newer);
    const otherKey = await importKey(crypto.getRandomValues(new Uint8Array(32)));
    writeFileSync(join(bad, '04'), await encrypt(otherKey, { format: 1, records: [] }));
    copyFileSync(join(epochDir, aDir!, aFile!), join(bad, '05'));

    const { status } = await b.enable();
    expect(status.state).toBe('ok');
    expect(status.message).toContain('Last synced');
    const warnings = status.warnings.join('\n');
    expect(warnings).toMatch(/damaged or is not a Boundaries sync file/);
    expect(warnings).toMatch(/newer version of Boundaries.*update Boundaries on this device/);
    expect(warnings).toMatch(/cannot be decrypted: it is damaged, cut off, or written with another passphrase/);
    expect(await b.texts('alan-turing')).toEqual(['good data']);

    // A key file from a newer version stops sync with a message and touches nothing.
    const keyFile = join(dav.dataDir, 'sync/damaged/boundaries-key.json');
    writeFileSync(keyFile, JSON.stringify({ ...JSON.parse(readFileSync(keyFile, 'utf8')), format: 2 }));
    await a.call('addNote', { ref: 'alan-turing', text: 'written after the upgrade elsewhere' });
    const before = folderFiles('damaged');
    const stopped = await a.syncNow();
    expect(stopped.status.message).toMatch(/key file on the server was written by a newer version of Boundaries/);
    expect(folderFiles('damaged')).toEqual(before);
    expect(await a.texts('alan-turing')).toEqual(['good data', 'written after the upgrade elsewhere']);
  });

  it('a wrong passphrase changes nothing; a passphrase change re-encrypts and other devices must enter it', async () => {
    const [a, b] = [device('passphrase'), device('passphrase')];
    await a.call('addNote', { ref: 'katherine-johnson', text: 'from A' });
    await a.enable('first passphrase');
    await b.call('addNote', { ref: 'katherine-johnson', text: 'from B' });
    const before = folderFiles('passphrase');
    const wrong = await b.enable('not the right one');
    expect(wrong.status.message).toMatch(/Wrong passphrase.*Nothing was changed/);
    expect(wrong.config?.enabled).toBeFalsy();
    expect(folderFiles('passphrase')).toEqual(before);
    expect(await b.texts('katherine-johnson')).toEqual(['from B']);

    await b.enable('first passphrase');
    expect(await b.texts('katherine-johnson')).toEqual(['from A', 'from B']);
    const oldEpoch = before.find((f) => f.includes('/'))!.split('/')[0];

    const changed = await a.sync.handle({ action: 'changePassphrase', payload: { passphrase: 'second passphrase' } });
    expect(changed.status.message).toContain('Last synced');
    expect(folderFiles('passphrase').some((f) => f.startsWith(`${oldEpoch}/`))).toBe(false);

    await b.call('addNote', { ref: 'katherine-johnson', text: 'B, before it knows' });
    const locked = await b.syncNow();
    expect(locked.status.state).toBe('locked');
    expect(locked.status.message).toMatch(/passphrase was changed on another device/);
    await b.sync.handle({ action: 'unlock', payload: { passphrase: 'second passphrase' } });
    await a.syncNow();
    for (const d of [a, b])
      expect(await d.texts('katherine-johnson')).toEqual(['B, before it knows', 'from A', 'from B']);

    // Forgetting the passphrase on a device stops it until it is entered again.
    const forgot = await b.sync.handle({ action: 'forgetPassphrase' });
    expect(forgot.config?.hasPassphrase).toBe(false);
    expect((await b.syncNow()).status.message).toMatch(/Enter the passphrase/);
  });

  it('a day of clock skew and a deleted database on one device lose nothing anywhere', async () => {
    const day = 24 * 3600_000;
    const a = device('skew');
    const b = device('skew', () => Date.now() + day); // B's clock is a day ahead
    await a.call('saveContact', { ref: 'margaret-hamilton', patch: { circle: 'Apollo' } });
    const { note } = await a.call('addNote', { ref: 'margaret-hamilton', text: 'original' });
    await a.enable();
    await b.enable();
    await b.call('updateNote', { id: note.id, text: 'edited on B (clock ahead)' });
    await a.call('updateNote', { id: note.id, text: 'edited on A' });
    await b.syncNow();
    const { status } = await a.syncNow();
    expect(status.warnings.join(' ')).toMatch(/clock is about 24 h ahead/);
    await b.syncNow();
    for (const d of [a, b]) {
      expect(await d.texts('margaret-hamilton')).toEqual(['[Conflict copy] edited on A', 'edited on B (clock ahead)']);
    }

    // A's database is deleted (a new profile on the same computer): it turns sync on again and gets
    // everything back; B keeps everything.
    const fresh = device('skew');
    await fresh.enable();
    await b.syncNow();
    for (const d of [fresh, b])
      expect(await d.texts('margaret-hamilton')).toEqual(['[Conflict copy] edited on A', 'edited on B (clock ahead)']);
    expect((await fresh.call('getContact', { ref: 'margaret-hamilton' })).contact.circle).toBe('Apollo');
  });

  it('10 MB of notes sync whole', async () => {
    const [a, b] = [device('big'), device('big')];
    const chunk = 'x'.repeat(99_000);
    for (let i = 0; i < 105; i++) await a.call('addNote', { ref: `big-${i % 7}`, text: `${i} ${chunk}` });
    expect((await a.enable()).status.message).toContain('Last synced');
    expect((await b.enable()).status.message).toContain('Last synced');
    let total = 0;
    for (let i = 0; i < 7; i++) for (const text of await b.texts(`big-${i}`)) total += text.length;
    expect(total).toBeGreaterThan(10_000_000);
  });
});
