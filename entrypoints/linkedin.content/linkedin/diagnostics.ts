/**
 * Anchor diagnostics: features call `reportAnchor(chainName, found)` whenever they look for one of
 * LinkedIn's anchors (a selector chain), and the manager's Diagnostics section lists which anchors were
 * found or missed on which kind of page, so a user can tell us what broke. Local only: the reports go to
 * our background (kept in memory there), never to any server.
 *
 * Batched: reports are collected and sent at most once every few seconds; a repeat of the same outcome
 * for the same chain on the same kind of page within a minute is not sent again. Never throws.
 *
 * Usage (from any feature):
 *   import { reportAnchor } from '../linkedin/diagnostics';
 *   const top = queryDeep(PROFILE_TOP_CARD);
 *   reportAnchor(PROFILE_TOP_CARD.name, top !== null); // or reportAnchor(PROFILE_TOP_CARD, …)
 */
import { request } from '../../../storage/client';
import type { SelectorChain } from './selectors/chain';
import { isFeedPage, isMessagingPage, isMyNetworkPage, isProfilePage, isSearchPage } from './urls';

export const FLUSH_INTERVAL_MS = 3_000;
const REPEAT_WINDOW_MS = 60_000;
const MAX_PENDING = 200;

interface Report {
  pageKind: string;
  chain: string;
  found: boolean;
  at: number;
}

/** A coarse, id-free name for the kind of page (no URLs or profile ids are stored). */
export function pageKindOf(url: URL): string {
  if (isProfilePage(url)) return 'profile';
  if (isMessagingPage(url)) return 'messaging';
  if (isFeedPage(url)) return 'feed';
  if (isSearchPage(url)) return 'search';
  if (isMyNetworkPage(url)) return 'mynetwork';
  return 'other';
}

const pending = new Map<string, Report>();
const lastSent = new Map<string, { found: boolean; at: number }>();
let timer: ReturnType<typeof setTimeout> | undefined;
let lastFlushAt = 0;

async function flush(): Promise<void> {
  timer = undefined;
  if (pending.size === 0) return;
  const reports = [...pending.values()];
  pending.clear();
  lastFlushAt = Date.now();
  for (const report of reports)
    lastSent.set(`${report.pageKind}\u0000${report.chain}`, { found: report.found, at: report.at });
  try {
    await request('reportAnchors', { reports });
  } catch {
    // Diagnostics must never disturb anything: an orphaned content script simply stops reporting.
  }
}

function schedule(): void {
  if (timer !== undefined) return;
  const wait = Math.max(500, lastFlushAt + FLUSH_INTERVAL_MS - Date.now());
  timer = setTimeout(() => void flush(), wait);
}

/** Records whether the anchor named `chain` was found on this page. Cheap; safe to call often. */
export function reportAnchor(chain: string | SelectorChain, found: boolean, url: URL | string = location.href): void {
  try {
    const name = (typeof chain === 'string' ? chain : chain.name).slice(0, 100);
    if (!name) return;
    const pageKind = pageKindOf(typeof url === 'string' ? new URL(url) : url);
    const key = `${pageKind}\u0000${name}`;
    const now = Date.now();
    const previous = lastSent.get(key);
    if (previous && previous.found === found && now - previous.at < REPEAT_WINDOW_MS && !pending.has(key)) return;
    if (pending.size >= MAX_PENDING && !pending.has(key)) return;
    pending.set(key, { pageKind, chain: name, found, at: now });
    schedule();
  } catch {
    // Fail open.
  }
}

/** Sends whatever is pending now (tests; page hide). */
export function flushAnchorReports(): Promise<void> {
  clearTimeout(timer);
  return flush();
}
