/**
 * Beside every message composer (thread page, overlay bubbles, the profile "Message" window, new
 * messages), a badge with who this is: the familiarity level (the strictest one in a group; "Not set"
 * with a one-click picker), the latest notes, a quick note, and "last messaged …". It also remembers
 * the conversation: when LinkedIn sends a message to saved contacts, their last interaction becomes now.
 *
 * `trackComposers` (exported, also used by the drift check) follows composers as LinkedIn opens,
 * re-renders and closes them, resolves who each is with, and looks everyone up in ONE request per scan.
 */
import { isDarkPage } from '../../../components/theme';
import { onStorageChange, request } from '../../../storage/client';
import type { ContactView, Level } from '../../../storage/model';
import { defineFeature } from '../feature-manager';
import {
  COMPOSER_INTEREST,
  composerText,
  conversationOf,
  formOf,
  isSendButtonOf,
  resolveConversation,
  strictestLevel,
  type ConversationInfo,
  type Participant,
} from '../linkedin/conversation';
import { createOurHost, isOurHost, observePage, queryAllDeep, type OurHost } from '../linkedin/dom';
import { createFrame, type OurFrame } from '../linkedin/frame-host';
import { MESSAGE_COMPOSER } from '../linkedin/selectors/messaging';
import { isAnyLinkedInPage } from '../linkedin/urls';

// ---------------------------------------------------------------------------------------------------
// Composer tracking (shared with message-drift-check.tsx)
// ---------------------------------------------------------------------------------------------------

export interface ComposerEntry {
  composer: HTMLElement;
  form: HTMLFormElement | null;
  container: Element;
  info: ConversationInfo;
  /** Stored view per participant key (null: not saved). */
  views: Record<string, ContactView | null>;
  loaded: boolean;
  /** Set when storage could not be reached; the UIs then stay out of the way. */
  error: string | null;
  /** Aborted when the composer goes away. */
  signal: AbortSignal;
  abort(): void;
}

export interface TrackerHandlers {
  onEnter(entry: ComposerEntry): void;
  /** Participants or stored data changed. */
  onUpdate(entry: ComposerEntry): void;
  onLeave(entry: ComposerEntry): void;
  /** Every scan, for every live entry: keep injected UI where it belongs. */
  onScan?(entry: ComposerEntry): void;
}

export interface Tracker {
  entries(): ComposerEntry[];
  entryFor(node: EventTarget | null): ComposerEntry | null;
}

function participantsSignature(info: ConversationInfo): string {
  return info.participants.map((p) => p.refs.join('+')).join('|');
}

/** The stored view of one participant, whichever of their keys the lookup answered. */
export function viewOf(entry: ComposerEntry, participant: Participant): ContactView | null {
  return entry.views[participant.key] ?? null;
}

export function levelOf(entry: ComposerEntry): Level {
  return strictestLevel(entry.info.participants.map((p) => viewOf(entry, p)?.contact.level ?? 'unset'));
}

interface SharedTracker {
  tracker: Tracker;
  subscribers: Set<TrackerHandlers>;
  stop(): void;
}
const sharedTrackers = new WeakMap<Document, SharedTracker>();

/**
 * Follows composers on the page for one feature. Features share one tracker per document (one
 * observer, one lookupContacts per scan for every participant of every composer); each subscriber gets
 * its own onEnter/onUpdate/onLeave calls and, when its `signal` aborts, onLeave for every entry.
 */
export function trackComposers(signal: AbortSignal, handlers: TrackerHandlers, doc: Document = document): Tracker {
  let shared = sharedTrackers.get(doc);
  if (!shared) {
    const controller = new AbortController();
    const subscribers = new Set<TrackerHandlers>();
    const each = (call: (subscriber: TrackerHandlers) => void) => {
      for (const subscriber of [...subscribers]) {
        try {
          call(subscriber);
        } catch (error) {
          console.debug('[Boundaries] composer handler failed', error);
        }
      }
    };
    const fanOut: TrackerHandlers = {
      onEnter: (entry) => each((s) => s.onEnter(entry)),
      onUpdate: (entry) => each((s) => s.onUpdate(entry)),
      onLeave: (entry) => each((s) => s.onLeave(entry)),
      onScan: (entry) => each((s) => s.onScan?.(entry)),
    };
    const created: SharedTracker = {
      tracker: createComposerTracker(controller.signal, fanOut, doc),
      subscribers,
      stop: () => controller.abort(),
    };
    sharedTrackers.set(doc, created);
    shared = created;
  }
  const current = shared;
  current.subscribers.add(handlers);
  for (const entry of current.tracker.entries()) {
    try {
      handlers.onEnter(entry);
      if (entry.loaded) handlers.onUpdate(entry);
    } catch (error) {
      console.debug('[Boundaries] composer handler failed', error);
    }
  }
  signal.addEventListener(
    'abort',
    () => {
      current.subscribers.delete(handlers);
      for (const entry of current.tracker.entries()) {
        try {
          handlers.onLeave(entry);
        } catch (error) {
          console.debug('[Boundaries] composer handler failed', error);
        }
      }
      if (current.subscribers.size === 0) {
        current.stop();
        if (sharedTrackers.get(doc) === current) sharedTrackers.delete(doc);
      }
    },
    { once: true },
  );
  return current.tracker;
}

/** One tracker: composers found by every scan, conversations resolved, one lookup per scan. */
function createComposerTracker(signal: AbortSignal, handlers: TrackerHandlers, doc: Document): Tracker {
  const entries = new Map<HTMLElement, ComposerEntry>();
  // Each entry remembers its latest lookup, so an older answer arriving late never overwrites a newer one.
  const latestLookup = new WeakMap<ComposerEntry, number>();
  let generation = 0;
  // What the last lookups answered, per ref, until the next storage change: a bubble reopened for the
  // same person shows at once, without another round trip.
  const cache = new Map<string, ContactView | null>();
  let cacheGeneration = 0;

  function viewsFromCache(entry: ComposerEntry): Record<string, ContactView | null> | null {
    const views: Record<string, ContactView | null> = {};
    for (const participant of entry.info.participants) {
      if (!participant.refs.every((ref) => cache.has(ref))) return null;
      views[participant.key] =
        participant.refs.map((ref) => cache.get(ref) ?? null).find((view) => view !== null) ?? null;
    }
    return views;
  }

  const safe = (fn: () => void) => {
    try {
      fn();
    } catch (error) {
      console.debug('[Boundaries] composer handler failed', error);
    }
  };

  function leave(entry: ComposerEntry) {
    entries.delete(entry.composer);
    entry.abort();
    safe(() => handlers.onLeave(entry));
  }

  async function lookup(targets: ComposerEntry[]) {
    const refs = [...new Set(targets.flatMap((entry) => entry.info.participants.flatMap((p) => p.refs)))];
    const mine = ++generation;
    const cacheAt = cacheGeneration;
    for (const entry of targets) latestLookup.set(entry, mine);
    let result: Record<string, ContactView | null> = {};
    let error: string | null = null;
    if (refs.length > 0) {
      try {
        result = await request('lookupContacts', { refs: refs.slice(0, 1000) });
        if (cacheAt === cacheGeneration) for (const ref of refs.slice(0, 1000)) cache.set(ref, result[ref] ?? null);
      } catch (failure) {
        error = failure instanceof Error ? failure.message : String(failure);
      }
    }
    if (signal.aborted) return;
    for (const entry of targets) {
      if (entry.signal.aborted || latestLookup.get(entry) !== mine) continue;
      const views: Record<string, ContactView | null> = {};
      for (const participant of entry.info.participants) {
        views[participant.key] =
          participant.refs.map((ref) => result[ref] ?? null).find((view) => view !== null) ?? null;
      }
      entry.views = views;
      entry.loaded = true;
      entry.error = error;
      safe(() => handlers.onUpdate(entry));
    }
  }

  function scan() {
    const live = new Set(queryAllDeep<HTMLElement>(MESSAGE_COMPOSER, doc).filter((composer) => composer.isConnected));
    for (const entry of [...entries.values()])
      if (!live.has(entry.composer) || !entry.composer.isConnected) leave(entry);
    const needLookup: ComposerEntry[] = [];
    for (const composer of live) {
      const container = conversationOf(composer);
      if (!container) continue;
      const info = resolveConversation(container);
      let entry = entries.get(composer);
      if (!entry) {
        const controller = new AbortController();
        entry = {
          composer,
          form: formOf(composer),
          container,
          info,
          views: {},
          loaded: false,
          error: null,
          signal: controller.signal,
          abort: () => controller.abort(),
        };
        entries.set(composer, entry);
        const created = entry;
        const cached = viewsFromCache(created);
        if (cached) {
          created.views = cached;
          created.loaded = true;
        }
        safe(() => handlers.onEnter(created));
        if (cached) safe(() => handlers.onUpdate(created));
        else needLookup.push(entry);
      } else if (participantsSignature(info) !== participantsSignature(entry.info) || entry.container !== container) {
        entry.info = info;
        entry.container = container;
        entry.form = formOf(composer);
        const cached = viewsFromCache(entry);
        if (cached) {
          entry.views = cached;
          entry.loaded = true;
          const changed = entry;
          safe(() => handlers.onUpdate(changed));
        } else needLookup.push(entry);
      }
      const current = entry;
      if (handlers.onScan) safe(() => handlers.onScan!(current));
    }
    if (needLookup.length > 0) void lookup(needLookup);
  }

  observePage(scan, signal, doc, { interest: COMPOSER_INTEREST });
  const unsubscribe = onStorageChange(() => {
    cache.clear();
    cacheGeneration++;
    if (!signal.aborted && entries.size > 0) void lookup([...entries.values()]);
  });
  signal.addEventListener(
    'abort',
    () => {
      unsubscribe();
      for (const entry of [...entries.values()]) leave(entry);
    },
    { once: true },
  );

  return {
    entries: () => [...entries.values()],
    entryFor(node) {
      if (!(node instanceof Node)) return null;
      for (const entry of entries.values())
        if (entry.composer === node || entry.composer.contains(node) || entry.form?.contains(node)) return entry;
      return null;
    },
  };
}

/**
 * Keeps one of our hosts just before the composer's form (or the composer), among our other hosts there.
 * Idempotent: moves it only when LinkedIn's re-render dropped or displaced it.
 */
export function placeBeforeComposer(host: HTMLElement, entry: ComposerEntry): void {
  const anchor: Element = entry.form ?? entry.composer;
  const parent = anchor.parentNode;
  if (!parent) return;
  if (host.parentNode === parent) {
    let node = host.nextSibling;
    while (node && node !== anchor && node instanceof Element && isOurHost(node)) node = node.nextSibling;
    if (node === anchor) return;
  }
  parent.insertBefore(host, anchor);
}

// ---------------------------------------------------------------------------------------------------
// The badge
// ---------------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------------
// Remembering sent messages
// ---------------------------------------------------------------------------------------------------

/**
 * After a Send click or Enter that LinkedIn handled (the draft empties within ~2 s), records the
 * interaction for the saved people in the conversation. Observes only: never blocks or changes the event.
 */
function watchSends(tracker: Tracker, signal: AbortSignal) {
  const watchedRoots = new WeakSet<Node>();
  const pending = new WeakSet<ComposerEntry>();

  function confirmSent(entry: ComposerEntry, before: string) {
    if (!before.trim() || pending.has(entry)) return;
    pending.add(entry);
    const started = Date.now();
    const check = () => {
      if (entry.signal.aborted || signal.aborted) return void pending.delete(entry);
      let now: string;
      try {
        now = composerText(entry.composer);
      } catch {
        return void pending.delete(entry);
      }
      if (!now.trim()) {
        pending.delete(entry);
        const saved = entry.info.participants
          .map((p) => viewOf(entry, p))
          .filter((view): view is ContactView => view !== null);
        if (saved.length === 0) return;
        void request('recordInteraction', { refs: saved.map((view) => view.contact.id).slice(0, 100) }).catch(() => {});
        void request('logEvent', { type: 'message-sent', ref: saved[0]!.contact.id }).catch(() => {});
        return;
      }
      if (Date.now() - started > 2000) return void pending.delete(entry);
      setTimeout(check, 60);
    };
    setTimeout(check, 0);
  }

  function onEvent(event: Event) {
    try {
      if (event.type === 'keydown') {
        const key = event as KeyboardEvent;
        if (key.key !== 'Enter' || key.shiftKey || key.isComposing) return;
      }
      const path = event.composedPath();
      const origin = path[0] ?? null;
      const entry = tracker.entryFor(origin);
      if (!entry || entry.composer.getRootNode() !== event.currentTarget) return;
      if (event.type === 'click' && !(origin instanceof Element && isSendButtonOf(entry.composer, origin))) return;
      if (event.type === 'keydown' && !path.includes(entry.composer)) return;
      confirmSent(entry, composerText(entry.composer));
    } catch (error) {
      console.debug('[Boundaries] send observation failed', error);
    }
  }

  return (entry: ComposerEntry) => {
    const root = entry.composer.getRootNode();
    if (watchedRoots.has(root) || !(root instanceof Document || root instanceof ShadowRoot)) return;
    watchedRoots.add(root);
    root.addEventListener('click', onEvent, { capture: true, signal });
    root.addEventListener('keydown', onEvent, { capture: true, signal });
  };
}

// ---------------------------------------------------------------------------------------------------
// The feature
// ---------------------------------------------------------------------------------------------------

export default defineFeature({
  id: 'composer-familiarity-badge',
  include: [isAnyLinkedInPage],
  setting: 'composerBadge',
  init({ signal }) {
    const hosts = new Map<ComposerEntry, { host: OurHost; frame: OurFrame; render: () => void }>();
    let watchRoot: (entry: ComposerEntry) => void = () => {};
    const dark = isDarkPage(document);
    const tracker = trackComposers(signal, {
      onEnter(entry) {
        // The badge's contents (level, notes, the quick note the user types) live in our extension-origin
        // frame (issue 15). Its height is one of two fixed sizes chosen by what the user opened, and 0
        // until the conversation is known: never a function of what is stored.
        const host = createOurHost('composer-badge', COMPOSER_HOST_CSS);
        let mode = 'compact';
        const resize = () => {
          const shown = entry.loaded && entry.info.participants.length > 0;
          frame.iframe.style.height = `${shown ? (COMPOSER_HEIGHTS[mode] ?? COMPOSER_HEIGHTS.compact) : 0}px`;
        };
        const frame = createFrame('composer', host.mount, FRAME_STYLE, (report) => {
          mode = report.mode;
          resize();
        });
        placeBeforeComposer(host.host, entry);
        const render = () => {
          if (entry.signal.aborted) return;
          resize();
          if (!entry.loaded) return;
          frame.send({
            type: 'props',
            props: {
              info: { participants: entry.info.participants.map(({ key, refs, name }) => ({ key, refs, name })) },
              views: entry.views,
              loaded: entry.loaded,
              error: entry.error,
              dark,
            },
          });
        };
        hosts.set(entry, { host, frame, render });
        render();
        watchRoot(entry);
      },
      onUpdate(entry) {
        hosts.get(entry)?.render();
      },
      onLeave(entry) {
        const state = hosts.get(entry);
        hosts.delete(entry);
        if (!state) return;
        state.frame.destroy();
        state.host.remove();
      },
      onScan(entry) {
        const state = hosts.get(entry);
        if (state) placeBeforeComposer(state.host.host, entry);
      },
    });
    watchRoot = watchSends(tracker, signal);
    for (const entry of tracker.entries()) watchRoot(entry);
  },
});

/** The frame's two heights (px): the level line with the latest note or the picker; and opened. */
const COMPOSER_HEIGHTS: Record<string, number> = { compact: 84, open: 240 };
const FRAME_STYLE = 'border:0;display:block;width:100%;height:0;background:transparent;color-scheme:normal';
const COMPOSER_HOST_CSS = ':host { display: block; } .boundaries-root { display: block; }';

/* Test URLs / fixtures (every composer variant):
   https://www.linkedin.com/feed/ — tests/fixtures/linkedin/messaging-overlay-2026.html (3 bubbles in #interop-outlet)
   https://www.linkedin.com/messaging/thread/2-…/ — tests/fixtures/linkedin/messaging-thread-2026.html (light DOM, member-id header)
   any page — tests/fixtures/linkedin/messaging-overlay-legacy-2023-es.html (Spanish 2023, light DOM)
   https://www.linkedin.com/in/lesley-marsh-demo/ — tests/fixtures/boundaries/messaging-compose-2026.html (Message window, new message)
   https://www.linkedin.com/messaging/thread/2-…/ — tests/fixtures/boundaries/messaging-group-thread-2026.html (group, LinkedIn Member)
   https://www.linkedin.com/feed/ — tests/fixtures/boundaries/messaging-odd-2026.html (no link, company, member, click-to-send, 50 people) */
