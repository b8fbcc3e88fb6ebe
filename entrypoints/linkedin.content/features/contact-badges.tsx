/**
 * Badges next to links to saved contacts, anywhere on LinkedIn (feed authors, comments, search, My
 * Network, messaging lists and headers, hovercards, inside LinkedIn's open shadow roots).
 *
 * One pass per observed page change: collect links not seen yet, ask storage about all their keys in
 * ONE lookupContacts request, then badge each link once. Links are tracked in a WeakMap; nothing is
 * ever written onto LinkedIn's elements. Re-renders (our badge removed, link replaced or re-pointed)
 * and infinite scroll are followed; any storage change re-reads the people on the page.
 */
import {
  adoptBadgeStyles,
  buildBadge,
  BADGE_CSS,
  updateBadge,
  type BadgeElements,
} from '../../../components/ContactBadge';
import { isDarkPage } from '../../../components/theme';
import { LIMITS } from '../../../storage/api';
import { onStorageChange, request } from '../../../storage/client';
import type { ContactView } from '../../../storage/model';
import type { ProfileKey } from '../../../storage/profile-id';
import { defineFeature } from '../feature-manager';
import { createOurHost, observePage, queryAllDeep, queryDeep, type OurHost } from '../linkedin/dom';
import { badgeTargetOf, pageOwnerKey, personLinkKey } from '../linkedin/person-links';
import { LINK_HIDDEN_CONTAINERS, LINK_SKIP_CONTAINERS, PROFILE_LINKS, VIEWER_LINK } from '../linkedin/selectors/links';
import { isAnyLinkedInPage } from '../linkedin/urls';

declare const __BOUNDARIES_E2E__: boolean;
const MEASURE = typeof __BOUNDARIES_E2E__ !== 'undefined' && __BOUNDARIES_E2E__;

const SKIP = LINK_SKIP_CONTAINERS.selectors.join(',');
const HIDDEN = LINK_HIDDEN_CONTAINERS.selectors.join(',');
const SLICE_MS = 8;

interface LinkState {
  href: string;
  key: ProfileKey | null;
  /** Inside a container that never gets badges (nav, viewer card, social header, top card). */
  skip: boolean;
  badge?: { ours: OurHost; elements: BadgeElements };
}

export { personLinkKey } from '../linkedin/person-links';

export interface BadgeRunOptions {
  doc?: Document;
  lookup?: (refs: ProfileKey[]) => Promise<Record<string, ContactView | null>>;
  /** The page's address (a profile page's owner gets no badges); defaults to the document's. */
  pageUrl?: () => string;
}

export interface BadgeStats {
  passes: { ms: number; links: number; created: number; lookups: number }[];
}

/** Starts badging `doc` until `signal` aborts. Exposed for tests and the benchmark. */
export function startBadges(
  signal: AbortSignal,
  {
    doc = document,
    lookup = (refs) => request('lookupContacts', { refs }),
    pageUrl = () => doc.location?.href ?? '',
  }: BadgeRunOptions = {},
): BadgeStats {
  const states = new WeakMap<Element, LinkState>();
  const badged = new Map<Element, LinkState>();
  const cache = new Map<ProfileKey, ContactView | null>();
  const pending = new Set<ProfileKey>();
  const stats: BadgeStats = { passes: [] };
  let viewerKey: ProfileKey | null = null;
  let generation = 0;
  const dark = isDarkPage(doc);
  let sharedStyles = true;

  const removeBadge = (link: Element, state: LinkState) => {
    state.badge?.ours.remove();
    state.badge = undefined;
    badged.delete(link);
  };

  const stateOf = (link: Element): LinkState => {
    const href = link.getAttribute('href') ?? '';
    let state = states.get(link);
    if (state && state.href === href) return state;
    if (state) removeBadge(link, state);
    const key = personLinkKey(href);
    state = { href, key, skip: key !== null && link.closest(SKIP) !== null };
    states.set(link, state);
    return state;
  };

  const pass = () => {
    if (signal.aborted) return;
    const started = performance.now();
    let created = 0;
    // Badges whose link left the page go too.
    for (const [link, state] of badged) if (!link.isConnected) removeBadge(link, state);
    if (viewerKey === null) {
      const viewer = queryDeep(VIEWER_LINK, doc);
      viewerKey = viewer ? personLinkKey(viewer.getAttribute('href') ?? '') : null;
    }
    let more = false;
    const wanted = new Set<ProfileKey>();
    const links = queryAllDeep<HTMLAnchorElement>(PROFILE_LINKS, doc);
    const owner = pageOwnerKey(pageUrl());
    const owners = new Set<ProfileKey>(owner ? [owner] : []);
    for (const link of links) {
      const state = stateOf(link);
      if (state.key === null || state.skip || state.key === viewerKey) continue;
      // Only a person's name link (not counts, actions, image-only links or the profile owner's own
      // links); hidden render copies and links that change are looked at again later.
      if (link.closest(HIDDEN) !== null || badgeTargetOf(link, state.key, owners) === null) {
        if (state.badge) removeBadge(link, state);
        continue;
      }
      if (!cache.has(state.key)) {
        if (!pending.has(state.key)) wanted.add(state.key);
        continue;
      }
      const view = cache.get(state.key) ?? null;
      if (!view) {
        if (state.badge) removeBadge(link, state);
        continue;
      }
      if (state.badge) {
        const { host } = state.badge.ours;
        if (!host.isConnected || host.previousElementSibling !== link) link.after(host);
        updateBadge(state.badge.elements, view);
      } else {
        // Time-slicing: a pass creates badges for at most ~8 ms, then yields a frame and carries on.
        if (performance.now() - started > SLICE_MS) {
          more = true;
          continue;
        }
        const ours = createOurHost('contact-badge', sharedStyles ? '' : BADGE_CSS, doc);
        const root = ours.mount.getRootNode();
        if (sharedStyles && root instanceof ShadowRoot && !adoptBadgeStyles(root)) {
          sharedStyles = false;
          ours.mount.previousElementSibling!.textContent = BADGE_CSS;
        }
        const elements = buildBadge(ours.mount, view, dark);
        link.after(ours.host);
        state.badge = { ours, elements };
        badged.set(link, state);
        created++;
      }
    }
    let lookups = 0;
    if (wanted.size > 0) {
      const refs = [...wanted];
      for (const ref of refs) pending.add(ref);
      const batchGeneration = generation;
      for (let i = 0; i < refs.length; i += LIMITS.batchRefs) {
        const chunk = refs.slice(i, i + LIMITS.batchRefs);
        lookups++;
        lookup(chunk)
          .then((result) => {
            for (const ref of chunk) pending.delete(ref);
            if (signal.aborted || batchGeneration !== generation) return;
            for (const ref of chunk) cache.set(ref, result[ref] ?? null);
            pass();
          })
          .catch((error: unknown) => {
            for (const ref of chunk) pending.delete(ref);
            console.debug('[Boundaries] badge lookup failed', error);
          });
      }
    }
    if (MEASURE) stats.passes.push({ ms: performance.now() - started, links: links.length, created, lookups });
    if (more) (doc.defaultView ?? window).requestAnimationFrame(() => pass());
  };

  const unsubscribe = onStorageChange(() => {
    // Someone saved, edited or deleted: re-read everyone on the page in one batch.
    generation++;
    cache.clear();
    pending.clear();
    try {
      pass();
    } catch (error) {
      console.debug('[Boundaries] badge refresh failed', error);
    }
  });
  signal.addEventListener(
    'abort',
    () => {
      unsubscribe();
      for (const [link, state] of badged) removeBadge(link, state);
    },
    { once: true },
  );
  observePage(pass, signal, doc);
  return stats;
}

export default defineFeature({
  id: 'contact-badges',
  include: [isAnyLinkedInPage],
  setting: 'badges',
  init({ signal }) {
    const stats = startBadges(signal);
    if (MEASURE) (globalThis as { __boundariesBadgeStats?: BadgeStats }).__boundariesBadgeStats = stats;
  },
});

/* Test URLs / fixtures:
   https://www.linkedin.com/feed/  tests/fixtures/linkedin/feed-2026.html (5 authors; hidden copy; "likes this" header; viewer card)
   https://www.linkedin.com/feed/  tests/fixtures/linkedin/messaging-overlay-2026.html (bubble headers in #interop-outlet)
   https://www.linkedin.com/in/aiko-bergstr%C3%B6m-demo/  tests/fixtures/boundaries/profile-legacy-hashed-2025.html (recommendations, people also viewed)
*/
