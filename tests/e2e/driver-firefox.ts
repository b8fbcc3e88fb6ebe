/**
 * The Firefox driver: Firefox ESR through puppeteer-core over WebDriver BiDi, the built Firefox extension
 * (`.output/e2e/firefox-mv2`, open shadow roots) installed as a temporary add-on, LinkedIn pages served
 * at real linkedin.com URLs by request interception (every other request refused and recorded).
 *
 * Two Firefox obstacles and their answers (see shared/testing-in-firefox.md):
 * - Extension pages: `page.goto('moz-extension://…')` is refused, or never resolves under BiDi. With
 *   MOZ_REMOTE_ALLOW_SYSTEM_ACCESS=1 the driver asks Firefox's chrome scope for the add-on's UUID after
 *   each install, navigates with BiDi's `wait: "none"` and waits for the page itself.
 * - No CDP, so no way into the content script's isolated world: storage requests go through an
 *   extension page instead (the background answers every context of this extension the same way).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Frame, type HTTPRequest, type Page } from 'puppeteer-core';
import { BLANK_PAGE, ROOT, fixture } from './harness';
import {
  frameElementExpression,
  Tab,
  type Driver,
  type Engine,
  type Result,
  type Surface,
  type Target,
} from './driver';

export const FIREFOX_BUILD = join(ROOT, process.env.BOUNDARIES_OUT ?? '.output/e2e', 'firefox-mv2');
export const ADDON_ID = 'boundaries@example.org';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'];

export function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Firefox found for the Firefox end-to-end tests. Install Firefox ESR 153+ (Debian: `sudo apt-get update && sudo apt-get install -y firefox-esr`) or set FIREFOX_PATH.',
    );
  }
  return found;
}

/** BiDi key names for Playwright-style chords like 'Control+Enter'. */
function chord(key: string): string[] {
  return key === '+' ? ['+'] : key.split('+');
}

/** Puppeteer's side of a document under BiDi: real clicks and keys through the tab's page. */
function firefoxEngine(page: Page, frame: Frame): Engine {
  const element = async (expression: string): Promise<ElementHandle<Element>> => {
    const found = (await frame.evaluateHandle(expression)).asElement() as ElementHandle<Element> | null;
    if (!found) throw new Error(`No element for ${expression.slice(-200)}`);
    return found;
  };
  return {
    exec: <R>(expression: string) => frame.evaluate(expression) as Promise<R>,
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      frame.evaluate(fn as (arg: unknown) => R, arg as unknown) as Promise<R>,
    click: async (expression, double) => (await element(expression)).click({ count: double ? 2 : 1 }),
    focus: async (expression) => (await element(expression)).focus(),
    upload: async (expression, path) =>
      ((await element(expression)) as ElementHandle<HTMLInputElement>).uploadFile(path),
    press: async (key) => {
      const keys = chord(key);
      const last = keys.pop()!;
      for (const modifier of keys) await page.keyboard.down(modifier as never);
      await page.keyboard.press(last as never);
      for (const modifier of keys.reverse()) await page.keyboard.up(modifier as never);
    },
    type: (text) => page.keyboard.type(text),
  };
}

class FirefoxTab extends Tab {
  readonly browser = 'firefox' as const;
  readonly errors: string[] = [];
  constructor(readonly page: Page) {
    super(firefoxEngine(page, page.mainFrame()), () => page.url());
    page.on('pageerror', (error) => this.errors.push(String((error as Error)?.message ?? error)));
  }
  frameIn(host: Target): Surface {
    return this.frameSurface(`in ${JSON.stringify(host)}`, async () => {
      const handle = (
        await this.page.mainFrame().evaluateHandle(frameElementExpression(host))
      ).asElement() as ElementHandle<HTMLIFrameElement> | null;
      const frame = handle ? await handle.contentFrame() : null;
      if (!frame) return null;
      // BiDi reports a moz-extension:// child frame's URL as about:blank: recognise ours by its root instead.
      const ours = await frame
        .evaluate(() => document.readyState === 'complete' && document.querySelector('#root.boundaries-root') !== null)
        .catch(() => false);
      return ours ? firefoxEngine(this.page, frame) : null;
    });
  }
  /** Our loaded frames and their kinds. BiDi reports a moz-extension:// frame's URL as about:blank: ask each. */
  private async framesOfOurs(): Promise<{ frame: Frame; kind: string }[]> {
    const found: { frame: Frame; kind: string }[] = [];
    for (const frame of this.page.frames()) {
      if (frame === this.page.mainFrame()) continue;
      const kind = await frame
        .evaluate(() =>
          document.readyState === 'complete' && document.querySelector('#root.boundaries-root') !== null
            ? location.search.slice(1)
            : null,
        )
        .catch(() => null);
      if (kind) found.push({ frame, kind });
    }
    return found;
  }
  ourFrame(kind: string): Surface {
    return this.frameSurface(`of kind ${kind}`, async () => {
      const ours = (await this.framesOfOurs()).find((f) => f.kind === kind);
      return ours ? firefoxEngine(this.page, ours.frame) : null;
    });
  }
  async ourFrameKinds(): Promise<string[]> {
    return (await this.framesOfOurs()).map((f) => f.kind);
  }
  async reload(): Promise<void> {
    if (this.page.url().startsWith('moz-extension:')) {
      const url = this.page.url();
      await this.evaluate(() => location.reload());
      await waitForExtensionPage(this.page, url);
    } else await this.page.reload();
  }
  async close(): Promise<void> {
    if (!this.page.isClosed()) await this.page.close();
  }
}

async function waitForExtensionPage(page: Page, url: string): Promise<void> {
  await page.waitForFunction(
    (wanted) =>
      location.href.startsWith(wanted) && document.readyState === 'complete' && document.body?.childElementCount > 0,
    { timeout: 20_000, polling: 100 },
    url.split('#')[0]!,
  );
}

export interface FirefoxOptions {
  extensionPath?: string;
  /** Firefox prefs on top of the driver's (e.g. the UI language, or IndexedDB switched off). */
  prefs?: Record<string, unknown>;
  /** Skip installing the add-on (a test installs one itself). */
  install?: boolean;
}

export class FirefoxDriver implements Driver {
  readonly browser = 'firefox' as const;
  readonly foreignRequests: string[] = [];
  private readonly routes = new Map<string, string>();
  private helper: FirefoxTab | undefined;
  /** The installed add-on's moz-extension:// host (new at every install). */
  uuid = '';
  private tabs: FirefoxTab[] = [];

  private constructor(
    readonly instance: Browser,
    readonly profileDir: string,
    private readonly defaultBuild: string,
  ) {}

  static async launch({
    extensionPath = FIREFOX_BUILD,
    prefs = {},
    install = true,
  }: FirefoxOptions = {}): Promise<FirefoxDriver> {
    if (!existsSync(join(extensionPath, 'manifest.json'))) {
      throw new Error(
        `No built Firefox extension at ${extensionPath}: run \`BOUNDARIES_E2E=1 npx wxt build -b firefox\` first.`,
      );
    }
    const profileDir = mkdtempSync(join(tmpdir(), 'boundaries-firefox-'));
    const instance = await puppeteer.launch({
      browser: 'firefox',
      executablePath: findFirefox(),
      headless: true,
      userDataDir: profileDir,
      defaultViewport: { width: 1280, height: 900 },
      // Lets BiDi navigate a tab to moz-extension:// pages (refused otherwise).
      env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
      extraPrefsFirefox: {
        // Quiet and offline: nothing of Firefox's own should reach the network recorder.
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        // Firefox fetches /favicon.ico for every page by itself (Chromium headless does not); that is the
        // browser's request, not ours, and would otherwise show up as a foreign request.
        'browser.chrome.site_icons': false,
        ...prefs,
      },
    });
    const driver = new FirefoxDriver(instance, profileDir, extensionPath);
    await driver.watchNetwork();
    if (install) await driver.install();
    return driver;
  }

  async install(path = this.defaultBuild): Promise<void> {
    const id = await this.instance.installExtension(path);
    if (id !== ADDON_ID) throw new Error(`Installed add-on is ${id}, expected ${ADDON_ID}`);
    this.uuid = await this.privileged<string>(
      `WebExtensionPolicy.getByID(${JSON.stringify(ADDON_ID)}).mozExtensionHostname`,
    );
  }

  /** Evaluates in Firefox's own (chrome) scope: prefs, add-on internals. Test plumbing only. */
  async privileged<T>(expression: string): Promise<T> {
    const connection = (
      this.instance as Browser & { connection: { send(method: string, params: object): Promise<{ result: never }> } }
    ).connection;
    const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })).result as {
      contexts: { context: string }[];
    };
    const evaluated = (
      await connection.send('script.evaluate', {
        expression,
        target: { context: tree.contexts[0]!.context },
        awaitPromise: true,
        resultOwnership: 'none',
      })
    ).result as {
      type: string;
      result?: { value?: T };
      exceptionDetails?: { text: string };
    };
    if (evaluated.type !== 'success')
      throw new Error(`Privileged evaluation failed: ${evaluated.exceptionDetails?.text}`);
    return evaluated.result?.value as T;
  }

  /**
   * Grants an optional host permission as the user would by accepting Firefox's prompt (headless Firefox
   * cannot show one), so the extension's own `permissions.request` for it then resolves true at once.
   */
  async grantOrigin(pattern: string): Promise<void> {
    await this.privileged(`(async () => {
      const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
      const policy = WebExtensionPolicy.getByID(${JSON.stringify(ADDON_ID)});
      await ExtensionPermissions.add(${JSON.stringify(ADDON_ID)}, { permissions: [], origins: [${JSON.stringify(pattern)}] }, policy.extension);
      return true;
    })()`);
  }

  /** Records every HTTP request Firefox makes with who triggered it (see `extensionRequests`). */
  private async watchNetwork(): Promise<void> {
    await this.privileged(`(() => {
      if (globalThis.__boundariesRequests) return true;
      const seen = (globalThis.__boundariesRequests = []);
      Services.obs.addObserver({ observe(subject) {
        try {
          const channel = subject.QueryInterface(Ci.nsIHttpChannel);
          const p = channel.loadInfo?.triggeringPrincipal;
          const addons = p ? [p.addonId, ...(p.isExpandedPrincipal ? p.allowlist.map((q) => q.addonId) : [])] : [];
          seen.push({ request: channel.requestMethod + ' ' + channel.URI.spec, addons });
        } catch {}
      } }, 'http-on-modify-request');
      return true;
    })()`);
  }

  async extensionRequests(): Promise<string[]> {
    const seen = await this.privileged<string>('JSON.stringify(globalThis.__boundariesRequests)');
    return (JSON.parse(seen) as { request: string; addons: string[] }[])
      .filter((r) => r.addons.includes(ADDON_ID))
      .map((r) => r.request);
  }

  async uninstall(): Promise<void> {
    this.helper = undefined;
    await this.instance.uninstallExtension(ADDON_ID);
  }

  serve(path: string, page: string | { html: string }): void {
    this.routes.set(path, typeof page === 'string' ? fixture(page) : page.html);
  }

  private async newPage(): Promise<Page> {
    const page = await this.instance.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => void this.route(request));
    return page;
  }

  private async route(request: HTTPRequest): Promise<void> {
    try {
      const url = new URL(request.url());
      if (['moz-extension:', 'data:', 'blob:', 'about:'].includes(url.protocol)) return await request.continue();
      // resourceType() is unsupported under BiDi: navigations (pages and frames) are what we serve.
      // A page served at a full address (another linkedin.com host, plain http) answers there only.
      const atAddress = this.routes.get(`${url.origin}${url.pathname}`);
      if (atAddress !== undefined && request.isNavigationRequest()) {
        return await request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: atAddress });
      }
      if (url.hostname === 'www.linkedin.com' && request.isNavigationRequest()) {
        const body = this.routes.get(url.pathname) ?? BLANK_PAGE;
        return await request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
      }
      this.foreignRequests.push(`${request.method()} ${url.href}`);
      await request.abort('blockedbyclient');
    } catch {
      // The page closed while its request was pending.
    }
  }

  private track(tab: FirefoxTab): FirefoxTab {
    this.tabs.push(tab);
    return tab;
  }

  async open(path: string, { before }: { before?: string } = {}): Promise<FirefoxTab> {
    const page = await this.newPage();
    const tab = this.track(new FirefoxTab(page));
    if (before) await page.evaluateOnNewDocument(before);
    await page.goto(/^https?:/.test(path) ? path : `https://www.linkedin.com${path}`);
    return tab;
  }

  async extensionPage(name: 'popup.html' | 'options.html', hash = ''): Promise<FirefoxTab> {
    const page = await this.newPage();
    const tab = this.track(new FirefoxTab(page));
    const url = `moz-extension://${this.uuid}/${name}${hash ? `#${hash}` : ''}`;
    await (
      page.mainFrame() as Frame & { browsingContext: { navigate(url: string, wait: string): Promise<void> } }
    ).browsingContext.navigate(url, 'none');
    await waitForExtensionPage(page, url);
    return tab;
  }

  async call(type: string, payload: unknown): Promise<Result> {
    if (!this.helper || this.helper.page.isClosed()) this.helper = await this.extensionPage('popup.html');
    return this.helper.evaluate(
      (message) =>
        (
          globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<Result> } } }
        ).browser.runtime.sendMessage(message),
      { boundaries: 1, type, payload },
    );
  }

  async cutOffBackground(): Promise<void> {
    await this.uninstall();
  }

  /** The add-on reloads as on an update; Firefox injects the new content script into open LinkedIn tabs. */
  async updateExtension(): Promise<boolean> {
    if (!this.helper || this.helper.page.isClosed()) this.helper = await this.extensionPage('popup.html');
    const helper = this.helper;
    this.helper = undefined;
    await helper
      .evaluate(() => (globalThis as unknown as { browser: { runtime: { reload(): void } } }).browser.runtime.reload())
      .catch(() => {});
    // Back when the reloaded add-on has a policy and its background answers.
    const deadline = Date.now() + 60_000;
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      const host = await this.privileged<string | null>(
        `WebExtensionPolicy.getByID(${JSON.stringify(ADDON_ID)})?.mozExtensionHostname ?? null`,
      ).catch(() => null);
      if (host) {
        this.uuid = host;
        const answer = await this.call('getSettings', {}).catch(() => null);
        if (answer?.ok) return true;
        this.helper = undefined;
      }
      if (Date.now() > deadline) throw new Error('The add-on did not come back after runtime.reload()');
    }
  }

  async reset({ extensionPath = this.defaultBuild }: { extensionPath?: string } = {}): Promise<void> {
    for (const tab of this.tabs.splice(0)) await tab.close().catch(() => {});
    this.helper = undefined;
    this.routes.clear();
    this.foreignRequests.length = 0;
    await this.privileged('(globalThis.__boundariesRequests.length = 0, true)');
    // Uninstalling removes the add-on's storage (and its origin: the new install gets another UUID).
    await this.uninstall().catch(() => {}); // already removed by cutOffBackground
    await this.install(extensionPath);
  }

  async close(): Promise<void> {
    await this.instance.close().catch(() => {});
    rmSync(this.profileDir, { recursive: true, force: true });
  }
}
