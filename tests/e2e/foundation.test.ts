import { afterEach, describe, expect, it } from 'vitest';
import { inContentScript, launch, storageCall, type Session } from './harness';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- results are checked field by field below
type Result = { ok: boolean; value?: any; error?: { code: string; message: string } };
/** The extension-page global, as seen inside page.evaluate callbacks. */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { onChanged: { addListener(listener: (changes: Record<string, unknown>) => void): void } };
};

describe('storage through the background, in real Chromium', () => {
  it('a content script on linkedin.com saves and reads, and the data survives a browser restart', async () => {
    session = await launch();
    const page = await session.open('/feed/');
    const saved = await inContentScript<Result>(
      page,
      storageCall('addNote', {
        ref: 'lesley-marsh-demo',
        text: 'Prefers email 📧',
        identity: { aliases: [], displayName: 'Lesley Marsh' },
      }),
    );
    expect(saved.ok).toBe(true);
    const read = await inContentScript<Result>(page, storageCall('getContact', { ref: '/in/Lesley-Marsh-Demo/' }));
    expect(read.value.latestNotes[0].text).toBe('Prefers email 📧');

    const dir = session.userDataDir;
    await session.close({ keepProfile: true });
    session = await launch({ userDataDir: dir });
    const again = await session.open('/feed/');
    const afterRestart = await inContentScript<Result>(again, storageCall('getContact', { ref: 'lesley-marsh-demo' }));
    expect(afterRestart.value.contact.displayName).toBe('Lesley Marsh');
    expect(afterRestart.value.latestNotes[0].text).toBe('Prefers email 📧');
  });

  it('keeps nothing in linkedin.com’s own storage', async () => {
    session = await launch();
    const page = await session.open('/feed/');
    await inContentScript(page, storageCall('addNote', { ref: 'someone-demo', text: 'secret note' }));
    const pageDatabases = await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
    const pageStorage = await page.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
    );
    expect(pageDatabases).toEqual([]);
    expect(pageStorage).not.toContain('secret note');
    // ...while the extension's own origin holds the database.
    const options = await session.extensionPage('options.html');
    const ownDatabases = await options.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
    expect(ownDatabases).toContain('boundaries');
  });

  it('answers malformed requests with errors and changes nothing', async () => {
    session = await launch();
    const page = await session.open('/feed/');
    await inContentScript(page, storageCall('addNote', { ref: 'kept-person', text: 'original' }));
    const bad = [
      `chrome.runtime.sendMessage({ boundaries: 1, type: 'wipeEverything', payload: {} })`,
      `chrome.runtime.sendMessage({ boundaries: 1, type: 'addNote', payload: { ref: '../kept-person', text: 'x' } })`,
      `chrome.runtime.sendMessage({ boundaries: 1, type: 'addNote', payload: { ref: 'kept-person', text: 'x'.repeat(5 * 1024 * 1024) } })`,
      `chrome.runtime.sendMessage({ boundaries: 1, type: 'saveContact', payload: { ref: 'kept-person', patch: { level: 'bestie' } } })`,
      `chrome.runtime.sendMessage('just a string')`,
    ];
    for (const expression of bad) {
      const result = await inContentScript<Result>(page, expression);
      expect(result.ok).toBe(false);
      expect(result.error?.message).toBeTruthy();
    }
    const after = await inContentScript<Result>(page, storageCall('listNotes', { ref: 'kept-person' }));
    expect(after.value.map((n: { text: string }) => n.text)).toEqual(['original']);
  });

  it('pages of linkedin.com cannot reach the extension', async () => {
    session = await launch();
    const page = await session.open('/feed/');
    const reachable = await page.evaluate(
      (id) =>
        typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage ===
          'function' && id.length > 0,
      session.extensionId,
    );
    expect(reachable).toBe(false);
  });
});

describe('live updates', () => {
  it('a change in an extension page reaches an open LinkedIn tab, and back (how fast is in npm run bench)', async () => {
    session = await launch();
    const linkedin = await session.open('/feed/');
    const options = await session.extensionPage('options.html');
    // The LinkedIn tab listens the way our content script does.
    await inContentScript(
      linkedin,
      `(globalThis.__changes = [], chrome.storage.onChanged.addListener((c) => c['boundaries:change'] && globalThis.__changes.push(Date.now())), true)`,
    );
    await options.evaluate(
      async (message) => {
        await chrome.runtime.sendMessage(message);
      },
      { boundaries: 1, type: 'saveContact', payload: { ref: 'live-person', patch: { level: 'personal' } } },
    );
    // It arrives (a loaded machine may take its time; the latency figure lives in npm run bench).
    await expect
      .poll(() => inContentScript<number[]>(linkedin, 'globalThis.__changes'), { timeout: 15_000 })
      .toHaveLength(1);
    const seen = await inContentScript<Result>(linkedin, storageCall('getContact', { ref: 'live-person' }));
    expect(seen.value.contact.level).toBe('personal');

    await options.evaluate(() => {
      (globalThis as unknown as { __changes: number[] }).__changes = [];
      chrome.storage.onChanged.addListener((c) => {
        if (c['boundaries:change']) (globalThis as unknown as { __changes: number[] }).__changes.push(Date.now());
      });
    });
    await inContentScript(linkedin, storageCall('saveContact', { ref: 'live-person', patch: { level: 'friendly' } }));
    await expect
      .poll(() => options.evaluate(() => (globalThis as unknown as { __changes: number[] }).__changes.length), {
        timeout: 15_000,
      })
      .toBe(1);
  });
});

describe('privacy', () => {
  it('the extension makes no network request of its own', async () => {
    session = await launch();
    const page = await session.open('/feed/');
    await inContentScript(page, storageCall('addNote', { ref: 'net-person', text: 'n' }));
    await session.extensionPage('popup.html');
    await session.extensionPage('options.html');
    await page.waitForTimeout(500);
    expect(session.foreignRequests).toEqual([]);
    // The recorder itself works: a page-made request to elsewhere is caught.
    await page.evaluate(() => fetch('https://example.com/probe').catch(() => {}));
    await expect.poll(() => session!.foreignRequests.length).toBe(1);
  });
});
