import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_VERSION, openDb } from '../../storage/db';
import { createServer } from '../../storage/server';
import type { ApiResult } from '../../storage/api';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A database exactly as version 1 created it, with data in every table. */
async function createV1(name: string) {
  names.push(name);
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.table('contacts').bulkPut([
    {
      id: 'lesley-marsh-demo',
      aliases: ['lesley-marsh-demo', 'urn:li:fsd_profile:ACoAADemoLesleyMarsh0000000000000000001'],
      displayName: 'Lesley Marsh',
      headline: 'Head of Payments',
      level: 'professional',
      circle: 'Work',
      tags: ['fintech'],
      howWeMet: 'Berlin meetup',
      followUpOn: '2026-12-01',
      lastInteractionAt: 1_700_000_000_000,
      driftCheck: true,
      createdAt: 1_600_000_000_000,
      updatedAt: 1_700_000_000_000,
    },
  ]);
  await v1.table('notes').bulkPut([
    { id: 'n1', contactId: 'lesley-marsh-demo', text: 'older', createdAt: 1, updatedAt: 1 },
    { id: 'n2', contactId: 'lesley-marsh-demo', text: 'newer ✍️', createdAt: 2, updatedAt: 2 },
  ]);
  await v1.table('settings').put({ key: 'settings', value: { sensitivity: 'high' } });
  await v1.table('events').add({ type: 'nudge', at: 5, choice: 'edited' });
  v1.close();
}

describe('schema migrations', () => {
  it('v1 → current keeps every row and every query working', async () => {
    await createV1('migrate-v1');
    const db = openDb('migrate-v1');
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.contacts.count()).toBe(1);
    expect(await db.notes.count()).toBe(2);
    expect(await db.events.count()).toBe(1);

    const server = createServer({ db, extensionId: 'x' });
    const call = async (type: string, payload: unknown) => {
      const result = (await server.handle({ boundaries: 1, type, payload }, { id: 'x' })) as ApiResult<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    };
    const view = await call('getContact', { ref: '/in/ACoAADemoLesleyMarsh0000000000000000001/' });
    expect(view.contact.displayName).toBe('Lesley Marsh');
    expect(view.latestNotes.map((note: { text: string }) => note.text)).toEqual(['newer ✍️', 'older']);
    expect((await call('getSettings', {})).sensitivity).toBe('high');
    expect((await call('eventSummary', {})).edited).toBe(1);
    expect((await call('searchContacts', { query: 'berlin' })).total).toBe(1);
    await call('addNote', { ref: 'lesley-marsh-demo', text: 'after the upgrade' });
    expect((await call('listNotes', { ref: 'lesley-marsh-demo' })).length).toBe(3);
    db.close();
  });

  it('drops the indexes nothing queries', async () => {
    await createV1('migrate-indexes');
    const db = openDb('migrate-indexes');
    await db.open();
    expect(db.notes.schema.indexes.map((index) => index.name)).toEqual(['contactId']);
    expect(db.contacts.schema.indexes.map((index) => index.name)).not.toContain('level');
    db.close();
  });

  it('v2 → v3 adds an empty merge log and keeps every row; merges are then logged', async () => {
    names.push('migrate-v2');
    const v2 = new Dexie('migrate-v2');
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    await v2.table('contacts').put({
      id: 'ann-demo',
      aliases: ['ann-demo'],
      displayName: 'Ann',
      headline: '',
      level: 'unset',
      circle: '',
      tags: [],
      howWeMet: '',
      followUpOn: '',
      lastInteractionAt: 0,
      driftCheck: true,
      createdAt: 1,
      updatedAt: 1,
    });
    await v2.table('notes').put({ id: 'n1', contactId: 'ann-demo', text: 'kept', createdAt: 1, updatedAt: 1 });
    v2.close();
    const db = openDb('migrate-v2');
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.merges.count()).toBe(0);
    expect(await db.contacts.count()).toBe(1);
    expect((await db.notes.get('n1'))?.text).toBe('kept');
    const server = createServer({ db, extensionId: 'x' });
    const call = async (type: string, payload: unknown) => {
      const result = (await server.handle({ boundaries: 1, type, payload }, { id: 'x' })) as ApiResult<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    };
    await call('addNote', { ref: 'urn:li:member:5', text: 'other record' });
    await call('saveContact', {
      ref: 'ann-demo',
      identity: { aliases: ['urn:li:member:5'], confirmed: ['urn:li:member:5'] },
      patch: {},
    });
    expect(await db.merges.count()).toBe(1);
    db.close();
  });
});

describe('schema v3 (sync tables)', () => {
  it('v2 → v3 keeps contacts and notes and adds empty sync tables', async () => {
    const name = 'migrate-v2-sync';
    names.push(name);
    const { SCHEMA_V2 } = await import('../../storage/db');
    const v2 = new Dexie(name);
    v2.version(2).stores(SCHEMA_V2);
    await v2
      .table('contacts')
      .put({ id: 'kept', aliases: ['kept'], displayName: 'Kept', tags: [], createdAt: 1, updatedAt: 1 });
    await v2.table('notes').put({ id: 'n1', contactId: 'kept', text: 'still here', createdAt: 1, updatedAt: 1 });
    v2.close();
    const db = openDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    expect((await db.notes.get('n1'))?.text).toBe('still here');
    expect(await db.syncState.count()).toBe(0);
    await db.syncMeta.put({
      key: 'status',
      value: { state: 'off', message: '', lastSyncedAt: 0, warnings: [], retryAt: 0, at: 0 },
    });
    expect((await db.syncMeta.get('status'))?.value).toMatchObject({ state: 'off' });
    db.close();
  });
});
