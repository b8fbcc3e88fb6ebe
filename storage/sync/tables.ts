/** The rows sync keeps in the database (tables `syncState` and `syncMeta`, schema version 3). */
import type { Hlc } from './hlc';
import type { RecordState } from './merge';
import type { StateBucketRow } from './state-store';

/** A bucket of records (layout 2), or one record (layout 1, read for devices that synced before). */
export type SyncStateRow = StateBucketRow | RecordState;

export interface SyncConfig {
  /** The sync folder's URL, e.g. https://cloud.example.com/remote.php/dav/files/alice/Boundaries/ */
  server: string;
  user: string;
  password: string;
  enabled: boolean;
  /** Base64 AES key derived from the passphrase; absent when the user asked to forget it. */
  key?: string;
  /** The key file this key belongs to (data folder id and salt). */
  epoch?: string;
  salt?: string;
  iterations?: number;
  /** This device's random id (clock tie-breaker) and its folder name on the server. */
  deviceId: string;
  deviceDir: string;
  /** Request timeout; only tests change it. */
  timeoutMs?: number;
}

export interface SyncProgress {
  clock: Hlc | '';
  keyFileEtag: string;
  /** Per other device folder: its ETag when fully read, and the files read from it. */
  read: Record<string, { etag: string; files: string[] }>;
  /** The next outbox sequence number. */
  seq: number;
  /** Everything must be uploaded again (new data folder after a passphrase change or a wiped server). */
  fullUpload: boolean;
  /** Files this device wrote, in order (compaction replaces them with one snapshot). */
  own: string[];
  /** Files a snapshot replaced: deleted from the server once every queued file is uploaded. */
  retired?: string[];
}

export type SyncState = 'off' | 'syncing' | 'ok' | 'error' | 'locked';

export interface SyncStatus {
  state: SyncState;
  message: string;
  /** Epoch ms of the last successful sync, 0 if never. */
  lastSyncedAt: number;
  /** Problems that did not stop the sync (a damaged file skipped, another device's clock far off). */
  warnings: string[];
  /** When the next automatic retry is due (after a failure that retrying can fix), or 0. */
  retryAt: number;
  at: number;
  /** Milliseconds per phase of the last successful run (shown nowhere; the benchmark reads it). */
  phases?: Record<string, number>;
}

export interface OutboxEntry {
  seq: number;
  /** The file name, fixed before the first attempt so a retry rewrites the same file. */
  name: string;
  /** The file's clear-text JSON (`{"format":…,"records":[…]}`), serialised once, in the merge. */
  payload?: string;
  /** Entries queued by versions before 2026-12-07 hold the records themselves. */
  records?: RecordState[];
}

export type SyncMetaRow =
  | { key: 'config'; value: SyncConfig }
  | { key: 'progress'; value: SyncProgress }
  | { key: 'status'; value: SyncStatus }
  | { key: `outbox:${string}`; value: OutboxEntry };
