/**
 * Real-browser harness: the built extension (`npm run build:e2e`, open shadow roots) loaded into
 * Chromium through playwright-core; LinkedIn pages served from fixtures at real linkedin.com URLs by
 * request interception. Every other request is refused and recorded, so tests can prove we make none.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const E2E_BUILD = join(ROOT, process.env.BOUNDARIES_OUT ?? '.output/e2e', 'chrome-mv3');
export const FIXTURES = join(ROOT, 'tests/fixtures');

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
];

export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found for the real-browser tests. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
        'or set CHROME_PATH to a Chromium binary. Branded Google Chrome 137+ ignores --load-extension; use Chromium.',
    );
  }
  return found;
}

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** A blank LinkedIn-looking page for URLs a test does not map. */
export const BLANK_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LinkedIn</title></head><body><main></main></body></html>';

export interface Session {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  userDataDir: string;
  /** Requests to anything but the served LinkedIn pages (each was refused). */
  foreignRequests: string[];
  /** Hosts (`host:port`) whose requests go through unrecorded: a test's own sync server. Mutable. */
  allowedHosts: Set<string>;
  /** Serve `html` (or a fixture file name) at a linkedin.com path, e.g. '/in/lesley-marsh-demo/'. */
  serve(path: string, page: string | { html: string }): void;
  open(path: string): Promise<Page>;
  extensionPage(name: 'popup.html' | 'options.html'): Promise<Page>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/**
 * The automation build narrates what our dialogs and frames saw (`[Boundaries trace]`, see
 * entrypoints/linkedin.content/linkedin/trace.ts). Each open session keeps the latest lines, with page
 * errors, and a failing test prints them (tests/e2e/setup.ts): a failure on a loaded machine then says what happened.
 */
const TRACE_LINES = 400;
const traces = new Map<BrowserContext, { lines: string[]; closed: boolean }>();

function record(context: BrowserContext): void {
  const lines: string[] = [];
  const trace = { lines, closed: false };
  traces.set(context, trace);
  const keep = (line: string) => {
    lines.push(`${new Date().toISOString().slice(11, 23)} ${line}`);
    if (lines.length > TRACE_LINES) lines.splice(0, lines.length - TRACE_LINES);
  };
  context.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('[Boundaries')) keep(`${new URL(message.page()?.url() ?? 'about:blank').pathname} ${text}`);
  });
  context.on('weberror', (error) => keep(`page error: ${error.error().message}`));
  // Kept after the browser closes: a test file's own afterEach closes its session before setup.ts reads.
  context.on('close', () => (trace.closed = true));
}

/**
 * What the sessions recorded since the last call (tests/e2e/setup.ts prints it when a test fails); the
 * closed ones are then forgotten.
 */
export function takeTraces(): string[][] {
  const all = [...traces.values()].map((trace) => trace.lines);
  for (const [context, trace] of traces) if (trace.closed) traces.delete(context);
  return all;
}

export interface LaunchOptions {
  userDataDir?: string;
  extensionPath?: string;
  /** Headed only for the demo on a machine with a display. */
  headless?: boolean;
  /** More Chromium flags (the benchmarks turn timer throttling off). */
  extraArgs?: string[];
}

export async function launch({
  userDataDir,
  extensionPath = E2E_BUILD,
  headless = true,
  extraArgs = [],
}: LaunchOptions = {}): Promise<Session> {
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionPath}: run \`npm run build:e2e\` first.`);
  }
  const dir = userDataDir ?? mkdtempSync(join(tmpdir(), 'boundaries-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium(),
    headless,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      ...extraArgs,
    ],
  });
  record(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  const routes = new Map<string, string>();
  const foreignRequests: string[] = [];
  const allowedHosts = new Set<string>();
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:' || url.protocol === 'data:' || url.protocol === 'blob:')
      return route.continue();
    if (allowedHosts.has(url.host)) return route.continue();
    if (url.hostname === 'www.linkedin.com' && route.request().resourceType() === 'document') {
      const body = routes.get(url.pathname) ?? BLANK_PAGE;
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    }
    foreignRequests.push(`${route.request().method()} ${url.href}`);
    return route.abort('blockedbyclient');
  });

  const session: Session = {
    context,
    extensionId,
    worker,
    userDataDir: dir,
    foreignRequests,
    allowedHosts,
    serve(path, page) {
      routes.set(path, typeof page === 'string' ? fixture(page) : page.html);
    },
    async open(path) {
      const page = await context.newPage();
      await page.goto(`https://www.linkedin.com${path}`);
      return page;
    },
    async extensionPage(name) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${name}`);
      return page;
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(dir, { recursive: true, force: true });
    },
  };
  return session;
}

/**
 * Runs code in the content script's isolated world on a page (through CDP), where
 * `chrome.runtime` is the extension's: the same channel our content script uses.
 */
export async function inContentScript<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { type?: string; frameId?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const deadline = Date.now() + 10_000;
  let isolated = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Boundaries');
  while (!isolated && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    isolated = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Boundaries');
  }
  if (!isolated) throw new Error('The Boundaries content script did not start on this page');
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    contextId: isolated.id,
    awaitPromise: true,
    returnByValue: true,
  });
  await cdp.detach();
  if (exceptionDetails)
    throw new Error(
      `Content-script evaluation failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`,
    );
  return result.value as T;
}

/** Source of a function that sends one storage request from wherever it is evaluated. */
export function storageCall(type: string, payload: unknown): string {
  return `chrome.runtime.sendMessage(${JSON.stringify({ boundaries: 1, type, payload })})`;
}

/**
 * Grants the extension access to a site the way a user does on chrome://extensions ("Site access"), so
 * a later `permissions.request` for it resolves without the prompt headless Chromium cannot answer.
 */
export async function grantSiteAccess(session: Session, pattern: string): Promise<void> {
  const page = await session.context.newPage();
  await page.goto('chrome://extensions/');
  const error = await page.evaluate(
    ([id, host]) =>
      new Promise<string>((resolve) => {
        const api = (
          globalThis as unknown as {
            chrome: {
              developerPrivate: { addHostPermission(id: string, host: string, done: () => void): void };
              runtime: { lastError?: { message: string } };
            };
          }
        ).chrome;
        api.developerPrivate.addHostPermission(id!, host!, () => resolve(api.runtime.lastError?.message ?? ''));
      }),
    [session.extensionId, pattern],
  );
  await page.close();
  if (error) throw new Error(`Could not grant ${pattern}: ${error}`);
  // Now a request from the extension (inside a click, as the browser requires) is granted without a prompt.
  const extensionPage = await session.extensionPage('options.html');
  await extensionPage.evaluate((origin) => {
    const api = (
      globalThis as unknown as { chrome: { permissions: { request(p: { origins: string[] }): Promise<boolean> } } }
    ).chrome;
    const state = globalThis as unknown as { __granted: Promise<boolean> };
    state.__granted = new Promise<boolean>((resolve) => {
      document.addEventListener(
        'click',
        () => void api.permissions.request({ origins: [origin] }).then(resolve, () => resolve(false)),
        { once: true },
      );
    });
  }, pattern);
  await extensionPage.mouse.click(1, 1);
  const ok = await extensionPage.evaluate(() => (globalThis as unknown as { __granted: Promise<boolean> }).__granted);
  await extensionPage.close();
  if (!ok) throw new Error(`The browser did not grant ${pattern}`);
}
