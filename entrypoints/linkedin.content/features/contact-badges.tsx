/**
 * Badges next to links to saved contacts, anywhere on LinkedIn (feed authors, comments, search, My
 * Network, messaging lists and headers, hovercards, inside LinkedIn's open shadow roots).
 *
 * Incremental: the whole page is searched for person links only at start, after in-app navigation and
 * when storage changes; otherwise only the subtrees LinkedIn added, links whose href or visibility
 * changed and links whose text changed are looked at (linkedin/dom.ts hands them over once per frame).
 * The keys of new links go to storage in ONE lookupContacts request per slice, then each link is badged
 * once. Links are tracked in a WeakMap; nothing is ever written onto LinkedIn's elements. Re-renders
 * (our badge removed, link replaced, moved or re-pointed) and infinite scroll are followed.
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
import {
  createOurHost,
  observePage,
  queryAllDeep,
  queryAllWithin,
  queryDeep,
  type OurHost,
  type PageChanges,
} from '../linkedin/dom';
import { readProfileIdentity } from '../linkedin/profile-identity';
import { createTipFrame } from '../linkedin/tip-frame';
import { badgeTargetOf, pageOwnerKey, personLinkKey } from '../linkedin/person-links';
import { LINK_HIDDEN_CONTAINERS, LINK_SKIP_CONTAINERS, PROFILE_LINKS, VIEWER_LINK } from '../linkedin/selectors/links';
import { isAnyLinkedInPage } from '../linkedin/urls';

declare const __BOUNDARIES_E2E__: boolean;
const MEASURE = typeof __BOUNDARIES_E2E__ !== 'undefined' && __BOUNDARIES_E2E__;

const SKIP = LINK_SKIP_CONTAINERS.selectors.join(',');
const HIDDEN = LINK_HIDDEN_CONTAINERS.selectors.join(',');
const LINK_SELECTOR = PROFILE_LINKS.selectors.join(',');
const VIEWER_SELECTOR = VIEWER_LINK.selectors.join(',');
const SLICE_MS = 8;
/** The longest keys wait for a storage request while the queue keeps refilling. */
const LOOKUP_WAIT_MS = 1000;

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
  /** One entry per slice of work (test builds only): links looked at, badges created, requests sent. */
  passes: { ms: number; links: number; created: number; lookups: number }[];
  /** Whether links are still queued or waiting for storage (tests wait for this to settle). */
  busy(): boolean;
}

/** Starts badging `doc` until `signal` aborts. Exposed for tests and the benchmark. */
export function startBadges(
  signal: AbortSignal,
  {
    doc = document,
    lookup = (refs) => request('lookupContacts', { refs }),
    // document.URL is location.href as a plain string: reading the Location object costs more per batch.
    pageUrl = () => doc.URL ?? '',
  }: BadgeRunOptions = {},
): BadgeStats {
  const states = new WeakMap<Element, LinkState>();
  const badged = new Map<Element, LinkState>();
  /** Our host → the link it belongs to: LinkedIn removing our badge brings that link back for a look. */
  const hostLinks = new WeakMap<Node, Element>();
  const cache = new Map<ProfileKey, ContactView | null>();
  const pending = new Set<ProfileKey>();
  /** Links waiting for their key's lookup: the answer brings exactly these back. */
  const waiting = new Map<ProfileKey, Set<Element>>();
  /** Links to look at, in the order they came: the work of one frame is what changed, not the page. */
  const queue = new Set<Element>();
  const stats: BadgeStats = { passes: [], busy: () => queue.size > 0 || pending.size > 0 || wanted.size > 0 };
  let viewerKey: ProfileKey | null = null;
  let generation = 0;
  let scheduled = false;
  const dark = isDarkPage(doc);
  let sharedStyles = true;
  // The tooltip (name, level, latest note) is rendered in our extension-origin frame, never in the page.
  const tip = createTipFrame(doc, dark);

  const removeBadge = (link: Element, state: LinkState) => {
    if (state.badge) hostLinks.delete(state.badge.ours.host);
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

  const readViewer = () => {
    const viewer = queryDeep(VIEWER_LINK, doc);
    viewerKey = viewer ? personLinkKey(viewer.getAttribute('href') ?? '') : null;
  };

  /** Every link to look at in `scope` (itself included), from the selector chain. */
  const queueWithin = (scope: Element | Document | ShadowRoot) => {
    if (scope instanceof Element && scope.matches(LINK_SELECTOR) && !scope.closest('[data-boundaries]'))
      queue.add(scope);
    for (const link of queryAllWithin(PROFILE_LINKS, scope)) queue.add(link);
  };

  const onChanges = (changes: PageChanges) => {
    if (signal.aborted) return;
    if (changes.full) {
      readViewer();
      for (const link of queryAllDeep<HTMLAnchorElement>(PROFILE_LINKS, doc)) queue.add(link);
    } else {
      for (const root of changes.added) {
        queueWithin(root);
        // A name filled into (or a piece moved inside) an existing link.
        const link = root.parentElement?.closest(LINK_SELECTOR);
        if (link) queue.add(link);
        if (viewerKey === null && root.querySelector(VIEWER_SELECTOR)) readViewer();
      }
      for (const [element, names] of changes.attributes) {
        if (names.has('href') && element.matches(LINK_SELECTOR)) queue.add(element);
        // Shown or hidden (a render copy becoming the visible one): the links inside are looked at again.
        if (names.has('style') || names.has('hidden') || names.has('aria-hidden')) queueWithin(element);
      }
      for (const element of changes.text) {
        const link = element.closest(LINK_SELECTOR);
        if (link) queue.add(link);
      }
    }
    if (changes.full) sweep();
    else if (changes.removed.length > 0) {
      // Badges whose link left the page go too (looked for in what was removed, not across the page); a
      // link whose badge LinkedIn removed gets it back.
      for (const node of changes.removed) {
        const link = hostLinks.get(node);
        if (link?.isConnected) queue.add(link);
        else if (node instanceof Element) dropRemoved(node);
      }
      // Anything that left unseen (inside a LinkedIn shadow root, say) is let go once the badges double.
      if (badged.size > 2 * badgedAfterSweep + 64) sweep();
    }
    run();
  };

  let badgedAfterSweep = 0;
  /** Every badge whose link is gone from the page goes too. */
  const sweep = () => {
    for (const [link, state] of badged) if (!link.isConnected) removeBadge(link, state);
    badgedAfterSweep = badged.size;
  };

  /** The badges of the links in a removed subtree (if they really left: a move puts them back). */
  const dropRemoved = (node: Element) => {
    if (node.isConnected) return;
    const own = badged.get(node);
    if (own) removeBadge(node, own);
    for (const link of node.querySelectorAll(LINK_SELECTOR)) {
      const state = badged.get(link);
      if (state && !link.isConnected) removeBadge(link, state);
    }
  };

  const look = (
    link: Element,
    owners: ReadonlySet<ProfileKey>,
    keys: Set<ProfileKey>,
    started: number,
  ): 'done' | 'later' => {
    if (!link.isConnected) {
      const state = states.get(link);
      if (state?.badge) removeBadge(link, state);
      return 'done';
    }
    const state = stateOf(link);
    if (state.key === null || state.skip || state.key === viewerKey) return 'done';
    // Only a person's name link (not counts, actions, image-only links or the profile owner's own
    // links); hidden render copies and links that change are looked at again when they change.
    if (link.closest(HIDDEN) !== null || badgeTargetOf(link, state.key, owners) === null) {
      if (state.badge) removeBadge(link, state);
      return 'done';
    }
    if (!cache.has(state.key)) {
      let links = waiting.get(state.key);
      if (!links) waiting.set(state.key, (links = new Set()));
      links.add(link);
      if (!pending.has(state.key)) keys.add(state.key);
      return 'done';
    }
    const view = cache.get(state.key) ?? null;
    if (!view) {
      if (state.badge) removeBadge(link, state);
      return 'done';
    }
    if (state.badge) {
      const { host } = state.badge.ours;
      if (!host.isConnected || host.previousElementSibling !== link) link.after(host);
      updateBadge(state.badge.elements, view);
      return 'done';
    }
    if (performance.now() - started > SLICE_MS) return 'later';
    const ours = createOurHost('contact-badge', sharedStyles ? '' : BADGE_CSS, doc);
    const root = ours.mount.getRootNode();
    if (sharedStyles && root instanceof ShadowRoot && !adoptBadgeStyles(root)) {
      sharedStyles = false;
      ours.mount.previousElementSibling!.textContent = BADGE_CSS;
    }
    const elements = buildBadge(ours.mount, view, dark, tip);
    link.after(ours.host);
    state.badge = { ours, elements };
    badged.set(link, state);
    hostLinks.set(ours.host, link);
    return 'done';
  };

  /** Keys seen since the last lookup: asked for together once the queue is worked through. */
  const wanted = new Set<ProfileKey>();
  let wantedSince = 0;

  const askStorage = (): number => {
    let lookups = 0;
    const refs = [...wanted];
    wanted.clear();
    for (const ref of refs) pending.add(ref);
    const batchGeneration = generation;
    for (let i = 0; i < refs.length; i += LIMITS.batchRefs) {
      const chunk = refs.slice(i, i + LIMITS.batchRefs);
      lookups++;
      lookup(chunk)
        .then((result) => {
          for (const ref of chunk) pending.delete(ref);
          if (signal.aborted || batchGeneration !== generation) return;
          for (const ref of chunk) {
            cache.set(ref, result[ref] ?? null);
            for (const link of waiting.get(ref) ?? []) queue.add(link);
            waiting.delete(ref);
          }
          run();
        })
        .catch((error: unknown) => {
          for (const ref of chunk) pending.delete(ref);
          console.debug('[Boundaries] badge lookup failed', error);
        });
    }
    return lookups;
  };

  /**
   * The page owner's keys, read again when the address changes. A profile opened by member id
   * (`/in/ACoAA…/`) links to its owner by slug: the keys its top card proves for its person are the
   * owner's too, read again on each pass until they include a slug (the card can arrive after the links),
   * and badges already placed beside them go.
   */
  let ownersUrl: string | null = null;
  let ownersOpen = false;
  let owners = new Set<ProfileKey>();
  const ownersOf = (url: string): ReadonlySet<ProfileKey> => {
    if (url === ownersUrl && !ownersOpen) return owners;
    const owner = pageOwnerKey(url);
    const next = new Set<ProfileKey>(owner ? [owner] : []);
    ownersOpen = false;
    if (owner?.startsWith('urn:')) {
      const identity = readProfileIdentity(doc, url);
      if (identity?.proven) for (const alias of identity.aliases) next.add(alias);
      ownersOpen = [...next].every((key) => key.startsWith('urn:'));
    }
    const grew = url === ownersUrl && next.size > owners.size;
    owners = next;
    ownersUrl = url;
    if (grew) for (const link of badged.keys()) queue.add(link);
    return owners;
  };

  /**
   * Works through the queue for at most SLICE_MS, then yields a frame and carries on. The keys of the
   * links it met go to storage in one request once the queue is empty (a whole page: one request).
   */
  const run = () => {
    if (signal.aborted) return;
    const started = performance.now();
    const owners = ownersOf(pageUrl());
    let looked = 0;
    const before = badged.size;
    if (wanted.size === 0) wantedSince = started;
    for (const link of queue) {
      if (look(link, owners, wanted, started) === 'later') break;
      queue.delete(link);
      looked++;
      if (performance.now() - started > SLICE_MS) break;
    }
    const created = Math.max(0, badged.size - before);
    // Normally once the queue is empty; a page that never stops changing must not keep them waiting.
    const lookups = wanted.size > 0 && (queue.size === 0 || started - wantedSince > LOOKUP_WAIT_MS) ? askStorage() : 0;
    if (MEASURE && (looked > 0 || lookups > 0))
      stats.passes.push({ ms: performance.now() - started, links: looked, created, lookups });
    if (queue.size > 0 && !scheduled) {
      scheduled = true;
      (doc.defaultView ?? window).requestAnimationFrame(() => {
        scheduled = false;
        try {
          run();
        } catch (error) {
          console.debug('[Boundaries] badge pass failed', error);
        }
      });
    }
  };

  const unsubscribe = onStorageChange(() => {
    // Someone saved, edited or deleted: re-read everyone on the page in one batch.
    generation++;
    cache.clear();
    pending.clear();
    waiting.clear();
    try {
      onChanges({ full: true, added: [], removed: [], attributes: new Map(), text: [] });
    } catch (error) {
      console.debug('[Boundaries] badge refresh failed', error);
    }
  });
  signal.addEventListener(
    'abort',
    () => {
      unsubscribe();
      queue.clear();
      waiting.clear();
      tip.destroy();
      for (const [link, state] of badged) removeBadge(link, state);
    },
    { once: true },
  );
  // Text changes matter only inside links (a name filled in later); the feature asks for them.
  observePage(onChanges, signal, doc, { text: true });
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
