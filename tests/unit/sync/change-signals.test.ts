/**
 * Sync's own merges are signalled to every open page like any write, but must not schedule another
 * sync (the background only asks sync to run for signals that are not `fromSync`): otherwise every
 * sync that receives something is followed by an empty one. And the storage server tells sync at once
 * which contacts each request wrote (a run compares only those), never the ones sync itself wrote.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from '../../../storage/db';
import { ChangeBatcher, createServer } from '../../../storage/server';
import type { ApiResult, ChangeSignal } from '../../../storage/api';

function batcher() {
  const sent: Omit<ChangeSignal, 'seq' | 'at'>[] = [];
  return { sent, signals: new ChangeBatcher((change) => sent.push(change), 60_000) };
}

describe('change signals and sync', () => {
  it('a window holding only sync merges is marked as such', () => {
    const { sent, signals } = batcher();
    signals.add(['a', 'b'], false, false, true);
    signals.add(['*'], false, false, true);
    signals.flush();
    expect(sent).toEqual([{ contacts: ['*'], settings: false, fromSync: true }]);
  });

  it('a local write in the same window as a merge still asks sync to run', () => {
    const { sent, signals } = batcher();
    signals.add(['a'], false, false, true);
    signals.add(['b'], false);
    signals.flush();
    signals.add(['c'], false, false, true);
    signals.flush();
    expect(sent).toEqual([
      { contacts: ['a', 'b'], settings: false },
      { contacts: ['c'], settings: false, fromSync: true },
    ]);
  });
});

describe('writes reported to sync', () => {
  const db = openDb(`reported-${crypto.randomUUID()}`);
  afterEach(() => db.delete());

  it('each request reports the contacts it wrote before it answers; wide changes as *; sync’s own merges not at all', async () => {
    const reported: string[][] = [];
    const server = createServer({
      db,
      extensionId: 'test',
      changeWindowMs: 600_000,
      onLocalWrite: (contacts) => reported.push(contacts),
    });
    const call = async (type: string, payload: unknown) => {
      const result = (await server.handle({ boundaries: 1, type, payload }, { id: 'test' })) as ApiResult<unknown>;
      if (!result.ok) throw new Error(result.error.message);
      return result.value as { note: { id: string } };
    };
    const { note } = await call('addNote', { ref: 'ada-lovelace', text: 'first' });
    expect(reported).toEqual([['ada-lovelace']]);
    await call('updateNote', { id: note.id, text: 'second' });
    await call('saveContact', { ref: 'grace-hopper', patch: { circle: 'Navy' } });
    await call('deleteNote', { id: note.id });
    expect(reported.slice(1)).toEqual([['ada-lovelace'], ['grace-hopper'], ['ada-lovelace']]);
    await call('updateSettings', { patch: { badges: false } });
    await server.changedElsewhere(['grace-hopper']);
    expect(reported).toHaveLength(4);
    const file = await call('exportBackup', {});
    await call('applyImport', { kind: 'backup', text: JSON.stringify(file), strategy: 'keep-theirs' });
    expect(reported.at(-1)).toEqual(['*']);
    server.flushChanges();
  });
});
