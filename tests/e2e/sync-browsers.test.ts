/**
 * Sync across browsers (issue 13 with issue 12): a Chromium profile and a Firefox profile, each turned on
 * from its manager's Sync section with the same passphrase, share contacts and notes through a real
 * WebDAV server (Apache httpd + mod_dav, started here), both ways.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { css, poll, role, type Driver, type Tab } from './driver';
import { ChromiumDriver } from './driver-chromium';
import { FirefoxDriver } from './driver-firefox';
import { grantSiteAccess } from './harness';
import { startDavServer, type DavServer } from './webdav-server';
import { panel } from './ui';

let dav: DavServer;
let chromium: ChromiumDriver;
let firefox: FirefoxDriver;

beforeAll(async () => {
  dav = await startDavServer();
  [chromium, firefox] = await Promise.all([ChromiumDriver.launch(), FirefoxDriver.launch()]);
  chromium.session.allowedHosts.add(new URL(dav.url).host);
  await grantSiteAccess(chromium.session, 'http://127.0.0.1/*');
  await firefox.grantOrigin('http://127.0.0.1/*');
});

afterAll(async () => {
  await Promise.all([chromium?.close(), firefox?.close()].map((p) => p?.catch(() => {})));
  await dav?.stop();
});

/** Turns sync on from the manager's Sync section, as a user does; returns the manager once "Last synced" shows. */
async function turnOn(driver: Driver, passphrase: string): Promise<Tab> {
  const manager = await driver.extensionPage('options.html', 'sync');
  const sync = manager.within(css('[data-boundaries="sync"]'));
  await sync.fill(role('textbox', 'Server'), dav.url);
  await sync.fill(role('textbox', 'User'), dav.user);
  await sync.fill({ label: 'Password' }, dav.password);
  await sync.fill({ label: 'Passphrase' }, passphrase);
  await sync.click(role('button', 'Turn on sync'));
  await poll(() => sync.text(css('[role="status"]')), 120_000).toContain('Last synced');
  return manager;
}

/** "Sync now" through the manager's channel; resolves with the run's status. */
async function syncNow(manager: Tab): Promise<{ state: string; message: string }> {
  const result = await manager.evaluate(() => {
    const api = globalThis as unknown as {
      browser?: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    };
    return (api.browser ?? api.chrome).runtime.sendMessage({ boundaries: 'sync', action: 'syncNow' }) as Promise<{
      ok: boolean;
      value: { status: { state: string; message: string } };
    }>;
  });
  expect(result.ok).toBe(true);
  return result.value.status;
}

async function noteTexts(driver: Driver, ref: string): Promise<string[]> {
  const result = await driver.call('listNotes', { ref });
  return (result.value as { text: string }[]).map((note) => note.text).sort();
}

it(
  'a contact and note written in Chromium reach Firefox (and its LinkedIn panel); a note written in Firefox reaches Chromium',
  { timeout: 300_000 },
  async () => {
    const LESLEY = 'lesley-marsh-demo';
    expect(
      (
        await chromium.call('saveContact', {
          ref: LESLEY,
          identity: { aliases: [], displayName: 'Lesley Marsh', headline: 'Head of Data' },
          patch: { level: 'friendly', tags: ['berlin'] },
        })
      ).ok,
    ).toBe(true);
    expect((await chromium.call('addNote', { ref: LESLEY, text: 'Written in Chromium: prefers email' })).ok).toBe(true);

    const inChromium = await turnOn(chromium, 'one passphrase for both');
    const inFirefox = await turnOn(firefox, 'one passphrase for both');
    const arrived = await firefox.call('getContact', { ref: LESLEY });
    expect(arrived.value.contact).toMatchObject({ displayName: 'Lesley Marsh', level: 'friendly', tags: ['berlin'] });
    expect(await noteTexts(firefox, LESLEY)).toEqual(['Written in Chromium: prefers email']);

    // Firefox's panel on her LinkedIn profile shows what was written in Chromium.
    firefox.serve(`/in/${LESLEY}/`, 'linkedin/profile-sdui-2026.html');
    const profile = await firefox.open(`/in/${LESLEY}/`);
    await poll(() => panel(profile).text(css('.boundaries-root'))).toContain('Written in Chromium: prefers email');

    expect((await firefox.call('addNote', { ref: LESLEY, text: 'Written in Firefox 🦊' })).ok).toBe(true);
    expect((await syncNow(inFirefox)).state).toBe('ok');
    expect((await syncNow(inChromium)).state).toBe('ok');
    expect(await noteTexts(chromium, LESLEY)).toEqual(['Written in Chromium: prefers email', 'Written in Firefox 🦊']);
    expect(await noteTexts(firefox, LESLEY)).toEqual(['Written in Chromium: prefers email', 'Written in Firefox 🦊']);

    // Only the sync server was contacted by the Chromium profile; the server holds no readable note.
    expect(chromium.foreignRequests).toEqual([]);
    for (const body of dav.files().values()) expect(body.toString('latin1')).not.toContain('Written in');
  },
);
