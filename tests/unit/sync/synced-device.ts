/**
 * A computer with sync turned on against an in-memory WebDAV server, for tests of the engine through the
 * service's own runs: a real (fake-indexeddb) database whose writes are reported as the storage server
 * reports them. `closeDevices` in an afterEach closes and deletes every one made.
 */
import 'fake-indexeddb/auto';
import { expect } from 'vitest';
import { openDb, type BoundariesDb } from '../../../storage/db';
import { createSyncService, type SyncService } from '../../../storage/sync/service';
import type { MemoryDav } from './memory-dav';
import { reportWrites } from './report-writes';

export const PASSPHRASE = 'correct horse battery staple';

const opened: { db: BoundariesDb; sync: SyncService }[] = [];

export async function closeDevices(): Promise<void> {
  for (const { db, sync } of opened.splice(0)) {
    sync.dispose();
    await db.delete();
  }
}

export async function syncedDevice(dav: MemoryDav) {
  const db = openDb(`sync-${crypto.randomUUID()}`);
  await db.open();
  const sync = createSyncService({ db, onDataChanged: () => {}, fetch: dav.fetch });
  reportWrites(db, sync);
  opened.push({ db, sync });
  const view = await sync.handle({
    action: 'enable',
    payload: { server: dav.url, user: 'alice', password: 'secret', passphrase: PASSPHRASE },
  });
  expect(view.status.message).toMatch(/Last synced/);
  const syncNow = async () => {
    const result = await sync.handle({ action: 'syncNow' });
    expect(result.status.state, result.status.message).toBe('ok');
    return result.status;
  };
  return { db, sync, syncNow };
}
