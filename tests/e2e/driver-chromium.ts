/**
 * The Chromium driver: harness.ts's playwright-core session (the built extension in Chromium, LinkedIn
 * pages by interception) behind the browser-neutral interface of driver.ts.
 */
import type { ElementHandle, Frame, Page } from 'playwright-core';
import { launch, type LaunchOptions, type Session } from './harness';
import {
  frameElementExpression,
  Tab,
  type Driver,
  type Engine,
  type Result,
  type Surface,
  type Target,
} from './driver';

/** Playwright's side of a document: real clicks and keys through the tab's page. */
function chromiumEngine(page: Page, frame: Frame): Engine {
  const element = async (expression: string): Promise<ElementHandle<Element>> => {
    const found = (await frame.evaluateHandle(expression)).asElement() as ElementHandle<Element> | null;
    if (!found) throw new Error(`No element for ${expression.slice(-200)}`);
    return found;
  };
  return {
    exec: <R>(expression: string) => frame.evaluate(expression) as Promise<R>,
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      frame.evaluate(fn as (arg: unknown) => R, arg as unknown) as Promise<R>,
    click: async (expression, double) => {
      const found = await element(expression);
      await (double ? found.dblclick() : found.click());
    },
    focus: async (expression) => (await element(expression)).focus(),
    upload: async (expression, path) => (await element(expression)).setInputFiles(path),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
  };
}

class ChromiumTab extends Tab {
  readonly browser = 'chromium' as const;
  readonly errors: string[] = [];
  constructor(readonly page: Page) {
    super(chromiumEngine(page, page.mainFrame()), () => page.url());
    page.on('pageerror', (error) => this.errors.push(error.message));
  }
  frameIn(host: Target): Surface {
    return this.frameSurface(`in ${JSON.stringify(host)}`, async () => {
      const handle = (
        await this.page.mainFrame().evaluateHandle(frameElementExpression(host))
      ).asElement() as ElementHandle<HTMLIFrameElement> | null;
      const frame = handle ? await handle.contentFrame() : null;
      if (!frame || !frame.url().includes('/frame.html')) return null;
      await frame.waitForFunction(() => document.readyState === 'complete');
      return chromiumEngine(this.page, frame);
    });
  }
  ourFrame(kind: string): Surface {
    return this.frameSurface(`of kind ${kind}`, async () => {
      const frame = this.page.frames().find((f) => f.url().includes(`/frame.html?${kind}`));
      if (!frame) return null;
      await frame.waitForFunction(() => document.readyState === 'complete');
      return chromiumEngine(this.page, frame);
    });
  }
  async ourFrameKinds(): Promise<string[]> {
    return this.page
      .frames()
      .map((f) => /\/frame\.html\?([\w-]+)/.exec(f.url())?.[1])
      .filter((kind): kind is string => !!kind);
  }
  async reload(): Promise<void> {
    await this.page.reload();
  }
  async close(): Promise<void> {
    if (!this.page.isClosed()) await this.page.close();
  }
}

export class ChromiumDriver implements Driver {
  readonly browser = 'chromium' as const;
  private helper: ChromiumTab | undefined;

  private constructor(
    public session: Session,
    private readonly options: LaunchOptions,
  ) {}

  static async launch(options: LaunchOptions = {}): Promise<ChromiumDriver> {
    return new ChromiumDriver(await launch(options), options);
  }

  get foreignRequests(): string[] {
    return this.session.foreignRequests;
  }

  async extensionRequests(): Promise<string[]> {
    return this.foreignRequests.filter((request) => !request.includes('linkedin.com'));
  }

  serve(path: string, page: string | { html: string }): void {
    this.session.serve(path, page);
  }

  async open(path: string, { before }: { before?: string } = {}): Promise<ChromiumTab> {
    if (!before) return new ChromiumTab(await this.session.open(path));
    const page = await this.session.context.newPage();
    await page.addInitScript(before);
    await page.goto(`https://www.linkedin.com${path}`);
    return new ChromiumTab(page);
  }

  async extensionPage(name: 'popup.html' | 'options.html', hash = ''): Promise<ChromiumTab> {
    const page = await this.session.extensionPage(name);
    if (hash) await page.evaluate((id) => (location.hash = id), hash);
    return new ChromiumTab(page);
  }

  async call(type: string, payload: unknown): Promise<Result> {
    if (!this.helper || this.helper.page.isClosed()) this.helper = await this.extensionPage('popup.html');
    return this.helper.evaluate(
      (message) =>
        (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Result> } } }
        ).chrome.runtime.sendMessage(message),
      { boundaries: 1, type, payload },
    );
  }

  async cutOffBackground(): Promise<void> {
    this.helper = undefined;
    await this.session.worker
      .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
      .catch(() => {});
  }

  /**
   * Chromium's side of an update: the extension reloads under the page and MV3 leaves the open tab with
   * the old, orphaned content script. (This Chromium does not bring an extension loaded from the command
   * line back after a reload, by chrome.runtime.reload or chrome://extensions alike: its pages answer
   * ERR_BLOCKED_BY_CLIENT. So the new version's side is covered in Firefox, which re-injects.)
   */
  async updateExtension(): Promise<boolean> {
    await this.cutOffBackground();
    return false;
  }

  async reset({ extensionPath }: { extensionPath?: string } = {}): Promise<void> {
    this.helper = undefined;
    await this.session.close();
    this.session = await launch({ ...this.options, ...(extensionPath ? { extensionPath } : {}) });
  }

  async close(): Promise<void> {
    await this.session.close();
  }
}
