/**
 * The Chromium driver: harness.ts's playwright-core session (the built extension in Chromium, LinkedIn
 * pages by interception) behind the browser-neutral interface of driver.ts.
 */
import type { ElementHandle, Frame, Page } from 'playwright-core';
import { launch, type LaunchOptions, type Session } from './harness';
import { frameElementExpression, Surface, Tab, type Driver, type Result, type Target } from './driver';

class ChromiumTab extends Tab {
  readonly browser = 'chromium' as const;
  readonly errors: string[] = [];
  constructor(
    readonly page: Page,
    private readonly frame: Frame = page.mainFrame(),
  ) {
    super();
    page.on('pageerror', (error) => this.errors.push(error.message));
  }
  url(): string {
    return this.frame.url();
  }
  exec<R>(expression: string): Promise<R> {
    return this.frame.evaluate(expression) as Promise<R>;
  }
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.frame.evaluate(fn as (arg: unknown) => R, arg as unknown) as Promise<R>;
  }
  private async element(expression: string): Promise<ElementHandle<Element>> {
    const element = (await this.frame.evaluateHandle(expression)).asElement() as ElementHandle<Element> | null;
    if (!element) throw new Error(`No element for ${expression.slice(-200)}`);
    return element;
  }
  protected async clickFirst(expression: string, { double = false }: { double?: boolean }): Promise<void> {
    const element = await this.element(expression);
    await (double ? element.dblclick() : element.click());
  }
  protected async focusFirst(expression: string): Promise<void> {
    await (await this.element(expression)).focus();
  }
  protected async uploadFirst(expression: string, path: string): Promise<void> {
    await (await this.element(expression)).setInputFiles(path);
  }
  frameIn(host: Target): Surface {
    return new ChromiumFrameSurface(this.page, host);
  }
  press(key: string): Promise<void> {
    return this.page.keyboard.press(key);
  }
  type(text: string): Promise<void> {
    return this.page.keyboard.type(text);
  }
  async reload(): Promise<void> {
    await this.page.reload();
  }
  async close(): Promise<void> {
    if (!this.page.isClosed()) await this.page.close();
  }
}

/** Our extension-origin frame inside one of our hosts, looked up on every call (it can be replaced). */
class ChromiumFrameSurface extends Surface {
  readonly browser = 'chromium' as const;
  constructor(
    readonly page: Page,
    private readonly host: Target,
  ) {
    super();
  }
  private async frame(): Promise<Frame> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const handle = (await this.page.mainFrame().evaluateHandle(frameElementExpression(this.host))).asElement() as ElementHandle<HTMLIFrameElement> | null;
      const frame = handle ? await handle.contentFrame() : null;
      if (frame && frame.url().includes('/frame.html')) {
        await frame.waitForFunction(() => document.readyState === 'complete');
        return frame;
      }
      if (Date.now() > deadline) throw new Error(`No Boundaries frame in ${JSON.stringify(this.host)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  url(): string {
    return this.page.url();
  }
  async exec<R>(expression: string): Promise<R> {
    return (await this.frame()).evaluate(expression) as Promise<R>;
  }
  async evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return (await this.frame()).evaluate(fn as (arg: unknown) => R, arg as unknown) as Promise<R>;
  }
  private async element(expression: string): Promise<ElementHandle<Element>> {
    const element = (await (await this.frame()).evaluateHandle(expression)).asElement() as ElementHandle<Element> | null;
    if (!element) throw new Error(`No element for ${expression.slice(-200)}`);
    return element;
  }
  protected async clickFirst(expression: string, { double = false }: { double?: boolean }): Promise<void> {
    const element = await this.element(expression);
    await (double ? element.dblclick() : element.click());
  }
  protected async focusFirst(expression: string): Promise<void> {
    await (await this.element(expression)).focus();
  }
  protected async uploadFirst(expression: string, path: string): Promise<void> {
    await (await this.element(expression)).setInputFiles(path);
  }
  press(key: string): Promise<void> {
    return this.page.keyboard.press(key);
  }
  type(text: string): Promise<void> {
    return this.page.keyboard.type(text);
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

  async open(path: string): Promise<ChromiumTab> {
    return new ChromiumTab(await this.session.open(path));
  }

  async extensionPage(name: 'popup.html' | 'options.html', hash = ''): Promise<ChromiumTab> {
    const page = await this.session.extensionPage(name);
    if (hash) await page.evaluate((id) => (location.hash = id), hash);
    return new ChromiumTab(page);
  }

  async call(type: string, payload: unknown): Promise<Result> {
    if (!this.helper || this.helper.page.isClosed()) this.helper = await this.extensionPage('popup.html');
    return this.helper.evaluate(
      (message) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Result> } } }).chrome.runtime.sendMessage(message),
      { boundaries: 1, type, payload },
    );
  }

  async cutOffBackground(): Promise<void> {
    this.helper = undefined;
    await this.session.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => {});
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
