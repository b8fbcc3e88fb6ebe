/**
 * Where sync's replica state (merge.ts) lives in the database: table `syncState`.
 *
 * Layout 2 (since 2026-12-07): the records are spread over BUCKETS rows keyed `b:<n>` (n = a hash of the
 * record key), each holding its records as one JSON string. Storing 40,000 records as 40,000 nested
 * objects made IndexedDB clone and write hundreds of thousands of small objects on every first sync
 * (2–3 s of a 5 s run on the 2-core machine); one string per bucket is written in a fraction of that, and
 * a small sync rewrites only the few buckets its records fall in (~150 KB each at 40,000 records).
 *
 * Layout 1 (until then): one row per record, keyed by the record key (`c:…` / `n:…`). Still read; the
 * first save after reading it writes every bucket and deletes the old rows in the same transaction, so a
 * device that synced with an older version keeps its whole history.
 *
 * The state stays in memory between runs (loading it is the slowest part of a small sync); callers drop
 * it whenever a run fails, so it never drifts from the table.
 */
import type { BoundariesDb } from '../db';
import type { RecordKey, RecordState, State } from './merge';

export const BUCKETS = 128;

export interface StateBucketRow {
  k: `b:${number}`;
  /** JSON array of RecordState. */
  records: string;
}

interface LoadedState {
  state: State;
  /** Record keys per bucket, so a save serialises only the buckets that changed. */
  members: Set<RecordKey>[];
  /** Read from layout 1: the next save writes every bucket and removes the per-record rows. */
  legacy: boolean;
}

const cache = new WeakMap<BoundariesDb, LoadedState>();

/** FNV-1a of the key: stable across devices and versions (the bucket of a record never moves). */
export function bucketOf(k: RecordKey): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < k.length; i++) {
    h ^= k.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % BUCKETS;
}

function isBucketRow(row: unknown): row is StateBucketRow {
  return typeof (row as StateBucketRow).k === 'string' && (row as StateBucketRow).k.startsWith('b:');
}

/** The replica state. Call inside a transaction that includes `syncState`. */
export async function loadState(db: BoundariesDb): Promise<State> {
  const cached = cache.get(db);
  if (cached) return cached.state;
  const loaded: LoadedState = {
    state: new Map(),
    members: Array.from({ length: BUCKETS }, () => new Set()),
    legacy: false,
  };
  const rows: unknown[] = await db.syncState.toArray();
  for (const row of rows) {
    const records = isBucketRow(row) ? (JSON.parse(row.records) as RecordState[]) : [row as RecordState];
    if (!isBucketRow(row)) loaded.legacy = true;
    for (const rec of records) {
      loaded.state.set(rec.k, rec);
      loaded.members[bucketOf(rec.k)]!.add(rec.k);
    }
  }
  cache.set(db, loaded);
  return loaded.state;
}

/**
 * Writes the buckets holding `changed` records (all of them after reading layout 1). Call inside the
 * same transaction as loadState, after the state was changed in memory.
 */
export async function saveState(
  db: BoundariesDb,
  changed: Iterable<RecordKey>,
  toJson: (rec: RecordState) => string = (rec) => JSON.stringify(rec),
): Promise<void> {
  const loaded = cache.get(db);
  if (!loaded) throw new Error('saveState before loadState');
  const dirty = new Set<number>();
  for (const k of changed) {
    const bucket = bucketOf(k);
    loaded.members[bucket]!.add(k);
    dirty.add(bucket);
  }
  if (loaded.legacy) for (let b = 0; b < BUCKETS; b++) dirty.add(b);
  const rows: StateBucketRow[] = [];
  for (const bucket of dirty) {
    const records: string[] = [];
    for (const k of loaded.members[bucket]!) {
      const rec = loaded.state.get(k);
      if (rec) records.push(toJson(rec));
    }
    rows.push({ k: `b:${bucket}`, records: `[${records.join(',')}]` });
  }
  await db.syncState.bulkPut(rows);
  if (loaded.legacy) {
    await db.syncState.where('k').startsWith('c:').delete();
    await db.syncState.where('k').startsWith('n:').delete();
    loaded.legacy = false;
  }
}

/** Forgets the in-memory state (after a failed run, or when the table was changed otherwise). */
export function dropCachedState(db: BoundariesDb): void {
  cache.delete(db);
}
