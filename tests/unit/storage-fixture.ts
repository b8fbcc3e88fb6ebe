/**
 * The background's storage server over a fresh (fake) IndexedDB for each test: the database, the change
 * signals it sent, and `call` as a tab's request (throwing the error a tab would see).
 * Test files import 'fake-indexeddb/auto' first of all, before any storage module (Dexie reads the global).
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import type { ApiResult, ChangeSignal, RequestResults, RequestType } from '../../storage/api';
import { openDb, type BoundariesDb } from '../../storage/db';
import { createServer } from '../../storage/server';

export const EXT = 'boundaries-test-id';

export interface StorageFixture {
  db: BoundariesDb;
  server: ReturnType<typeof createServer>;
  signals: Omit<ChangeSignal, 'seq' | 'at'>[];
  call<T extends RequestType>(type: T, payload: unknown): Promise<RequestResults[T]>;
}

/** Registers the hooks; the fields are fresh in every test. */
export function freshStorageServer(): StorageFixture {
  const fixture = {
    async call<T extends RequestType>(type: T, payload: unknown): Promise<RequestResults[T]> {
      const result = (await fixture.server.handle({ boundaries: 1, type, payload }, { id: EXT })) as ApiResult<
        RequestResults[T]
      >;
      if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
      return result.value;
    },
  } as StorageFixture;
  beforeEach(() => {
    fixture.db = openDb(`test-${crypto.randomUUID()}`);
    fixture.signals = [];
    // Signals go out when a test flushes them, never from an earlier test's timer.
    fixture.server = createServer({
      db: fixture.db,
      extensionId: EXT,
      notify: (change) => fixture.signals.push(change),
      changeWindowMs: 600_000,
    });
  });
  afterEach(async () => {
    await fixture.db.delete();
  });
  return fixture;
}
