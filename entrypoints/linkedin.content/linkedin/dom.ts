/**
 * DOM plumbing shared by features: queries that reach into LinkedIn's open shadow roots, a single
 * debounced mutation observer, and our own shadow-root hosts.
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

/**
 * The text an element shows on screen: text nodes, leaving out subtrees matching `skip` (by default
 * LinkedIn's screen-reader-only helpers such as "View Lesley’s profile").
 */
export function visibleText(element: Element, skip: string = LINK_SCREEN_READER_TEXT.selectors.join(',')): string {
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

function isOurs(element: Element): boolean {
  return element.closest('[data-boundaries]') !== null;
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

interface PageWatch {
  callbacks: Set<() => void>;
  observer: MutationObserver;
  observed: WeakSet<Node>;
  scheduled: boolean;
}

/** One observer per document, shared by every feature: a page change costs one frame callback, not one per feature. */
const watches = new WeakMap<Document, PageWatch>();

function watchOf(doc: Document): PageWatch {
  let watch = watches.get(doc);
  if (watch) return watch;
  const run = () => {
    current.scheduled = false;
    for (const callback of [...current.callbacks]) {
      try {
        callback();
      } catch (error) {
        console.debug('[Boundaries] page scan failed', error);
      }
    }
    observeShadowRoots(current, doc);
  };
  const current: PageWatch = {
    callbacks: new Set(),
    observed: new WeakSet(),
    scheduled: false,
    observer: new MutationObserver((mutations) => {
      if (current.scheduled || current.callbacks.size === 0) return;
      const relevant = mutations.some((mutation) => !(mutation.target instanceof Element && isOurs(mutation.target)));
      if (!relevant) return;
      current.scheduled = true;
      (doc.defaultView ?? window).requestAnimationFrame(run);
    }),
  };
  watch = current;
  watches.set(doc, watch);
  observeNode(watch, doc.documentElement);
  return watch;
}

function observeNode(watch: PageWatch, node: Node): void {
  if (watch.observed.has(node)) return;
  watch.observed.add(node);
  watch.observer.observe(node, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['href', 'class', 'aria-label', 'open', 'disabled'],
  });
}

function observeShadowRoots(watch: PageWatch, doc: Document): void {
  for (const root of searchRoots(doc)) if (root !== doc) observeNode(watch, root);
}

/**
 * Calls `callback` once per animation frame at most while the page (or an open LinkedIn shadow root)
 * changes, and once right away. Our own shadow hosts' changes are ignored. Stops when `signal` aborts.
 */
export function observePage(callback: () => void, signal: AbortSignal, doc: Document = document): void {
  if (signal.aborted) return;
  const watch = watchOf(doc);
  watch.callbacks.add(callback);
  signal.addEventListener('abort', () => watch.callbacks.delete(callback), { once: true });
  try {
    callback();
  } catch (error) {
    console.debug('[Boundaries] page scan failed', error);
  }
  observeShadowRoots(watch, doc);
}

declare const __BOUNDARIES_E2E__: boolean;
const SHADOW_MODE: ShadowRootMode = typeof __BOUNDARIES_E2E__ !== 'undefined' && __BOUNDARIES_E2E__ ? 'open' : 'closed';

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
 * Creates one of our UI hosts: a `<boundaries-ui data-boundaries="<role>">` with a shadow root (closed
 * in production, open in the e2e build), our CSS inside, and keyboard events stopped at the root so
 * LinkedIn's shortcuts never see what the user types into our controls.
 */
export function createOurHost(role: string, css: string, doc: Document = document): OurHost {
  const host = doc.createElement('boundaries-ui');
  host.setAttribute('data-boundaries', role);
  const shadow = host.attachShadow({ mode: SHADOW_MODE });
  const style = doc.createElement('style');
  style.textContent = css;
  const mount = doc.createElement('div');
  mount.className = 'boundaries-root';
  shadow.append(style, mount);
  for (const type of KEY_EVENTS) shadow.addEventListener(type, (event) => event.stopPropagation());
  return { host, mount, remove: () => host.remove() };
}
