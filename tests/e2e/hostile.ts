/**
 * What a hostile LinkedIn page does and what it must not learn (issue 15), shared by the Chromium suite
 * (hostile-page.test.ts) and the Firefox one (hostile-page.firefox.test.ts): the secrets a test stores,
 * the attacker's init script, what the page can see, and the find-and-extend attack.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './harness';

/** The production build (`npx wxt build`, closed shadow roots, no marks) for one browser, built once per suite. */
export function buildProduction(browser: 'chrome' | 'firefox'): string {
  // One output folder per browser: the two suites may build at the same time.
  const out = `.output/prod-hostile-${browser}`;
  const dir = join(ROOT, out, browser === 'chrome' ? 'chrome-mv3' : 'firefox-mv2');
  // A clean environment: vitest's variables would change the build.
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', BOUNDARIES_OUT: out };
  execSync(browser === 'chrome' ? 'npx wxt build' : 'npx wxt build -b firefox', { cwd: ROOT, stdio: 'ignore', env });
  expect(existsSync(join(dir, 'manifest.json'))).toBe(true);
  return dir;
}

export const SECRETS = {
  note: 'Going through a divorce, avoid family topics',
  tag: 'quietly-job-hunting',
  met: 'Met at the grief support group',
};
export const LEVEL_WORDS = ['Keep it professional', 'Friendly professional'];
export const TYPED = 'zqxjkv hidden words typed 4711';

/**
 * Drafts: the page's own text (it may read them); what we say about them must stay in our frames. Typed
 * into LinkedIn's editor, so they avoid TYPED's letters (the page sees these keys, and may).
 */
export const DRAFTS = {
  party: 'Beers and wine at the party tonight?',
  muffin: 'Best brunch with cinnamon rolls and coffee this morning 🧁',
};
/** What our hint, send check and post nudge say about those drafts: only ever inside our frames. */
export const WORDS = {
  drift: ['Reads personal for', "Don't check for", 'parties and alcohol'],
  sendCheck: ['Send as is', 'This message reads personal', 'You marked'],
  post: ['Reads personal', 'food and drink'],
  nudge: ['This post reads personal', 'Why it reads personal', "Don't ask for", 'Snooze for a day'],
};

/** The attacker: runs in the page's main world before any of LinkedIn's or our scripts. */
export const HOSTILE = String.raw`(() => {
  const seen = (window.__seen = []);
  const keep = (what) => { try { seen.push(typeof what === 'string' ? what : JSON.stringify(what)); } catch {} };
  window.__internals = [];
  window.__roots = [];
  window.__started = [];
  // 1. Custom element names we might use, defined first, each handing its closed root over via attachInternals.
  for (const name of ['boundaries-ui', 'boundaries-panel', 'boundaries-badge', 'boundaries-frame', 'b-ui']) {
    try {
      customElements.define(name, class extends HTMLElement {
        constructor() { super(); try { window.__internals.push(this.attachInternals()); } catch {} }
      });
    } catch {}
  }
  // 2. Patched prototypes: every shadow root forced open and kept, every listener and message recorded.
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { const root = attach.call(this, { ...init, mode: 'open' }); window.__roots.push(root); return root; };
  const define = customElements.define.bind(customElements);
  customElements.define = (name, cls, options) => { keep('define ' + name); return define(name, cls, options); };
  const add = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (type, listener, options) { return add.call(this, type, listener, options); };
  const post = window.postMessage.bind(window);
  window.postMessage = (message, ...rest) => { keep(message); return post(message, ...rest); };
  const src = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'src');
  Object.defineProperty(HTMLIFrameElement.prototype, 'src', { ...src, set(value) { keep('iframe ' + value); src.set.call(this, value); } });
  // 3. Everything typed, pasted or composed anywhere, in the capture phase on window and document.
  for (const type of ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'textInput', 'compositionstart', 'compositionupdate', 'compositionend', 'paste', 'copy', 'cut', 'focusin', 'focusout', 'selectionchange']) {
    const record = (event) => keep({ type, key: event.key, data: event.data, text: event.clipboardData && event.clipboardData.getData('text'), value: event.target && event.target.value });
    add.call(window, type, record, true);
    add.call(document, type, record, true);
  }
  // 4. WXT's broadcast, kept for replay; every message and every node the page ever sees.
  add.call(window, 'message', (event) => { keep(event.data); if (event.data && String(event.data.type || '').endsWith('wxt:content-script-started')) window.__started.push(event.data); }, true);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) keep(node.nodeType === 1 ? node.outerHTML : node.textContent);
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
})();`;

/** Everything the page can see right now, as one string (our secrets must not be in it). */
const LOOT = String.raw`(() => {
  const parts = [document.documentElement.outerHTML, ...window.__seen];
  for (const internals of window.__internals) { try { if (internals.shadowRoot) parts.push('INTERNALS ' + internals.shadowRoot.innerHTML); } catch {} }
  for (const root of window.__roots) parts.push('ROOT ' + root.innerHTML);
  const deep = (root) => { for (const el of root.querySelectorAll('*')) if (el.shadowRoot) { parts.push(el.shadowRoot.innerHTML); deep(el.shadowRoot); } };
  deep(document);
  parts.push(getSelection().toString());
  for (const entry of performance.getEntries()) parts.push(entry.name);
  for (let i = 0; i < localStorage.length; i++) parts.push(localStorage.key(i), localStorage.getItem(localStorage.key(i)));
  for (let i = 0; i < window.frames.length; i++) { try { parts.push(window.frames[i].document.documentElement.outerHTML); } catch {} }
  return parts.join('\n');
})()`;

/** window.find for each phrase, then extend the selection to the end of the document, as issue 15 did. */
const FIND = String.raw`((phrases) => phrases.map((phrase) => {
  getSelection().removeAllRanges();
  const found = window.find(phrase, false, false, true);
  let extended = '';
  if (found) { getSelection().modify('extend', 'forward', 'documentboundary'); extended = getSelection().toString(); }
  getSelection().removeAllRanges();
  return { phrase, found, extended };
}))`;

/**
 * In the page: replays WXT's "content script started" broadcast (as a document event, as issue 15 did,
 * and as a message) and floods every frame with `perFrame` forged frame messages carrying ports. Returns
 * how many broadcasts the attacker had kept.
 */
export function forgeStartAndFlood(perFrame: number): string {
  return String.raw`(() => {
    const started = window.__started;
    for (const data of started) {
      document.dispatchEvent(new CustomEvent(data.type, { detail: { contentScriptName: data.contentScriptName, messageId: 'forged' } }));
      window.postMessage({ ...data, messageId: 'forged' }, '*');
    }
    for (let i = 0; i < window.frames.length; i++) {
      for (let n = 0; n < ${perFrame}; n++) {
        const channel = new MessageChannel();
        try {
          window.frames[i].postMessage({ boundariesFrame: 'forged-' + n, type: 'props', props: { identity: { key: 'someone-else' } } }, '*', [channel.port2]);
        } catch {
          // a frame that refuses is fine
        }
      }
    }
    return started.length;
  })()`;
}

/**
 * Everything the page can see and find (LOOT, then window.find + extend for every secret, the level words,
 * `extra` and our name), evaluated in the page's main world by `evaluate`: none of our secrets, level
 * words, typed text or `extra` may be in it.
 */
export async function expectNothingLeaked(
  evaluate: (expression: string) => Promise<unknown>,
  extra: string[] = [],
): Promise<void> {
  const secrets = [...Object.values(SECRETS), ...LEVEL_WORDS, ...extra];
  const loot = (await evaluate(LOOT)) as string;
  for (const secret of [...secrets, TYPED]) expect(loot, secret).not.toContain(secret);
  // Not even single typed characters: the page's capture listeners saw no key or input event from our UI.
  expect(loot).not.toMatch(/"key":"[zqxjkv]"/);
  const phrases = [...secrets, 'Boundaries', 'Professional'];
  const finds = (await evaluate(`${FIND}(${JSON.stringify(phrases)})`)) as {
    phrase: string;
    found: boolean;
    extended: string;
  }[];
  for (const { phrase, found, extended } of finds) {
    for (const secret of secrets) expect(extended, `extend from ${phrase}`).not.toContain(secret);
    if (phrase !== 'Professional') expect(found, `window.find("${phrase}")`).toBe(false);
  }
}
