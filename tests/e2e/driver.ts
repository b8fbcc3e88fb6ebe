/**
 * A browser-neutral driver for the end-to-end scenarios that run in both Chromium (playwright-core,
 * driver-chromium.ts) and Firefox (puppeteer-core over WebDriver BiDi, driver-firefox.ts).
 *
 * Elements are found the way a user finds them, by role and accessible name, label or visible text, or
 * by our `data-boundaries` hosts, through one finder that runs inside the page and looks through open
 * shadow roots (the e2e build's). Both engines run the same finder, so a scenario sees the same page in
 * both browsers; each engine only supplies the real input (trusted clicks and keys) and navigation.
 */
import { expect } from 'vitest';

export type BrowserName = 'chromium' | 'firefox';

/** What to find. Every field narrows the match; `within` searches inside the first match of another target. */
export interface Target {
  /** A CSS selector matched against each element (open shadow roots included; no combinator crosses into one). */
  css?: string;
  /** ARIA role, explicit or implicit (button, radio, textbox, combobox, searchbox, checkbox, dialog, …). */
  role?: string;
  /** Accessible name: case-insensitive substring, or whole and exact with `exact`, or a regular expression source with `regex`. */
  name?: string;
  exact?: boolean;
  regex?: boolean;
  /** The label a form control has (aria-label, aria-labelledby or <label>). */
  label?: string;
  /** Visible text: the innermost elements containing it. */
  text?: string;
  within?: Target;
  /** Only elements that contain a match of this target (e.g. the bubble whose header names someone). */
  has?: Target;
  /** Which match (default the first). */
  nth?: number;
  /** Role, label and text matches skip hidden elements; set to include them. */
  hidden?: boolean;
}

export const css = (selector: string, more: Omit<Target, 'css'> = {}): Target => ({ css: selector, ...more });
export const role = (r: string, name?: string, more: Omit<Target, 'role' | 'name'> = {}): Target => ({
  role: r,
  name,
  ...more,
});
export const text = (t: string, more: Omit<Target, 'text'> = {}): Target => ({ text: t, ...more });
export const inside = (outer: Target, inner: Target): Target => ({
  ...inner,
  within: inner.within ? inside(outer, inner.within) : outer,
});

/**
 * The finder, as source so both engines evaluate the same text in the page (and in extension pages).
 * Returns the matching elements in document order, shadow contents right after their host.
 */
const FINDER = String.raw`(function find(t, scope) {
  const norm = (s) => (s == null ? '' : String(s)).replace(/\s+/g, ' ').trim();
  const deep = (root) => {
    const out = [];
    const visit = (node) => {
      for (const el of node.querySelectorAll('*')) {
        out.push(el);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    if (root.shadowRoot) visit(root.shadowRoot);
    visit(root);
    return out;
  };
  const implicitRole = (el) => {
    const tag = el.localName;
    const type = (el.getAttribute('type') || 'text').toLowerCase();
    if (tag === 'button') return 'button';
    if (tag === 'a' && el.hasAttribute('href')) return 'link';
    if (tag === 'textarea') return 'textbox';
    if (tag === 'select') return el.multiple || el.size > 1 ? 'listbox' : 'combobox';
    if (tag === 'input') {
      if (['button', 'submit', 'reset', 'image'].includes(type)) return 'button';
      if (type === 'checkbox') return 'checkbox';
      if (type === 'radio') return 'radio';
      if (type === 'search') return el.hasAttribute('list') ? 'combobox' : 'searchbox';
      if (['text', 'email', 'tel', 'url'].includes(type)) return el.hasAttribute('list') ? 'combobox' : 'textbox';
      return null;
    }
    if (tag === 'dialog') return 'dialog';
    if (tag === 'ul' || tag === 'ol') return 'list';
    if (tag === 'li') return 'listitem';
    if (/^h[1-6]$/.test(tag)) return 'heading';
    if (tag === 'nav') return 'navigation';
    if (tag === 'main') return 'main';
    if (tag === 'output') return 'status';
    if (tag === 'fieldset') return 'group';
    if (el.isContentEditable && el.hasAttribute('contenteditable')) return 'textbox';
    return null;
  };
  const roleOf = (el) => (el.getAttribute('role') || '').split(' ')[0] || implicitRole(el);
  const byId = (el, id) => {
    const root = el.getRootNode();
    return root.getElementById ? root.getElementById(id) : root.querySelector('#' + CSS.escape(id));
  };
  const labelOf = (el) => {
    const ids = el.getAttribute('aria-labelledby');
    if (ids) return norm(ids.split(/\s+/).map((id) => (byId(el, id) || {}).textContent || '').join(' '));
    const aria = el.getAttribute('aria-label');
    if (aria) return norm(aria);
    if (el.labels && el.labels.length) return norm([...el.labels].map((l) => l.textContent).join(' '));
    return '';
  };
  const FROM_CONTENT = ['button', 'link', 'heading', 'listitem', 'tab', 'option', 'menuitem', 'cell', 'row', 'switch', 'radio', 'checkbox'];
  const nameOf = (el, r) => {
    const label = labelOf(el);
    if (label) return label;
    if (el.localName === 'input' && ['button', 'submit', 'reset'].includes((el.getAttribute('type') || '').toLowerCase())) return norm(el.value);
    if (FROM_CONTENT.includes(r)) { const content = norm(el.textContent); if (content) return content; }
    return norm(el.getAttribute('title') || el.getAttribute('placeholder') || '');
  };
  const matches = (value, wanted) => {
    if (wanted == null) return true;
    if (t.regex) return new RegExp(wanted).test(value);
    if (t.exact) return value === norm(wanted);
    return value.toLowerCase().includes(norm(wanted).toLowerCase());
  };
  const visible = (el) => {
    if (t.hidden) return true;
    if (typeof el.checkVisibility === 'function') return el.checkVisibility({ visibilityProperty: true });
    return el.getClientRects().length > 0;
  };
  let root = scope || document;
  if (t.within) {
    const outer = find(t.within, scope)[0];
    if (!outer) return [];
    root = outer;
  }
  let found = deep(root);
  if (t.css) found = found.filter((el) => el.matches(t.css));
  if (t.role) found = found.filter((el) => roleOf(el) === t.role && visible(el) && matches(nameOf(el, t.role), t.name));
  if (t.label != null) found = found.filter((el) => visible(el) && matches(labelOf(el), t.label));
  if (t.text != null) {
    const wanted = norm(t.text);
    const has = (el) => (t.exact ? norm(el.textContent) === wanted : norm(el.textContent).includes(wanted));
    found = found.filter((el) => el.localName !== 'style' && el.localName !== 'script' && has(el) && ![...el.children].some(has) && visible(el));
  }
  if (t.has) found = found.filter((el) => find(t.has, el).length > 0);
  return t.nth == null ? found : found.slice(t.nth, t.nth + 1);
})`;

export function findExpression(target: Target): string {
  return `${FINDER}(${JSON.stringify(target)})`;
}

/** Reads of a target, run in the page: values a user could see or the state of a control. */
const READ = String.raw`(function read(found, what) {
  const el = found[0];
  if (what === 'count') return found.length;
  if (!el) return null;
  if (what === 'text') return el.textContent;
  if (what === 'innerText') return el.shadowRoot ? el.shadowRoot.textContent : el.innerText;
  if (what === 'value') return el.value;
  if (what === 'checked') return el.checked === true || el.getAttribute('aria-checked') === 'true';
  if (what === 'focused') {
    let active = document.activeElement;
    while (active && active.shadowRoot && active.shadowRoot.activeElement) active = active.shadowRoot.activeElement;
    return active === el;
  }
  if (what.startsWith('attr:')) return el.getAttribute(what.slice(5));
  return null;
})`;

export type Read = 'count' | 'text' | 'innerText' | 'value' | 'checked' | 'focused' | `attr:${string}`;

/**
 * What one engine does in one document (a tab's page, or our frame inside it): evaluate, and real
 * (trusted) clicks and keys on the first element an expression yields. Each driver supplies this; all
 * the rest of a surface is written once, below.
 */
export interface Engine {
  exec<R>(expression: string): Promise<R>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  click(expression: string, double: boolean): Promise<void>;
  focus(expression: string): Promise<void>;
  upload(expression: string, path: string): Promise<void>;
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
}

/** A page or frame: what scenarios read and do. Implemented once on top of an engine's few primitives. */
export abstract class Surface {
  abstract readonly browser: BrowserName;
  abstract url(): string;
  /** The engine for this surface's document (looked up afresh where the document can be replaced). */
  protected abstract engine(): Promise<Engine>;

  /** Evaluates an expression in the page (promises awaited) and returns its JSON value. */
  async exec<R>(expression: string): Promise<R> {
    return (await this.engine()).exec<R>(expression);
  }
  /** Runs a function in the page with one JSON argument. */
  async evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return (await this.engine()).evaluate(fn, arg as A);
  }
  async press(key: string): Promise<void> {
    await (await this.engine()).press(key);
  }
  async type(text: string): Promise<void> {
    await (await this.engine()).type(text);
  }

  /** Set on a scoped view (see `within`): every target is looked for inside this one. */
  protected root: Target | undefined;
  /** The same surface, with every target looked for inside `outer` (e.g. one of our UI hosts). */
  within(outer: Target): this {
    const view = Object.create(this) as this;
    view.root = this.root ? inside(this.root, outer) : outer;
    return view;
  }
  private scoped(target: Target): Target {
    return this.root ? inside(this.root, target) : target;
  }

  read<R = unknown>(target: Target, what: Read): Promise<R> {
    return this.exec<R>(`${READ}(${findExpression(this.scoped(target))}, ${JSON.stringify(what)})`);
  }
  count(target: Target): Promise<number> {
    return this.read<number>(target, 'count');
  }
  /** textContent of the first match, '' when there is none. */
  async text(target: Target): Promise<string> {
    return (await this.read<string | null>(target, 'text')) ?? '';
  }
  async value(target: Target): Promise<string> {
    return (await this.read<string | null>(target, 'value')) ?? '';
  }
  async checked(target: Target): Promise<boolean> {
    return (await this.read<boolean | null>(target, 'checked')) === true;
  }
  attribute(target: Target, name: string): Promise<string | null> {
    return this.read<string | null>(target, `attr:${name}`);
  }
  /** Waits until the target is there (auto-waiting, as a user waits for the page). */
  async waitFor(
    target: Target,
    { timeout = 15_000, state = 'attached' }: { timeout?: number; state?: 'attached' | 'detached' } = {},
  ): Promise<void> {
    const count = expect.poll(() => this.count(target), {
      timeout,
      interval: 100,
      message: `${JSON.stringify(target)} ${state}`,
    });
    await (state === 'attached' ? count.toBeGreaterThan(0) : count.toBe(0));
  }
  async click(target: Target, options: { double?: boolean } = {}): Promise<void> {
    await this.waitFor(target);
    await (await this.engine()).click(`${findExpression(this.scoped(target))}[0]`, options.double === true);
  }
  async focus(target: Target): Promise<void> {
    await this.waitFor(target);
    await (await this.engine()).focus(`${findExpression(this.scoped(target))}[0]`);
  }
  /** Checks a radio or checkbox the way a user does: a click, unless it is already checked. */
  async check(target: Target): Promise<void> {
    if (!(await this.checked(target))) await this.click(target);
  }
  /** Replaces a field's content by typing, as a user would (select all, then type). */
  async fill(target: Target, value: string): Promise<void> {
    await this.focus(target);
    await this.exec(
      `(el => { if (typeof el.select === 'function') el.select(); else document.execCommand('selectAll'); })(${findExpression(this.scoped(target))}[0])`,
    );
    if (value) await this.type(value);
    else await this.press('Backspace');
  }
  async upload(target: Target, path: string): Promise<void> {
    await this.waitFor(target);
    await (await this.engine()).upload(`${findExpression(this.scoped(target))}[0]`, path);
  }
  /** Picks an <option> of a <select> by value, firing the events a user's pick fires. */
  async select(target: Target, value: string): Promise<void> {
    await this.waitFor(target);
    await this.exec(`(el => {
      const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set;
      setter.call(el, ${JSON.stringify(value)});
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    })(${findExpression(this.scoped(target))}[0])`);
  }
}

/**
 * The expression for the extension-origin frame inside one of our hosts (issue 15: sensitive UI lives in
 * frame.html inside the host's shadow root, which the e2e build leaves open for tests).
 */
export function frameElementExpression(host: Target): string {
  return `(${findExpression(host)}[0]?.shadowRoot?.querySelector('iframe') ?? null)`;
}

/** Our extension-origin frame inside one of our hosts, looked up on every call (the page may replace it). */
export class FrameSurface extends Surface {
  constructor(
    readonly browser: BrowserName,
    /** What the frame is, for the error when it never comes. */
    private readonly description: string,
    private readonly pageUrl: () => string,
    /** The frame's engine once it is ours and loaded, else null. */
    private readonly lookup: () => Promise<Engine | null>,
  ) {
    super();
  }
  url(): string {
    return this.pageUrl();
  }
  protected async engine(): Promise<Engine> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const found = await this.lookup();
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`No Boundaries frame: ${this.description}`);
      await sleep(100);
    }
  }
}

/** A browser tab: a surface plus navigation. */
export abstract class Tab extends Surface {
  constructor(
    /** The engine for the tab's own page. */
    private readonly own: Engine,
    private readonly pageUrl: () => string,
  ) {
    super();
  }
  url(): string {
    return this.pageUrl();
  }
  protected async engine(): Promise<Engine> {
    return this.own;
  }
  /** A surface in one of our frames on this page, found by `lookup` afresh on every call. */
  protected frameSurface(description: string, lookup: () => Promise<Engine | null>): Surface {
    return new FrameSurface(this.browser, description, this.pageUrl, lookup);
  }
  /** The surface inside our extension-origin frame in `host` (found afresh on every call). */
  abstract frameIn(host: Target): Surface;
  /**
   * Our frame of one kind (`panel`, `composer`, `tip`, …), found through the browser's frame tree as a
   * user's eyes are: works on the production build too, whose hosts are closed and unmarked.
   */
  abstract ourFrame(kind: string): Surface;
  /** The kinds of our frames on the page now (the page itself cannot tell; tests can). */
  abstract ourFrameKinds(): Promise<string[]>;
  /** A LinkedIn path or extension page, loaded in this tab. */
  abstract reload(): Promise<void>;
  abstract close(): Promise<void>;
  /** Errors thrown by the page's scripts since the tab opened. */
  abstract readonly errors: string[];
  /** Waits for a function of the page to return something truthy. */
  async until<A>(fn: (arg: A) => unknown, arg?: A, timeout = 15_000): Promise<void> {
    await expect.poll(() => this.evaluate(fn as (arg: A) => boolean, arg), { timeout, interval: 100 }).toBeTruthy();
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- storage results are checked field by field
export type Result = { ok: boolean; value?: any; error?: { code: string; message: string } };

export interface Driver {
  readonly browser: BrowserName;
  /** Requests to anything but the served LinkedIn pages and the extension itself (each was refused). */
  readonly foreignRequests: string[];
  /**
   * Network requests made by the extension's own pages and background (not LinkedIn's page). Firefox: every
   * HTTP request whose triggering principal is the add-on, seen by a network observer in Firefox's chrome
   * scope (tab interception cannot see the background page). Chromium: every refused request not
   * to linkedin.com (its routing cannot tell who made one).
   */
  extensionRequests(): Promise<string[]>;
  /**
   * Serve `html` (or a fixture file name) at a www.linkedin.com path, e.g. '/in/lesley-marsh-demo/', or at
   * a full address (another host, plain http). Firefox only serves full addresses for now.
   */
  serve(path: string, page: string | { html: string }): void;
  /**
   * A www.linkedin.com path (or, in Firefox, a full address served with `serve`). `before`: a script run in
   * the page's main world before any of its own (or ours), e.g. an attacker.
   */
  open(path: string, options?: { before?: string }): Promise<Tab>;
  extensionPage(name: 'popup.html' | 'options.html', hash?: string): Promise<Tab>;
  /** One storage request to the background, from an extension page (the same channel the content script uses). */
  call(type: string, payload: unknown): Promise<Result>;
  /**
   * The background goes away under open pages, for good until `reset`: their content scripts are cut
   * off (Chromium: the extension reloads, and MV3 does not inject into open tabs; Firefox: the add-on is
   * removed, since Firefox would inject a fresh content script on reload).
   */
  cutOffBackground(): Promise<void>;
  /**
   * The extension updates (reloads from disk) under open pages, as a store update does; its data stays.
   * Chromium (MV3) leaves open tabs with the old, orphaned content script; Firefox injects the new one
   * next to the old, which must stop. Resolves true once the new version runs (Firefox), false when the
   * browser only shows the old side (Chromium here: see driver-chromium.ts).
   */
  updateExtension(): Promise<boolean>;
  /** A clean slate: every tab closed, the extension reinstalled with no data (the e2e build, or `extensionPath`). */
  reset(options?: { extensionPath?: string }): Promise<void>;
  close(): Promise<void>;
}

/** Polls with a generous limit: the machine is shared (behaviour, not speed, is tested). */
export function poll<T>(read: () => Promise<T> | T, timeout = 15_000) {
  return expect.poll(read, { timeout, interval: 100 });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
