/**
 * The popup's first list, requested as soon as the script runs (before React renders), so the round
 * trip to the background overlaps with React's start-up. Used once, for the unfiltered first paint.
 */
import type { RequestResults } from '../../storage/api';
import { request } from '../../storage/client';

let first: Promise<RequestResults['recentContacts']> | null = null;

export function prefetchRecent(limit: number): void {
  performance.mark('boundaries:script-start');
  first = request('recentContacts', { limit });
  first.then(() => performance.mark('boundaries:list-received')).catch(() => {});
  first.catch(() => {});
}

/** The prefetched list, once; null afterwards (callers then ask again). */
export function takePrefetchedRecent(): Promise<RequestResults['recentContacts']> | null {
  const taken = first;
  first = null;
  return taken;
}
