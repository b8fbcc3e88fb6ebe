/**
 * The sync engine end to end in Node (issue 13): real databases (fake-indexeddb), real encryption, the
 * service's own runs, against an in-memory WebDAV server. What a user would notice: every note reaches a
 * fresh computer, the server's folder stops growing (compaction), a computer that synced with the
 * previous storage layout loses nothing, and a sync cut off halfway finishes later.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { BoundariesDb } from '../../../storage/db';
import { emptyContact, type Note } from '../../../storage/model';
import type { ProfileKey } from '../../../storage/profile-id';
import { COMPACT_AFTER, getConfig, getProgress } from '../../../storage/sync/engine';
import { encrypt, fromBase64, importKey } from '../../../storage/sync/crypto';
import { dropCachedState } from '../../../storage/sync/state-store';
import type { OutboxEntry } from '../../../storage/sync/tables';
import { MemoryDav } from './memory-dav';
import { closeDevices, syncedDevice } from './synced-device';

afterEach(closeDevices);

async function addPeople(db: BoundariesDb, count: number, notesEach: number, from = 0) {
  const now = Date.now();
  const contacts = [];
  const notes: Note[] = [];
  for (let i = from; i < from + count; i++) {
    const id = `person-${i}` as ProfileKey;
    contacts.push({ ...emptyContact(id, now), displayName: `Person ${i}`, tags: [`tag-${i % 7}`] });
    for (let n = 0; n < notesEach; n++)
      notes.push({
        id: `note-${i}-${n}`,
        contactId: id,
        text: `Note ${n} about person ${i}`,
        createdAt: now,
        updatedAt: now,
      });
  }
  await db.contacts.bulkPut(contacts);
  await db.notes.bulkPut(notes);
}

async function texts(db: BoundariesDb): Promise<Record<string, string>> {
  return Object.fromEntries((await db.notes.toArray()).map((n) => [n.id, n.text]));
}

async function ownFolder(db: BoundariesDb): Promise<string> {
  const config = (await getConfig(db))!;
  return `${config.epoch}/${config.deviceDir}/`;
}

describe('sync engine', () => {
  it('a first sync of many records reaches a fresh computer whole, in a few files', async () => {
    const dav = new MemoryDav();
    const a = await syncedDevice(dav);
    await addPeople(a.db, 600, 3);
    await a.syncNow();
    const b = await syncedDevice(dav);
    expect(await b.db.contacts.count()).toBe(600);
    expect(await texts(b.db)).toEqual(await texts(a.db));
    expect((await b.db.contacts.get('person-599'))?.tags).toEqual(['tag-4']);
    // Batched: a handful of files, not one per record or per few hundred records.
    expect(dav.filesIn(await ownFolder(a.db)).length).toBeLessThanOrEqual(2);
  });

  it('after many edits the folder stays bounded, old files go, and a fresh computer still gets everything', async () => {
    const dav = new MemoryDav();
    const a = await syncedDevice(dav);
    const b = await syncedDevice(dav);
    await addPeople(a.db, 20, 2);
    await a.syncNow();
    const folder = await ownFolder(a.db);
    let most = 0;
    const edits = 2 * COMPACT_AFTER + 30;
    const lastText = new Map<string, string>();
    for (let i = 0; i < edits; i++) {
      lastText.set(`note-${i % 20}-0`, `Edit ${i} of note ${i % 20}`);
      await a.db.notes.update(`note-${i % 20}-0`, { text: lastText.get(`note-${i % 20}-0`), updatedAt: Date.now() });
      if (i % 50 === 7) await addPeople(a.db, 1, 1, 100 + i);
      await a.syncNow();
      most = Math.max(most, dav.filesIn(folder).length);
      // A computer that keeps up now and then still converges across compactions.
      if (i % 97 === 0) await b.syncNow();
    }
    const files = dav.filesIn(folder);
    expect(most).toBeLessThanOrEqual(COMPACT_AFTER + 2);
    expect(files.length).toBeLessThan(COMPACT_AFTER);
    // Every edit was uploaded; what is left on the server is far less than what was sent.
    expect(dav.totalBytes()).toBeLessThan(dav.bytesPut / 3);
    expect((await getProgress(a.db)).retired ?? []).toEqual([]);

    const fresh = await syncedDevice(dav);
    const expected = await texts(a.db);
    expect(await texts(fresh.db)).toEqual(expected);
    for (const [id, text] of lastText) expect(expected[id]).toBe(text);
    await b.syncNow();
    expect(await texts(b.db)).toEqual(expected);
  });

  it('a compaction cut off before its snapshot is uploaded deletes nothing; the next run finishes it', async () => {
    const dav = new MemoryDav();
    const a = await syncedDevice(dav);
    await addPeople(a.db, 5, 1);
    await a.syncNow();
    const folder = await ownFolder(a.db);
    for (let i = 0; i < COMPACT_AFTER; i++) {
      await a.db.notes.update('note-0-0', { text: `Edit ${i}`, updatedAt: Date.now() });
      await a.syncNow();
    }
    const before = dav.filesIn(folder);
    expect(before.length).toBeGreaterThan(COMPACT_AFTER);
    // The next edit triggers the snapshot; the server refuses every upload.
    await a.db.notes.update('note-1-0', { text: 'Edited during the outage', updatedAt: Date.now() });
    dav.fail = (method) => (method === 'PUT' ? 507 : undefined);
    const failed = await a.sync.handle({ action: 'syncNow' });
    expect(failed.status.state).toBe('error');
    expect(dav.filesIn(folder)).toEqual(before);
    // A computer joining meanwhile still gets everything the server had.
    dav.fail = undefined;
    const c = await syncedDevice(dav);
    expect((await texts(c.db))['note-0-0']).toBe(`Edit ${COMPACT_AFTER - 1}`);
    await a.syncNow();
    expect(dav.filesIn(folder).length).toBeLessThan(5);
    await c.syncNow();
    expect(await texts(c.db)).toEqual(await texts(a.db));
    expect((await texts(c.db))['note-1-0']).toBe('Edited during the outage');
  });

  it('uploads cut off partway through are finished by the next run, under the same file names', async () => {
    const dav = new MemoryDav();
    const a = await syncedDevice(dav);
    // Enough text for several files.
    await addPeople(a.db, 300, 10);
    await a.db.notes.toCollection().modify((n) => {
      n.text = `${n.text} ${'x'.repeat(2_000)}`;
    });
    let puts = 0;
    dav.fail = (method) => (method === 'PUT' && ++puts > 1 ? 503 : undefined);
    const failed = await a.sync.handle({ action: 'syncNow' });
    expect(failed.status.state).toBe('error');
    const folder = await ownFolder(a.db);
    const partial = dav.filesIn(folder);
    expect(partial.length).toBe(1);
    dav.fail = undefined;
    await a.syncNow();
    const files = dav.filesIn(folder);
    expect(files.length).toBeGreaterThan(1);
    expect(files).toEqual(expect.arrayContaining(partial));
    const b = await syncedDevice(dav);
    expect(await texts(b.db)).toEqual(await texts(a.db));
  });

  it('records with malformed clock values or fields are refused whole, with a warning; good files still sync', async () => {
    const dav = new MemoryDav();
    const a = await syncedDevice(dav);
    await addPeople(a.db, 3, 1);
    await a.syncNow();
    // A file that decrypts (same key) but holds records no Boundaries writes: each must be refused.
    const config = (await getConfig(a.db))!;
    const key = await importKey(fromBase64(config.key!));
    const good = (await a.db.syncState.toArray()) as unknown as { records: string }[];
    const [sample] = good.flatMap(
      (row) => JSON.parse(row.records) as { k: string; f: Record<string, { t: string }> }[],
    );
    const stamp = Object.values(sample!.f)[0]!.t;
    const forged = [
      { k: 'n:forged-1', f: { contactId: { v: 'person-0', t: '' } }, h: [{ v: 'empty clock', t: '' }] },
      { k: 'n:forged-2', f: { contactId: { v: 'person-0', t: stamp } }, h: [{ v: 'bad clock', t: 'yesterday' }] },
      { k: 'c:forged-3', f: { level: { v: 'best friends', t: stamp } } },
      { k: 'c:forged-4', f: { secret: { v: 'x', t: stamp } } },
    ];
    dav.dirs.set(`/sync/${config.epoch}/forger/`, 1);
    for (const [i, rec] of forged.entries())
      await dav.fetch(`${dav.url}${config.epoch}/forger/f${i}`, {
        method: 'PUT',
        body: await encrypt(key, { format: 1, records: [rec] }),
      });
    const b = await syncedDevice(dav);
    const status = (await b.sync.handle({ action: 'status' })).status;
    expect(status.state).toBe('ok');
    expect(status.warnings.filter((w) => /does not understand/.test(w))).toHaveLength(forged.length);
    expect(await texts(b.db)).toEqual(await texts(a.db));
    expect(await b.db.contacts.count()).toBe(3);
  });

  it('a computer that synced with the previous storage layout keeps its history and its queued uploads', async () => {
    const dav = new MemoryDav();
    const a = await syncedDevice(dav);
    await addPeople(a.db, 50, 2);
    await a.syncNow();
    // An edit is merged but not uploaded (server full), as the previous version would have left it.
    await a.db.notes.update('note-7-1', { text: 'Queued before the update', updatedAt: Date.now() });
    dav.fail = (method) => (method === 'PUT' ? 507 : undefined);
    expect((await a.sync.handle({ action: 'syncNow' })).status.state).toBe('error');
    dav.fail = undefined;
    // Rewrite the database into the previous layout: one syncState row per record, outbox entries
    // holding their records.
    await a.db.transaction('rw', a.db.syncState, a.db.syncMeta, async () => {
      const buckets = (await a.db.syncState.toArray()) as unknown as { k: string; records: string }[];
      await a.db.syncState.clear();
      await a.db.syncState.bulkPut(buckets.flatMap((row) => JSON.parse(row.records)));
      const outbox = await a.db.syncMeta.where('key').startsWith('outbox:').toArray();
      expect(outbox.length).toBe(1);
      for (const row of outbox) {
        const { payload, ...entry } = row.value as OutboxEntry;
        await a.db.syncMeta.put({
          key: row.key as `outbox:${string}`,
          value: { ...entry, records: JSON.parse(payload!).records },
        });
      }
    });
    dropCachedState(a.db);
    expect(await a.db.syncState.count()).toBe(150);

    await a.db.contacts.update('person-3', { displayName: 'Renamed after the update' });
    await a.syncNow();
    const rows = (await a.db.syncState.toArray()).map((row) => row.k);
    expect(rows.every((k) => k.startsWith('b:'))).toBe(true);
    // Nothing was re-sent as new: only the renamed contact, besides the queued edit.
    expect((await a.sync.handle({ action: 'status' })).status.message).toMatch(/1 change sent/);

    const b = await syncedDevice(dav);
    expect((await texts(b.db))['note-7-1']).toBe('Queued before the update');
    expect((await b.db.contacts.get('person-3'))?.displayName).toBe('Renamed after the update');
    expect(await texts(b.db)).toEqual(await texts(a.db));
    // The migrated state keeps working both ways.
    await b.db.notes.update('note-9-0', { text: 'From the new computer', updatedAt: Date.now() });
    await b.syncNow();
    await a.syncNow();
    expect((await texts(a.db))['note-9-0']).toBe('From the new computer');
  });
});
