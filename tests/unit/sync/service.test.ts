/**
 * When sync runs and what it asks of the network (issue 13), through the background's sync service with
 * real databases (fake-indexeddb), real encryption and an in-memory WebDAV server: no request at all
 * while sync is off or its passphrase is forgotten; a run shortly after local changes (one run for a
 * burst); the 5-minute alarm; retries with doubling back-off only for failures that waiting can fix;
 * traffic for one edit that does not grow with the database; changing the passphrase re-encrypts.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDb, type BoundariesDb } from '../../../storage/db';
import { emptyContact, type Note } from '../../../storage/model';
import type { ProfileKey } from '../../../storage/profile-id';
import { KEY_FILE, getConfig } from '../../../storage/sync/engine';
import { SYNC_ALARM, SYNC_RETRY_ALARM, createSyncService, type SyncService } from '../../../storage/sync/service';
import { SyncCryptoError, decrypt, fromBase64, importKey } from '../../../storage/sync/crypto';
import { createServer } from '../../../storage/server';
import type { ApiResult } from '../../../storage/api';
import { MemoryDav } from './memory-dav';
import { reportWrites } from './report-writes';

const PASSPHRASE = 'correct horse battery staple';
const opened: { db: BoundariesDb; sync: SyncService }[] = [];

afterEach(async () => {
  vi.useRealTimers();
  for (const { db, sync } of opened.splice(0)) {
    sync.dispose();
    await db.delete();
  }
});

type AlarmInfo = { periodInMinutes?: number; delayInMinutes?: number; when?: number };

/** The browser's alarms as the service sees them: what is scheduled right now. */
class FakeAlarms {
  readonly scheduled = new Map<string, AlarmInfo>();
  create(name: string, info: AlarmInfo) {
    this.scheduled.set(name, info);
  }
  clear(name: string) {
    this.scheduled.delete(name);
  }
}

function device(
  dav: MemoryDav,
  options: { now?: () => number; fetch?: typeof fetch; report?: boolean; hasAccess?: () => Promise<boolean> } = {},
) {
  const db = openDb(`sync-service-${crypto.randomUUID()}`);
  const alarms = new FakeAlarms();
  const sync = createSyncService({
    db,
    onDataChanged: () => {},
    fetch: options.fetch ?? dav.fetch,
    alarms,
    now: options.now,
    hasAccess: options.hasAccess,
  });
  if (options.report !== false) reportWrites(db, sync);
  opened.push({ db, sync });
  return {
    db,
    sync,
    alarms,
    enable: (passphrase = PASSPHRASE, timeoutMs?: number) =>
      sync.handle({
        action: 'enable',
        payload: { server: dav.url, user: 'alice', password: 'secret', passphrase, timeoutMs },
      }),
    syncNow: async () => (await sync.handle({ action: 'syncNow' })).status,
    status: async () => (await sync.handle({ action: 'status' })).status,
  };
}

async function addNote(db: BoundariesDb, contact: string, id: string, text: string) {
  const now = Date.now();
  if (!(await db.contacts.get(contact)))
    await db.contacts.put({ ...emptyContact(contact as ProfileKey, now), displayName: contact });
  await db.notes.put({ id, contactId: contact, text, createdAt: now, updatedAt: now });
}

async function addPeople(db: BoundariesDb, count: number, notesEach: number) {
  const now = Date.now();
  const contacts = [];
  const notes: Note[] = [];
  for (let i = 0; i < count; i++) {
    const id = `person-${i}` as ProfileKey;
    contacts.push({ ...emptyContact(id, now), displayName: `Person ${i}`, tags: [`tag-${i % 7}`] });
    for (let n = 0; n < notesEach; n++)
      notes.push({ id: `note-${i}-${n}`, contactId: id, text: `Note ${n} about ${i}`, createdAt: now, updatedAt: now });
  }
  await db.contacts.bulkPut(contacts);
  await db.notes.bulkPut(notes);
}

async function texts(db: BoundariesDb): Promise<string[]> {
  return (await db.notes.toArray()).map((n) => n.text).sort();
}

/** Lets every pending database callback run (fake-indexeddb answers in immediates, which are never faked here). */
async function settle() {
  for (let i = 0; i < 200; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** Every sync run starts by listing the sync folder itself. */
const runsIn = (dav: MemoryDav) => dav.log.filter((line) => line === 'PROPFIND /sync/').length;

/** A change, both alarms and Sync now, then ten minutes: everything that could start a sync while it is off. */
async function pullEveryTrigger(a: ReturnType<typeof device>) {
  a.sync.onLocalChange();
  a.sync.onAlarm(SYNC_ALARM);
  a.sync.onAlarm(SYNC_RETRY_ALARM);
  expect((await a.syncNow()).state).toBe('off');
  await vi.advanceTimersByTimeAsync(10 * 60_000);
  await settle();
}

describe('when sync runs', () => {
  it('with sync never turned on, or turned off, no trigger makes a request; on, it keeps a 5-minute alarm', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const dav = new MemoryDav();
    const a = device(dav);
    await addNote(a.db, 'ada', 'n1', 'written before sync');
    await pullEveryTrigger(a);
    expect(dav.log).toEqual([]);
    expect(a.alarms.scheduled.size).toBe(0);

    expect((await a.enable()).status.message).toMatch(/Last synced/);
    expect(a.alarms.scheduled.get(SYNC_ALARM)).toEqual({ periodInMinutes: 5, delayInMinutes: 5 });
    // The alarm runs a sync (the browser wakes the background for it).
    const before = runsIn(dav);
    a.sync.onAlarm(SYNC_ALARM);
    await vi.waitFor(() => expect(runsIn(dav)).toBe(before + 1), { timeout: 30_000 });
    await a.sync.syncNow();

    const off = await a.sync.handle({ action: 'disable' });
    expect(off.status.message).toMatch(/Sync is off\. Your notes stay on this device/);
    expect(a.alarms.scheduled.size).toBe(0);
    const requests = dav.log.length;
    await addNote(a.db, 'ada', 'n2', 'written after sync was turned off');
    await pullEveryTrigger(a);
    expect(dav.log.length).toBe(requests);
    expect(await texts(a.db)).toEqual(['written after sync was turned off', 'written before sync']);
  });

  it('a burst of local changes is sent by one run shortly after the last of them, without "Sync now"', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const dav = new MemoryDav();
    const [a, b] = [device(dav), device(dav)];
    await a.enable();
    await b.enable();
    const before = runsIn(dav);
    for (let i = 0; i < 5; i++) {
      await addNote(a.db, 'grace', `burst-${i}`, `burst ${i}`);
      a.sync.onLocalChange();
      await vi.advanceTimersByTimeAsync(1_000);
    }
    // Still being written to: nothing ran yet.
    expect(runsIn(dav)).toBe(before);
    await vi.advanceTimersByTimeAsync(5_000);
    // One contact and its five notes.
    await vi.waitFor(async () => expect((await a.status()).message).toMatch(/Last synced.*6 changes sent/), {
      timeout: 30_000,
    });
    await settle();
    expect(runsIn(dav)).toBe(before + 1);
    expect((await b.syncNow()).state).toBe('ok');
    expect(await texts(b.db)).toEqual(['burst 0', 'burst 1', 'burst 2', 'burst 3', 'burst 4']);
  });
});

describe('what a run compares', () => {
  it('a write nobody reported to sync is never overwritten by another device’s change, and the periodic run sends it', async () => {
    const dav = new MemoryDav();
    // A's writes below bypass the storage server, so sync is not told about them.
    const [a, b] = [device(dav, { report: false }), device(dav)];
    await addNote(a.db, 'grace', 'n1', 'first version');
    await addNote(a.db, 'hopper', 'n2', 'another person');
    await a.enable();
    await b.enable();
    await a.syncNow();
    await a.db.notes.update('n1', { text: 'edited on A, not reported' });
    await a.db.contacts.update('hopper', { circle: 'Navy, not reported' });
    await b.db.notes.update('n1', { text: 'edited on B' });
    await b.syncNow();
    // A's run compares what B changed before writing it: A's edit of the same note is kept beside B's.
    await a.syncNow();
    // (A's edit is stamped when A's run finds it, after B's: A's stays the note, B's becomes the copy.)
    const both = ['[Conflict copy] edited on B', 'another person', 'edited on A, not reported'];
    expect(await texts(a.db)).toEqual(both);
    await b.syncNow();
    expect(await texts(b.db)).toEqual(both);
    // A's edit of a person no other device touched waits for the periodic run, which compares everything.
    expect((await b.db.contacts.get('hopper'))?.circle).toBe('');
    a.sync.onAlarm(SYNC_ALARM);
    await a.sync.syncNow();
    await b.syncNow();
    expect((await b.db.contacts.get('hopper'))?.circle).toBe('Navy, not reported');
    expect((await a.db.contacts.get('hopper'))?.circle).toBe('Navy, not reported');
  });

  it('two people merged into one here (through the storage server) are one person on the other computer after a small sync', async () => {
    const dav = new MemoryDav();
    // Only the storage server tells A's sync what it wrote, as in the extension.
    const [a, b] = [device(dav, { report: false }), device(dav)];
    const server = createServer({ db: a.db, extensionId: 'test', onLocalWrite: (c) => a.sync.noteLocalWrite(c) });
    const call = async (type: string, payload: unknown) => {
      const result = (await server.handle({ boundaries: 1, type, payload }, { id: 'test' })) as ApiResult<unknown>;
      if (!result.ok) throw new Error(result.error.message);
    };
    const memberKey = 'urn:li:fsd_profile:ACoAADemoLesleyMarsh0000000000000000001';
    await call('addNote', { ref: memberKey, text: 'from messaging' });
    await call('addNote', { ref: 'lesley-marsh-demo', text: 'from profile' });
    await a.enable();
    await b.enable();
    expect(await b.db.contacts.count()).toBe(2);
    await a.syncNow();
    // A profile page shows both ids agreeing: A merges the two records.
    await call('saveContact', {
      ref: 'lesley-marsh-demo',
      identity: { aliases: [memberKey], confirmed: [memberKey] },
      patch: {},
    });
    expect(await a.db.contacts.count()).toBe(1);
    await a.syncNow();
    await b.syncNow();
    expect((await b.db.contacts.toArray()).map((c) => c.id)).toEqual(['lesley-marsh-demo']);
    expect((await b.db.notes.toArray()).map((n) => [n.contactId, n.text]).sort()).toEqual([
      ['lesley-marsh-demo', 'from messaging'],
      ['lesley-marsh-demo', 'from profile'],
    ]);
  });
});

describe('faults and retries', () => {
  it('failures that waiting can fix are retried with doubling back-off up to 30 min, by alarm; the others wait for the user', async () => {
    const now = 1_800_000_000_000;
    const dav = new MemoryDav();
    const a = device(dav, { now: () => now });
    await addNote(a.db, 'hedy', 'n1', 'kept through every failure');
    await a.enable();
    await addNote(a.db, 'hedy', 'n2', 'written during the outage');
    dav.fail = () => 503;
    const delays: number[] = [];
    for (let i = 0; i < 8; i++) {
      const status = await a.syncNow();
      expect(status.state).toBe('error');
      expect(status.message).toMatch(
        /server had a problem \(503\).* Will try again in \d+ min\. Nothing on this device/,
      );
      // The alarm wakes the background for the retry even if it was stopped meanwhile.
      expect(a.alarms.scheduled.get(SYNC_RETRY_ALARM)).toEqual({ when: status.retryAt });
      delays.push(status.retryAt - now);
    }
    expect(delays).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_800_000, 1_800_000]);

    // The server is back; the retry alarm fires: the sync goes through.
    dav.fail = undefined;
    a.sync.onAlarm(SYNC_RETRY_ALARM);
    await vi.waitFor(async () => expect((await a.status()).state).toBe('ok'), { timeout: 30_000 });
    const b = device(dav);
    await b.enable();
    expect(await texts(b.db)).toEqual(['kept through every failure', 'written during the outage']);

    // Wrong credentials: retrying cannot help, so no retry is scheduled.
    dav.fail = () => 401;
    const refused = await a.syncNow();
    expect(refused.message).toMatch(/refused the user name or password \(401\)/);
    expect(refused.message).not.toMatch(/Will try again/);
    expect(refused.retryAt).toBe(0);
    // After a success the back-off starts over.
    dav.fail = () => 507;
    const full = await a.syncNow();
    expect(full.message).toMatch(/out of storage space \(507\)/);
    expect(full.retryAt - now).toBe(30_000);
    expect(await texts(a.db)).toEqual(['kept through every failure', 'written during the outage']);
  });

  it('access to the server taken back in the browser: a message saying so, no request, no retry; given back, it syncs', async () => {
    const dav = new MemoryDav();
    let allowed = true;
    const a = device(dav, { hasAccess: async () => allowed });
    await addNote(a.db, 'ada', 'n1', 'kept');
    await a.enable();
    allowed = false;
    await addNote(a.db, 'ada', 'n2', 'written meanwhile');
    const requests = dav.log.length;
    const status = await a.syncNow();
    expect(status.state).toBe('error');
    expect(status.message).toMatch(/may no longer reach dav\.test: that access was taken back in the browser/);
    expect(status.retryAt).toBe(0);
    expect(dav.log.length).toBe(requests);
    allowed = true;
    expect((await a.syncNow()).message).toMatch(/Last synced.*1 change sent/);
  });

  it('a server that stops answering in the middle of a sync times out with a message and is retried', async () => {
    const dav = new MemoryDav();
    let hang = false;
    const hanging: typeof fetch = (input, init) =>
      hang
        ? new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)))
        : dav.fetch(input, init);
    const a = device(dav, { fetch: hanging });
    await addNote(a.db, 'alan', 'n1', 'kept');
    expect((await a.enable(PASSPHRASE, 1_000)).status.message).toMatch(/Last synced/);
    await addNote(a.db, 'alan', 'n2', 'written before the server hung');
    hang = true;
    const status = await a.syncNow();
    expect(status.state).toBe('error');
    expect(status.message).toMatch(/did not answer within 1 s.* Will try again in 1 min/);
    expect(status.retryAt).toBeGreaterThan(0);
    hang = false;
    expect((await a.syncNow()).message).toMatch(/Last synced/);
    expect(await texts(a.db)).toEqual(['kept', 'written before the server hung']);
  });
});

describe('traffic', () => {
  it('one edit costs the same requests and bytes whether the database holds 100 or 2,000 people', async () => {
    const measure = async (people: number) => {
      const dav = new MemoryDav();
      const [a, b] = [device(dav), device(dav)];
      await addPeople(a.db, people, 3);
      await a.enable();
      await b.enable();
      expect(await b.db.notes.count()).toBe(people * 3);
      await a.syncNow();
      const [before, put] = [dav.log.length, dav.bytesPut];
      await a.db.notes.update('note-7-1', { text: 'one edit', updatedAt: Date.now() });
      expect((await a.syncNow()).message).toMatch(/1 change sent, 0 received/);
      const sent = { requests: dav.log.length - before, bytes: dav.bytesPut - put };
      const [requests, got] = [dav.log.length, dav.bytesGot];
      expect((await b.syncNow()).message).toMatch(/0 changes sent, 1 received/);
      const received = { requests: dav.log.length - requests, bytes: dav.bytesGot - got };
      expect((await b.db.notes.get('note-7-1'))?.text).toBe('one edit');
      return { sent, received };
    };
    const small = await measure(100);
    const large = await measure(2_000);
    expect(large.sent.requests).toBe(small.sent.requests);
    expect(large.received.requests).toBe(small.received.requests);
    // The same one small file each way (a few bytes of compression noise apart).
    expect(Math.abs(large.sent.bytes - small.sent.bytes)).toBeLessThan(32);
    expect(Math.abs(large.received.bytes - small.received.bytes)).toBeLessThan(32);
    expect(large.sent.bytes).toBeLessThan(1_024);
  });
});

describe('the passphrase', () => {
  it('"Forget this passphrase on this device" drops the key: no request until it is entered again, nothing lost', async () => {
    const dav = new MemoryDav();
    const [a, b] = [device(dav), device(dav)];
    await a.enable();
    await b.enable();
    const forgot = await a.sync.handle({ action: 'forgetPassphrase' });
    expect(forgot.config).toMatchObject({ enabled: true, hasPassphrase: false });
    expect(forgot.status.message).toMatch(/passphrase is forgotten on this device/);
    // Neither the passphrase nor the key derived from it is stored any more.
    const stored = JSON.stringify(await a.db.syncMeta.toArray());
    expect(stored).not.toContain(PASSPHRASE);
    expect((await getConfig(a.db))?.key).toBeUndefined();

    const requests = dav.log.length;
    await addNote(a.db, 'mary', 'n1', 'written while locked');
    a.sync.onAlarm(SYNC_ALARM);
    const locked = await a.syncNow();
    expect(locked.state).toBe('locked');
    expect(locked.message).toMatch(/Enter the passphrase to sync on this device/);
    expect(locked.retryAt).toBe(0);
    expect(dav.log.length).toBe(requests);

    const wrong = await a.sync.handle({ action: 'unlock', payload: { passphrase: 'not the passphrase' } });
    expect(wrong.status.message).toMatch(/Wrong passphrase/);
    expect(wrong.config?.hasPassphrase).toBe(false);
    const unlocked = await a.sync.handle({ action: 'unlock', payload: { passphrase: PASSPHRASE } });
    expect(unlocked.status.message).toMatch(/Last synced/);
    await b.syncNow();
    expect(await texts(b.db)).toEqual(['written while locked']);
  });

  it('changing it re-encrypts everything: the old passphrase opens nothing on the server, the new one all of it', async () => {
    const dav = new MemoryDav();
    const [a, b] = [device(dav), device(dav)];
    await addPeople(a.db, 20, 2);
    await a.enable('first passphrase');
    await b.enable('first passphrase');
    const oldKey = await importKey(fromBase64((await getConfig(a.db))!.key!));

    const changed = await a.sync.handle({ action: 'changePassphrase', payload: { passphrase: 'second passphrase' } });
    expect(changed.status.message).toMatch(/Last synced/);
    const newKey = await importKey(fromBase64((await getConfig(a.db))!.key!));
    const dataFiles = [...dav.files].filter(([path]) => !path.endsWith(KEY_FILE));
    expect(dataFiles.length).toBeGreaterThan(0);
    for (const [path, body] of dataFiles) {
      await expect(decrypt(oldKey, body.slice()), path).rejects.toBeInstanceOf(SyncCryptoError);
      expect(await decrypt(newKey, body.slice())).toMatchObject({ format: 1 });
    }

    // A new computer: the old passphrase is refused, the new one brings everything.
    const c = device(dav);
    expect((await c.enable('first passphrase')).status.message).toMatch(/Wrong passphrase/);
    expect(await c.db.notes.count()).toBe(0);
    expect((await c.enable('second passphrase')).status.message).toMatch(/Last synced/);
    expect(await texts(c.db)).toEqual(await texts(a.db));
    // The computer still on the old passphrase stops with a message, keeps its data, and resumes with the new one.
    await addNote(b.db, 'person-1', 'from-b', 'written on B before it knew');
    const stopped = await b.syncNow();
    expect(stopped.state).toBe('locked');
    expect(stopped.message).toMatch(/passphrase was changed on another device/);
    await b.sync.handle({ action: 'unlock', payload: { passphrase: 'second passphrase' } });
    await a.syncNow();
    expect(await texts(a.db)).toContain('written on B before it knew');
    expect(await texts(b.db)).toEqual(await texts(a.db));
  });

  it('a server that tags a just-written key file weakly (Apache, within its first second) still takes the change', async () => {
    const dav = new MemoryDav();
    dav.weakEtagMs = 800;
    const a = device(dav);
    await addPeople(a.db, 5, 1);
    await a.enable('first passphrase');
    // The key file was written moments ago: its ETag is weak, and If-Match with it is refused (412).
    const changed = await a.sync.handle({ action: 'changePassphrase', payload: { passphrase: 'second passphrase' } });
    expect(changed.status.message).toMatch(/Last synced/);
    const c = device(dav);
    expect((await c.enable('second passphrase')).status.message).toMatch(/Last synced/);
    expect(await texts(c.db)).toEqual(await texts(a.db));
  });

  it('two computers changing it at the same moment cannot both win: the later one is told, and changes nothing', async () => {
    const dav = new MemoryDav();
    const b = device(dav);
    let armed = false;
    let raced = false;
    // Once armed, A's key-file write meets B's passphrase change, finished just before it.
    const racing: typeof fetch = async (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (init?.method === 'PUT' && url.endsWith(KEY_FILE) && armed && !raced) {
        raced = true;
        const changed = await b.sync.handle({ action: 'changePassphrase', payload: { passphrase: 'passphrase of B' } });
        expect(changed.status.message).toMatch(/Last synced/);
      }
      return dav.fetch(input, init);
    };
    const a = device(dav, { fetch: racing });
    await addNote(a.db, 'ada', 'from-a', 'from A');
    await a.enable('first passphrase');
    await addNote(b.db, 'ada', 'from-b', 'from B');
    await b.enable('first passphrase');
    await a.syncNow();
    const keyOfA = (await getConfig(a.db))!.key;

    armed = true;
    const lost = await a.sync.handle({ action: 'changePassphrase', payload: { passphrase: 'passphrase of A' } });
    expect(raced).toBe(true);
    expect(lost.status.message).toMatch(/not changed: another device changed the sync folder at the same moment/);
    expect((await getConfig(a.db))!.key).toBe(keyOfA);
    // B's passphrase is the one in force; A asks for it, then both have everything.
    expect((await a.syncNow()).message).toMatch(/passphrase was changed on another device/);
    await a.sync.handle({ action: 'unlock', payload: { passphrase: 'passphrase of B' } });
    await b.syncNow();
    expect(await texts(a.db)).toEqual(['from A', 'from B']);
    expect(await texts(b.db)).toEqual(['from A', 'from B']);
    // Only B's data folder is left on the server.
    const folders = new Set(
      dav
        .allFiles()
        .filter((f) => f.includes('/'))
        .map((f) => f.split('/')[0]),
    );
    expect(folders).toEqual(new Set([(await getConfig(b.db))!.epoch]));
  });
});
