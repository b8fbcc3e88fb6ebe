/**
 * Sync (issue 13) end to end: a real WebDAV server (Apache httpd + mod_dav, started here) and three
 * Chromium profiles with the built extension, each turned on from the manager's Sync section.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { grantSiteAccess, launch, type Session } from './harness';
import { startDavServer, type DavServer } from './webdav-server';

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  permissions: {
    getAll(): Promise<{ origins?: string[] }>;
    contains(p: { origins: string[] }): Promise<boolean>;
    remove(p: { origins: string[] }): Promise<boolean>;
    request(p: { origins: string[] }): Promise<boolean>;
  };
  alarms: { get(name: string): Promise<{ periodInMinutes?: number } | undefined> };
};
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- results are checked field by field
type Result = { ok: boolean; value?: any; error?: { code: string; message: string } };

let dav: DavServer;
let profiles: { session: Session; manager: Page }[] = [];
/** Host access each profile held as installed, before anything was granted. */
let originsAtInstall: string[][] = [];
const SERVER_ORIGIN = 'http://127.0.0.1/*';

beforeAll(async () => {
  dav = await startDavServer();
  const sessions = await Promise.all([0, 1, 2].map(() => launch()));
  profiles = [];
  originsAtInstall = [];
  for (const session of sessions) {
    session.allowedHosts.add(new URL(dav.url).host);
    const fresh = await session.extensionPage('options.html');
    originsAtInstall.push((await fresh.evaluate(() => chrome.permissions.getAll())).origins ?? []);
    await fresh.close();
    // Headless Chromium cannot show the permission prompt "Turn on sync" raises: grant the site the way a
    // user does on chrome://extensions, so the extension's own request is answered without a prompt.
    await grantSiteAccess(session, SERVER_ORIGIN);
    const manager = await session.extensionPage('options.html');
    await manager.evaluate(() => {
      location.hash = 'sync';
    });
    profiles.push({ session, manager });
  }
});

afterAll(async () => {
  await Promise.all(profiles.map(({ session }) => session.close()));
  await dav?.stop();
});

async function call(page: Page, type: string, payload: unknown): Promise<Result> {
  return page.evaluate((message) => chrome.runtime.sendMessage(message) as Promise<Result>, {
    boundaries: 1,
    type,
    payload,
  });
}

async function value(page: Page, type: string, payload: unknown) {
  const result = await call(page, type, payload);
  if (!result.ok) throw new Error(`${type}: ${result.error?.message}`);
  return result.value;
}

/** "Sync now" from the manager, waiting for the run to finish; returns the status line. */
async function syncNow(page: Page): Promise<string> {
  const region = page.getByRole('region', { name: 'Sync' });
  await region.getByRole('button', { name: 'Sync now' }).click();
  await expect.poll(() => region.getByRole('button', { name: 'Sync now' }).isEnabled(), { timeout: 60_000 }).toBe(true);
  // The click's run is done once the status is no longer "Syncing…".
  await expect.poll(() => region.getByRole('status').innerText(), { timeout: 60_000 }).not.toContain('Syncing');
  return region.getByRole('status').innerText();
}

/** Records the host access the page asks the browser for (and still asks for it). */
async function recordPermissionRequests(page: Page): Promise<void> {
  await page.evaluate(() => {
    const state = globalThis as unknown as {
      __requested: string[][];
      __request?: typeof chrome.permissions.request;
    };
    state.__requested = [];
    if (state.__request) return;
    const request = (state.__request = chrome.permissions.request.bind(chrome.permissions));
    chrome.permissions.request = (p) => {
      state.__requested.push(p.origins);
      return request(p);
    };
  });
}

function permissionRequests(page: Page): Promise<string[][]> {
  return page.evaluate(() => (globalThis as unknown as { __requested: string[][] }).__requested);
}

async function turnOn(page: Page, passphrase: string): Promise<void> {
  const region = page.getByRole('region', { name: 'Sync' });
  await region.getByRole('textbox', { name: 'Server' }).fill(dav.url);
  await region.getByRole('textbox', { name: 'User' }).fill(dav.user);
  await region.getByLabel('Password').fill(dav.password);
  await region.getByLabel('Passphrase').fill(passphrase);
  await recordPermissionRequests(page);
  await region.getByRole('button', { name: 'Turn on sync' }).click();
  // Host access to this one server is asked for in the click, and nothing else.
  await expect.poll(() => permissionRequests(page)).toEqual([[SERVER_ORIGIN]]);
}

async function noteTexts(page: Page, ref: string): Promise<string[]> {
  return ((await value(page, 'listNotes', { ref })) as { text: string }[]).map((n) => n.text).sort();
}

const SECRETS = {
  slug: 'lesley-marsh-demo',
  name: 'Lesley Marsh',
  tag: 'tempelhof-runners',
  circle: 'Berlin data guild',
  note: 'Prefers email over DMs; allergic to cashews',
};

// Each test syncs three browser profiles several times: on a loaded two-core machine that takes minutes, not seconds.
describe('sync through a real WebDAV server, three profiles', { timeout: 300_000 }, () => {
  it('turning sync on shares one profile’s contacts and notes with the others; a wrong passphrase changes nothing', async () => {
    const [a, b, c] = profiles as [(typeof profiles)[0], (typeof profiles)[0], (typeof profiles)[0]];
    await value(a.manager, 'saveContact', {
      ref: SECRETS.slug,
      identity: { aliases: [], displayName: SECRETS.name, headline: 'Head of Data' },
      patch: { level: 'professional', tags: [SECRETS.tag], circle: SECRETS.circle },
    });
    await value(a.manager, 'addNote', { ref: SECRETS.slug, text: SECRETS.note });

    // Before sync is on, nothing went to the server, and no profile held access to any site but LinkedIn.
    expect([...dav.files().keys()]).toEqual([]);
    for (const origins of originsAtInstall) expect(origins).toEqual(['https://www.linkedin.com/*']);
    await turnOn(a.manager, 'correct passphrase 1');
    const regionA = a.manager.getByRole('region', { name: 'Sync' });
    await expect.poll(() => regionA.getByRole('status').innerText(), { timeout: 60_000 }).toContain('Last synced');

    // C tries a wrong passphrase first: a clear message, sync stays off, C's own data untouched.
    await value(c.manager, 'addNote', { ref: 'c-only-contact', text: 'written on C before sync' });
    await turnOn(c.manager, 'not the passphrase');
    const regionC = c.manager.getByRole('region', { name: 'Sync' });
    await expect.poll(() => regionC.getByRole('status').innerText(), { timeout: 60_000 }).toContain('Wrong passphrase');
    await expect(regionC.getByRole('button', { name: 'Turn on sync' }).isVisible()).resolves.toBe(true);
    expect(await value(c.manager, 'getContact', { ref: SECRETS.slug })).toBeNull();

    await turnOn(b.manager, 'correct passphrase 1');
    await turnOn(c.manager, 'correct passphrase 1');
    for (const { manager } of [b, c]) {
      const region = manager.getByRole('region', { name: 'Sync' });
      await expect.poll(() => region.getByRole('status').innerText(), { timeout: 60_000 }).toContain('Last synced');
      const view = await value(manager, 'getContact', { ref: SECRETS.slug });
      expect(view.contact).toMatchObject({
        displayName: SECRETS.name,
        level: 'professional',
        tags: [SECRETS.tag],
        circle: SECRETS.circle,
      });
      expect(await noteTexts(manager, SECRETS.slug)).toEqual([SECRETS.note]);
    }
    // C's own note reaches A.
    await syncNow(a.manager);
    expect(await noteTexts(a.manager, 'c-only-contact')).toEqual(['written on C before sync']);
    // The only requests any profile made went to the sync server.
    for (const { session } of profiles) expect(session.foreignRequests).toEqual([]);
  });

  it('edits made while one profile is offline converge; two edits of one note keep both versions', async () => {
    const [a, b, c] = profiles as [(typeof profiles)[0], (typeof profiles)[0], (typeof profiles)[0]];
    const host = new URL(dav.url).host;
    const [note] = (await value(a.manager, 'listNotes', { ref: SECRETS.slug })) as { id: string }[];

    c.session.allowedHosts.delete(host); // C goes offline
    await value(a.manager, 'updateNote', { id: note!.id, text: 'Edited on A: prefers calls now' });
    await syncNow(a.manager);
    await value(c.manager, 'updateNote', { id: note!.id, text: 'Edited on C: moved to Lisbon' });
    await value(c.manager, 'saveContact', { ref: SECRETS.slug, patch: { level: 'friendly' } });
    const offline = await syncNow(c.manager);
    expect(offline).toMatch(/Could not reach the server/);
    expect(offline).toContain('Nothing on this device was lost');
    expect(await noteTexts(c.manager, SECRETS.slug)).toEqual(['Edited on C: moved to Lisbon']);
    await value(b.manager, 'addNote', { ref: SECRETS.slug, text: 'Added on B' });
    await syncNow(b.manager);

    c.session.allowedHosts.add(host); // back online
    for (const profile of [c, a, b]) expect(await syncNow(profile.manager)).toContain('Last synced');
    const expected = [
      'Added on B',
      'Edited on C: moved to Lisbon',
      '[Conflict copy] Edited on A: prefers calls now',
    ].sort();
    for (const { manager } of profiles) {
      expect(await noteTexts(manager, SECRETS.slug)).toEqual(expected);
      expect((await value(manager, 'getContact', { ref: SECRETS.slug })).contact.level).toBe('friendly');
    }
  });

  it('the server holds no names, slugs, note texts or tags, and no readable file names', async () => {
    const files = dav.files();
    expect(files.size).toBeGreaterThan(3);
    const needles = [
      SECRETS.slug,
      SECRETS.name,
      SECRETS.tag,
      SECRETS.circle,
      SECRETS.note,
      'Added on B',
      'Lisbon',
      'prefers calls',
      'c-only-contact',
      'professional',
      'friendly',
    ];
    for (const [path, bytes] of files) {
      for (const needle of needles) {
        expect(path.toLowerCase()).not.toContain(needle.toLowerCase());
        expect(bytes.includes(Buffer.from(needle)), `${path} contains ${needle}`).toBe(false);
      }
      // Apart from the key file, every name is random hex.
      if (!path.endsWith('boundaries-key.json')) expect(path).toMatch(/^sync\/[0-9a-f]+\/[0-9a-f]+\/[0-9a-f]+$/);
    }
  });

  it('a change syncs on its own; the 5-minute alarm; forget and re-enter the passphrase; turn off keeps local data', async () => {
    const [a, b, c] = profiles as [(typeof profiles)[0], (typeof profiles)[0], (typeof profiles)[0]];
    // (C's attempts while it was offline in the test before are on its list already.)
    const foreignBefore = profiles.map(({ session }) => session.foreignRequests.length);
    for (const { manager } of profiles)
      expect(await manager.evaluate(() => chrome.alarms.get('boundaries-sync'))).toMatchObject({ periodInMinutes: 5 });

    // A note written on A goes up a few seconds later without "Sync now" there.
    await value(a.manager, 'addNote', { ref: SECRETS.slug, text: 'Synced on its own from A' });
    await expect
      .poll(
        async () => {
          await syncNow(b.manager);
          return noteTexts(b.manager, SECRETS.slug);
        },
        { timeout: 120_000, interval: 1_000 },
      )
      .toContain('Synced on its own from A');

    // C forgets the passphrase: it stops syncing until the passphrase is entered again; nothing is lost.
    const regionC = c.manager.getByRole('region', { name: 'Sync' });
    await regionC.getByRole('button', { name: 'Forget this passphrase on this device' }).click();
    await expect.poll(() => regionC.getByRole('status').innerText()).toContain('passphrase is forgotten');
    await expect.poll(() => regionC.getByRole('button', { name: 'Sync now' }).isDisabled()).toBe(true);
    await value(c.manager, 'addNote', { ref: SECRETS.slug, text: 'Written on C while locked' });
    await regionC.getByLabel('Passphrase').fill('correct passphrase 1');
    await recordPermissionRequests(c.manager);
    await regionC.getByRole('button', { name: 'Unlock sync' }).click();
    // The status's first line is the latest result (a second line keeps showing the last success meanwhile).
    await expect
      .poll(() => regionC.getByRole('status').locator('p').first().innerText(), { timeout: 60_000 })
      .toMatch(/^Last synced/);
    expect(await permissionRequests(c.manager)).toEqual([[SERVER_ORIGIN]]);
    expect(await syncNow(a.manager)).toContain('Last synced');
    expect(await noteTexts(a.manager, SECRETS.slug)).toContain('Written on C while locked');

    // B's access to the server is taken back in the browser's settings: Sync now says so, in words.
    await b.manager.evaluate((origin) => chrome.permissions.remove({ origins: [origin] }), SERVER_ORIGIN);
    expect(await syncNow(b.manager)).toContain('access was taken back in the browser’s extension settings');

    // B turns sync off: its data stays, the alarm is gone, and the server's access is handed back.
    const before = await noteTexts(b.manager, SECRETS.slug);
    const regionB = b.manager.getByRole('region', { name: 'Sync' });
    await regionB.getByRole('button', { name: 'Turn off sync' }).click();
    await expect
      .poll(() => regionB.getByRole('status').innerText())
      .toContain('Sync is off. Your notes stay on this device');
    await expect.poll(() => regionB.getByRole('button', { name: 'Turn on sync' }).isVisible()).toBe(true);
    expect(await noteTexts(b.manager, SECRETS.slug)).toEqual(before);
    expect(await b.manager.evaluate(() => chrome.alarms.get('boundaries-sync'))).toBeUndefined();
    await expect
      .poll(() => b.manager.evaluate((origin) => chrome.permissions.contains({ origins: [origin] }), SERVER_ORIGIN))
      .toBe(false);
    for (const [i, { session }] of profiles.entries())
      expect(session.foreignRequests.slice(foreignBefore[i])).toEqual([]);
  });
});
