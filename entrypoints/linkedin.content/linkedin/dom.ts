/**
 * DOM plumbing shared by features: queries that reach into LinkedIn's open shadow roots, a single
 * mutation observer per document that hands each feature what changed (once per frame, within a time
 * budget), and our own shadow-root hosts.
 */
import { SHADOW_HOSTS, type SelectorChain } from './selectors/chain';
import { LINK_SCREEN_READER_TEXT } from './selectors/links';

/** The roots to search: the document plus the open shadow roots LinkedIn renders Ember islands into. */
export function searchRoots(doc: Document = document): (Document | ShadowRoot)[] {
  const roots: (Document | ShadowRoot)[] = [doc];
  for (const selector of SHADOW_HOSTS.selectors) {
    for (const host of doc.querySelectorAll(selector))
      if (host.shadowRoot && !roots.includes(host.shadowRoot)) roots.push(host.shadowRoot);
  }
  return roots;
}

const SCREEN_READER_TEXT = LINK_SCREEN_READER_TEXT.selectors.join(',');

/**
 * The text an element shows on screen: text nodes, leaving out subtrees matching `skip` (by default
 * LinkedIn's screen-reader-only helpers such as "View Lesley’s profile").
 */
export function visibleText(element: Element, skip: string = SCREEN_READER_TEXT): string {
  // Nearly every link has nothing to leave out: then it is all of its text, read natively in one call.
  if (element.querySelector(skip) === null) return element.textContent ?? '';
  let text = '';
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text += child.nodeValue ?? '';
      else if (child.nodeType === Node.ELEMENT_NODE && !(child as Element).matches(skip)) walk(child);
    }
  };
  walk(element);
  return text;
}

/** Our UI hosts on this page. Held here, not marked on the element: production hosts carry no attribute. */
const ourHosts = new WeakSet<Element>();

/** One of our hosts (our content lives in its closed shadow root, so selectors never match inside it). */
export function isOurHost(node: Node): boolean {
  return ourHosts.has(node as Element);
}

function isOurs(element: Element): boolean {
  return ourHosts.has(element);
}

/**
 * querySelectorAll that yields nothing for a selector the engine rejects (`:has()` before Firefox 121)
 * instead of throwing: a fallback chain keeps going with its other selectors.
 */
function select<E extends Element>(scope: ParentNode, selector: string): E[] {
  try {
    return [...scope.querySelectorAll<E>(selector)];
  } catch {
    return [];
  }
}

/** The first element a selector matches in `scope` that is not ours (null for a rejected selector). */
function selectFirst<E extends Element>(scope: ParentNode, selector: string): E | null {
  try {
    const element = scope.querySelector<E>(selector);
    if (!element || !isOurs(element)) return element;
  } catch {
    return null;
  }
  return select<E>(scope, selector).find((candidate) => !isOurs(candidate)) ?? null;
}

/** Every element matching any selector of the chain, across the document and open shadow roots, in chain order, deduplicated. */
export function queryAllDeep<E extends Element = HTMLElement>(chain: SelectorChain, doc: Document = document): E[] {
  const found = new Set<E>();
  for (const root of searchRoots(doc)) for (const element of queryAllWithin<E>(chain, root)) found.add(element);
  return [...found];
}

/** The first element matched by the chain's first selector that matches anything (earlier selectors win). */
export function queryDeep<E extends Element = HTMLElement>(chain: SelectorChain, doc: Document = document): E | null {
  const roots = searchRoots(doc);
  for (const selector of chain.selectors) {
    for (const root of roots) {
      const element = selectFirst<E>(root, selector);
      if (element) return element;
    }
  }
  return null;
}

/** Like `queryDeep` within one element's subtree. */
export function queryWithin<E extends Element = HTMLElement>(chain: SelectorChain, scope: ParentNode): E | null {
  for (const selector of chain.selectors) {
    const element = selectFirst<E>(scope, selector);
    if (element) return element;
  }
  return null;
}

/** Every element any selector of the chain matches within `scope`, in chain order, deduplicated, none of ours. */
export function queryAllWithin<E extends Element = HTMLElement>(chain: SelectorChain, scope: ParentNode): E[] {
  const found = new Set<E>();
  for (const selector of chain.selectors)
    for (const element of select<E>(scope, selector)) if (!isOurs(element)) found.add(element);
  return [...found];
}

/**
 * What changed on the page since a feature last looked. Work per batch is proportional to these, not to
 * the page: a feature looks inside `added` (and at `attributes`, `text`), never at the whole document,
 * unless `full` says so (its first call, and after in-app navigation).
 */
export interface PageChanges {
  /** Look at the whole page (first call, in-app navigation, a change too big to follow). */
  full: boolean;
  /** Roots of subtrees added (or moved) since the last batch: connected, none inside another, none ours. */
  added: Element[];
  /** Nodes removed since the last batch (detached subtrees; a moved node is also in `added`). */
  removed: Node[];
  /** Elements whose watched attributes changed, with the attribute names. */
  attributes: Map<Element, Set<string>>;
  /** Elements whose text changed (characterData, or text nodes added/removed): only for `text` watchers. */
  text: Element[];
}

export interface WatchOptions {
  /** Also deliver text-only changes (off: a text change costs the feature nothing). */
  text?: boolean;
  /**
   * Call only when a change touches an element matching this selector list (added or removed subtree
   * matches, contains or sits inside one; an attribute changes on, above or inside one). For features
   * that rescan one kind of thing (share boxes, message composers) and would otherwise run every frame.
   */
  interest?: readonly string[];
}

interface Watcher {
  callback: (changes: PageChanges) => void;
  options: WatchOptions;
  /** `options.interest` without the selectors this engine rejects. */
  interest: Interest | null;
  /** A full look is owed (first call, navigation). */
  full: boolean;
}

/** Attributes whose change can matter to a feature (links re-pointed, things shown, hidden, opened). */
export const WATCHED_ATTRIBUTES = ['href', 'class', 'aria-label', 'open', 'disabled', 'hidden', 'aria-hidden', 'style'];

/** A frame's work stops after this long and goes on in the next frame: far below a 50 ms long task. */
export const FRAME_BUDGET_MS = 8;
/** Beyond this many pending changes before a frame comes, one full look replaces following each. */
const MAX_PENDING = 20_000;

interface PageWatch {
  doc: Document;
  watchers: Set<Watcher>;
  observer: MutationObserver;
  observed: WeakSet<Node>;
  /** Shadow hosts seen before their shadow root was attached (no mutation says when it is). */
  pendingHosts: Set<Element>;
  scheduled: boolean;
  /** `deliver` bound to this watch, made once (scheduling allocates nothing). */
  run: () => void;
  text: boolean;
  added: Set<Node>;
  removed: Set<Node>;
  attributes: Map<Element, Set<string>>;
  changedText: Set<Element>;
  overflow: boolean;
  /** Watchers still to call with the batch being delivered (a batch that ran out of frame goes on later). */
  delivering: { changes: PageChanges; text: PageChanges; left: Watcher[] } | null;
}

/** One observer per document, shared by every feature: a page change costs one frame callback, not one per feature. */
const watches = new WeakMap<Document, PageWatch>();

const SHADOW_HOST_SELECTOR = SHADOW_HOSTS.selectors.join(',');
const ELEMENT_NODE = 1;

/** Below this much work in a frame, asking whether input is pending costs more than the wait it could save. */
const INPUT_CHECK_AFTER_MS = 1;

/** Time left in this frame's budget, or whether the user is waiting (input pending) and we must yield. */
function mustYield(started: number): boolean {
  const spent = performance.now() - started;
  if (spent > FRAME_BUDGET_MS) return true;
  if (spent < INPUT_CHECK_AFTER_MS) return false;
  const scheduling = (navigator as { scheduling?: { isInputPending?: () => boolean } }).scheduling;
  return scheduling?.isInputPending?.() === true;
}

function watchOf(doc: Document): PageWatch {
  let watch = watches.get(doc);
  if (watch) return watch;
  const current: PageWatch = {
    doc,
    watchers: new Set(),
    observed: new WeakSet(),
    pendingHosts: new Set(),
    scheduled: false,
    run: () => deliver(current),
    text: false,
    added: new Set(),
    removed: new Set(),
    attributes: new Map(),
    changedText: new Set(),
    overflow: false,
    delivering: null,
    observer: new MutationObserver((records) => record(current, records)),
  };
  watch = current;
  watches.set(doc, watch);
  observeNode(watch, doc.documentElement);
  return watch;
}

/**
 * Takes the observer's records: cheap bookkeeping only, the work waits for the next frame. This runs for
 * every mutation LinkedIn makes (hundreds a second on a busy feed), so it allocates nothing per record:
 * no iterators over the node lists, no wrappers, each record's fields read once.
 */
function record(watch: PageWatch, records: MutationRecord[]): void {
  if (watch.watchers.size === 0) return;
  const overflow = watch.overflow;
  const text = watch.text;
  let relevant = false;
  for (let r = 0; r < records.length; r++) {
    const mutation = records[r]!;
    const type = mutation.type;
    const target = mutation.target;
    if (type === 'characterData') {
      if (!text) continue;
      const parent = target.parentElement;
      if (parent && !isOurs(parent)) {
        if (!overflow) watch.changedText.add(parent);
        relevant = true;
      }
      continue;
    }
    // Records are only ever about elements, text nodes and the document: an element target is the rule.
    if (target.nodeType === ELEMENT_NODE && isOurs(target as Element)) continue;
    if (type === 'attributes') {
      relevant = true;
      if (overflow) continue;
      const element = target as Element;
      const names = watch.attributes.get(element);
      if (names) names.add(mutation.attributeName ?? '');
      else watch.attributes.set(element, new Set([mutation.attributeName ?? '']));
      continue;
    }
    // childList: only elements added or removed matter; text (and comment) nodes are a text change.
    let textOnly = true;
    const addedNodes = mutation.addedNodes;
    for (let i = 0; i < addedNodes.length; i++) {
      const node = addedNodes[i]!;
      if (node.nodeType !== ELEMENT_NODE) continue;
      textOnly = false;
      if (isOurs(node as Element)) continue;
      relevant = true;
      if (!overflow) watch.added.add(node);
    }
    const removedNodes = mutation.removedNodes;
    for (let i = 0; i < removedNodes.length; i++) {
      const node = removedNodes[i]!;
      if (node.nodeType !== ELEMENT_NODE) continue;
      textOnly = false;
      relevant = true;
      if (!overflow) watch.removed.add(node);
    }
    if (textOnly && text && target.nodeType === ELEMENT_NODE) {
      relevant = true;
      if (!overflow) watch.changedText.add(target as Element);
    }
  }
  if (
    !overflow &&
    watch.added.size + watch.removed.size + watch.attributes.size + watch.changedText.size > MAX_PENDING
  ) {
    // Too much to follow (a storm, or a background tab where frames do not run): drop the details,
    // hold on to no nodes, and take one full look when the next frame comes.
    watch.overflow = true;
    clearPending(watch);
  }
  if (relevant) schedule(watch);
}

function clearPending(watch: PageWatch): void {
  watch.added = new Set();
  watch.removed = new Set();
  watch.attributes = new Map();
  watch.changedText = new Set();
}

/**
 * The next batch runs in the next animation frame: a page that renders slowly (a 1,000-post feed draws
 * about 8 frames a second) gets fewer, larger batches, and a hidden tab none until it is shown. Tried and
 * measured against it (live-feed bench, 2026-12-07): a timer task at most every 16 ms saved the ~0.1 ms
 * that asking for a frame costs on an otherwise quiet page (scenario A), but on the 1,000-post page it ran
 * a batch per page task instead of per frame, and scenario B there cost more (two-timer driver: 0.18–0.21 →
 * 0.25–0.29 ms a batch).
 */
function schedule(watch: PageWatch): void {
  if (watch.scheduled) return;
  watch.scheduled = true;
  (watch.doc.defaultView ?? window).requestAnimationFrame(watch.run);
}

/** Added roots still on the page, none inside another (a node inside an added subtree is already covered). */
function addedRoots(added: Set<Node>): Element[] {
  const roots: Element[] = [];
  for (const node of added) {
    const element = node as Element;
    if (!element.isConnected) continue;
    let covered = false;
    for (let parent = element.parentNode; parent; parent = parent.parentNode) {
      if (added.has(parent)) {
        covered = true;
        break;
      }
    }
    if (!covered) roots.push(element);
  }
  return roots;
}

/** A watcher's interest, split so that looking upwards never runs a `:has()` over the whole page. */
export interface Interest {
  /** Every selector, for the element itself and its subtree. */
  all: string;
  /** The selectors without `:has()`, for `closest()`. */
  plain: string;
  /** `X:has(…)` selectors: `closest(X)` first, then the one match of the whole selector there. */
  has: { anchor: string; full: string }[];
}

export function interestOf(selectors: readonly string[]): Interest {
  const plain = selectors.filter((selector) => !selector.includes(':has('));
  const has = selectors
    .filter((selector) => selector.includes(':has('))
    .map((full) => ({ anchor: full.slice(0, full.indexOf(':has(')).trim(), full }))
    .filter((part) => part.anchor !== '' && !/[\s>+~,]$/.test(part.anchor));
  return { all: selectors.join(',') || ':not(*)', plain: plain.join(',') || ':not(*)', has };
}

/** Whether a change touches something the interest names (see WatchOptions.interest). */
export function touches(changes: PageChanges, interest: Interest): boolean {
  if (changes.full) return true;
  const near = (element: Element) => {
    try {
      if (element.matches(interest.all) || element.querySelector(interest.all) !== null) return true;
      if (element.closest(interest.plain) !== null) return true;
      return interest.has.some((part) => element.closest(part.anchor)?.matches(part.full) === true);
    } catch {
      return true; // a selector this engine rejects: do not miss anything
    }
  };
  for (const element of changes.added) if (near(element)) return true;
  for (const node of changes.removed) if (node instanceof Element && near(node)) return true;
  for (const element of changes.attributes.keys()) if (near(element)) return true;
  for (const element of changes.text) if (near(element)) return true;
  return false;
}

function deliver(watch: PageWatch): void {
  watch.scheduled = false;
  const started = performance.now();
  if (!watch.delivering) {
    // New shadow roots we read (a host added, or a host whose root was attached since).
    const roots = addedRoots(watch.added);
    for (const root of roots) findShadowHosts(watch, root);
    for (const host of watch.pendingHosts) if (host.shadowRoot) observeNode(watch, host.shadowRoot);
    const changes: PageChanges = {
      full: watch.overflow,
      added: roots,
      removed: [...watch.removed],
      attributes: watch.attributes,
      text: [],
    };
    const text: PageChanges = { ...changes, text: [...watch.changedText].filter((element) => element.isConnected) };
    clearPending(watch);
    watch.overflow = false;
    watch.delivering = { changes, text, left: [...watch.watchers] };
  }
  const batch = watch.delivering;
  while (batch.left.length > 0) {
    const watcher = batch.left.shift()!;
    if (!watch.watchers.has(watcher)) continue;
    const base = watcher.options.text ? batch.text : batch.changes;
    const changes = watcher.full ? { ...base, full: true } : base;
    watcher.full = false;
    call(watcher, changes);
    if (batch.left.length > 0 && mustYield(started)) {
      // Out of this frame's budget: the other features get the same batch next frame.
      schedule(watch);
      return;
    }
  }
  watch.delivering = null;
  if (watch.added.size || watch.removed.size || watch.attributes.size || watch.changedText.size || watch.overflow)
    schedule(watch);
}

function call(watcher: Watcher, changes: PageChanges): void {
  const empty =
    !changes.full &&
    changes.added.length === 0 &&
    changes.removed.length === 0 &&
    changes.attributes.size === 0 &&
    changes.text.length === 0;
  if (empty) return;
  if (watcher.interest !== null && !touches(changes, watcher.interest)) return;
  try {
    watcher.callback(changes);
  } catch (error) {
    console.debug('[Boundaries] page scan failed', error);
  }
}

function observeNode(watch: PageWatch, node: Node): void {
  if (watch.observed.has(node)) return;
  watch.observed.add(node);
  watch.observer.observe(node, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
    characterData: watch.text,
  });
  // LinkedIn's islands may nest: hosts inside a root we now watch.
  if (node !== watch.doc.documentElement) findShadowHosts(watch, node as ParentNode);
}

/** LinkedIn shadow hosts in (or at) `scope`: observe their open roots, remember those not attached yet. */
function findShadowHosts(watch: PageWatch, scope: ParentNode): void {
  const hosts: Element[] = [];
  if (scope instanceof Element && scope.matches(SHADOW_HOST_SELECTOR)) hosts.push(scope);
  hosts.push(...scope.querySelectorAll(SHADOW_HOST_SELECTOR));
  for (const host of hosts) {
    if (host.shadowRoot) {
      watch.pendingHosts.delete(host);
      observeNode(watch, host.shadowRoot);
    } else if (host.isConnected) watch.pendingHosts.add(host);
  }
  for (const host of watch.pendingHosts) if (!host.isConnected) watch.pendingHosts.delete(host);
}

/** Re-observes everything with characterData on (the first watcher that wants text changes). */
function enableText(watch: PageWatch): void {
  if (watch.text) return;
  watch.text = true;
  watch.observer.disconnect();
  watch.observed = new WeakSet();
  observeNode(watch, watch.doc.documentElement);
  findShadowHosts(watch, watch.doc);
}

/**
 * Calls `callback` at most once per animation frame while the page (or an open LinkedIn shadow root)
 * changes, with what changed; and once right away with `full: true`. Our own hosts' changes are
 * ignored (their removal is reported). Stops when `signal` aborts.
 */
export function observePage(
  callback: (changes: PageChanges) => void,
  signal: AbortSignal,
  doc: Document = document,
  options: WatchOptions = {},
): void {
  if (signal.aborted) return;
  const watch = watchOf(doc);
  const fragment = doc.createDocumentFragment();
  const accepted = options.interest?.filter((selector) => {
    try {
      fragment.querySelector(selector);
      return true;
    } catch {
      return false; // e.g. `:has()` before Firefox 121: the chain's other selectors still count
    }
  });
  const watcher: Watcher = { callback, options, interest: accepted ? interestOf(accepted) : null, full: false };
  watch.watchers.add(watcher);
  signal.addEventListener('abort', () => watch.watchers.delete(watcher), { once: true });
  if (options.text) enableText(watch);
  findShadowHosts(watch, doc);
  try {
    callback({ full: true, added: [], removed: [], attributes: new Map(), text: [] });
  } catch (error) {
    console.debug('[Boundaries] page scan failed', error);
  }
}

/** After in-app navigation: every watcher of `doc` gets one full look in the next frame. */
export function rescanPage(doc: Document = document): void {
  const watch = watches.get(doc);
  if (!watch || watch.watchers.size === 0) return;
  for (const watcher of watch.watchers) watcher.full = true;
  schedule(watch);
}

declare const __BOUNDARIES_E2E__: boolean;
/** The automation build (`npm run build:e2e`): open shadow roots and `data-boundaries` hosts for tests. */
export const E2E_BUILD = typeof __BOUNDARIES_E2E__ !== 'undefined' && __BOUNDARIES_E2E__;
const SHADOW_MODE: ShadowRootMode = E2E_BUILD ? 'open' : 'closed';
/** Hosts say what they are only in the automation build and under vitest (DOM tests find them that way). */
const MARK_HOSTS = E2E_BUILD || import.meta.env.MODE === 'test';

export interface OurHost {
  host: HTMLElement;
  /** Where to render: inside our shadow root. */
  mount: HTMLElement;
  remove(): void;
}

const KEY_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'input',
  'beforeinput',
  'paste',
  'copy',
  'cut',
  'focusin',
  'focusout',
] as const;

/**
 * Stops a key, clipboard or focus event at our shadow root, before it reaches any listener of the page's
 * in the bubbling phase. One function for every host (no closure per listener); the listeners themselves
 * stay on each root: a listener further up (delegation) would run after the page's own listeners between
 * our host and it.
 */
function stopAtOurRoot(event: Event): void {
  event.stopPropagation();
}

/**
 * Our hosts' closed roots hold a `.boundaries-root` mount as their last child, a mark only extensions can
 * see: `dom.openOrClosedShadowRoot` (Chrome 88+, Firefox 63+) opens closed roots for content scripts, never
 * for pages. That is how a new copy of the content script recognises an earlier copy's hosts without any
 * mark in the page.
 */
function isOurHostMarkup(element: Element): boolean {
  if (element.localName !== 'span') return false;
  const dom = globalThis as {
    browser?: { dom?: { openOrClosedShadowRoot?(e: Element): ShadowRoot | null } };
    chrome?: { dom?: { openOrClosedShadowRoot?(e: Element): ShadowRoot | null } };
  };
  const open = dom.browser?.dom?.openOrClosedShadowRoot ?? dom.chrome?.dom?.openOrClosedShadowRoot;
  let root: ShadowRoot | null = element.shadowRoot;
  if (!root && open) {
    try {
      root = open(element);
    } catch {
      root = null;
    }
  }
  const mount = root?.lastElementChild;
  return mount?.localName === 'div' && mount.className.split(' ').includes('boundaries-root');
}

/**
 * Removes UI left by an earlier copy of the content script. After an extension update Firefox injects
 * the new script into open tabs and cuts the old one off (often before it can run any cleanup), so its
 * hosts would stay next to the new ones: a second badge, a dead panel. Only our own hosts are touched
 * (attribute-less spans whose shadow root is ours); LinkedIn's DOM, and so the user's drafts, stay as they are.
 */
export function removeLeftoverHosts(doc: Document = document): number {
  let removed = 0;
  for (const root of searchRoots(doc)) {
    for (const host of root.querySelectorAll('span')) {
      if (
        ourHosts.has(host) ||
        (host.attributes.length > 0 && !host.hasAttribute('data-boundaries') && !host.hasAttribute('style'))
      )
        continue;
      if (!isOurHostMarkup(host)) continue;
      host.remove();
      removed++;
    }
  }
  return removed;
}

/**
 * Creates one of our UI hosts: a plain `<span>` with a closed shadow root, our CSS inside, and keyboard
 * events stopped at the root so LinkedIn's shortcuts never see what the user types into our controls.
 *
 * Why a built-in `<span>` and no attribute (issue 15): a custom element name of ours could be defined by
 * the page before we start, and its constructor's `attachInternals()` would then hand the page our closed
 * shadow root; a fixed tag, class or attribute is a fingerprint LinkedIn can scan for. A span can't be
 * defined by the page and says nothing. Only the automation build marks hosts with `data-boundaries`
 * (and opens their shadow roots) so tests can find them.
 */
export function createOurHost(role: string, css: string, doc: Document = document): OurHost {
  const host = doc.createElement('span');
  if (MARK_HOSTS) host.setAttribute('data-boundaries', role);
  // The page's patches of attachShadow, customElements or addEventListener never reach this code: content
  // scripts run in an isolated world (Chrome) or see the DOM through Xray wrappers (Firefox).
  const shadow = host.attachShadow({ mode: SHADOW_MODE });
  const style = doc.createElement('style');
  // `pointer-events` is inherited from the page: `pointer-events: none` on our host (or on every child of
  // the body while LinkedIn shows a modal) would leave our UI, a modal question included, deaf to clicks.
  style.textContent = `.boundaries-root { pointer-events: auto; }\n${css}`;
  const mount = doc.createElement('div');
  mount.className = 'boundaries-root';
  shadow.append(style, mount);
  for (const type of KEY_EVENTS) shadow.addEventListener(type, stopAtOurRoot);
  ourHosts.add(host);
  return { host, mount, remove: () => host.remove() };
}
