/**
 * The extension's own pages (toolbar popup, manager) and the privacy checks, written once against the
 * browser-neutral driver and run in Chromium and Firefox on the same data and assertions.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { css, poll, role, sleep, text, type Driver, type Tab } from './driver';
import { ROOT } from './harness';
import type { Moment } from './moments';
import { BADGE, panel } from './ui';

const LESLEY = '/in/lesley-marsh-demo/';
const RESULTS = css('[data-boundaries="popup-results"]');

const DEMO: [string, unknown][] = [
  [
    'saveContact',
    {
      ref: 'lesley-marsh-demo',
      identity: {
        aliases: ['urn:li:fsd_profile:ACoAADemoLesleyMarsh0000000000000000001'],
        displayName: 'Lesley Marsh',
        headline: 'Head of Data at Northwind',
      },
      patch: { level: 'professional', tags: ['data', 'berlin'], circle: 'Work', howWeMet: 'Berlin data meetup, 2024' },
    },
  ],
  ['addNote', { ref: 'lesley-marsh-demo', text: 'Met at the Berlin data meetup. Prefers email over DMs.' }],
  [
    'saveContact',
    {
      ref: 'jose-garcia-demo',
      identity: { aliases: [], displayName: 'José García', headline: 'Founder, Tapas Analytics' },
      patch: { level: 'personal', tags: ['friends'] },
    },
  ],
  ['addNote', { ref: 'jose-garcia-demo', text: 'Daughter starts school in September; ask how it went.' }],
  [
    'saveContact',
    {
      ref: 'priya-natarajan-demo',
      identity: { aliases: [], displayName: 'Priya Natarajan', headline: 'Engineering Manager at Contoso' },
      patch: { level: 'friendly', tags: ['hiring'] },
    },
  ],
  ['logEvent', { type: 'nudge', choice: 'edited', categories: ['food'] }],
  ['updateSettings', { patch: { sensitivity: 'high', workTopics: ['data engineering'] } }],
];

async function seedDemo(driver: Driver): Promise<void> {
  for (const [type, payload] of DEMO) {
    const result = await driver.call(type, payload);
    expect(result.ok, `${type}: ${result.error?.message}`).toBe(true);
  }
}

async function panelShows(tab: Tab, words: string): Promise<void> {
  await poll(() => panel(tab).text(css('.boundaries-root'))).toContain(words);
}

/** What an export leaves on disk: the manager's blob link, read as the download would save it. */
async function exported(manager: Tab): Promise<{ name: string; text: string }> {
  await manager.waitFor(css('[data-boundaries="download-link"]'));
  return manager.evaluate(async () => {
    const link = document.querySelector<HTMLAnchorElement>('[data-boundaries="download-link"]')!;
    return { name: link.download, text: await (await fetch(link.href)).text() };
  });
}

/**
 * The production extension for this browser, exactly as `npx wxt build` makes it (no BOUNDARIES_E2E).
 * `npm test` has just built both into `.output` and says so with BOUNDARIES_PROD_DIR, so they are reused;
 * otherwise (a single e2e file run by hand) it is built here, in a clean environment: vitest's own
 * variables (NODE_ENV=test, VITEST…) would change the build.
 */
export function productionBuild(browser: 'chromium' | 'firefox'): string {
  const folder = browser === 'firefox' ? 'firefox-mv2' : 'chrome-mv3';
  const built = process.env.BOUNDARIES_PROD_DIR;
  if (built && existsSync(join(ROOT, built, folder, 'manifest.json'))) return join(ROOT, built, folder);
  const out = `.output/prod-${browser}`;
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', BOUNDARIES_OUT: out };
  execSync(browser === 'firefox' ? 'npx wxt build -b firefox' : 'npx wxt build', { cwd: ROOT, stdio: 'ignore', env });
  const dir = join(ROOT, out, folder);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`The production build did not produce ${dir}`);
  return dir;
}

export const extensionMoments: Moment[] = [
  {
    name: 'popup: searches notes, edits a person in place, and an open LinkedIn profile shows it live',
    async run(driver) {
      await seedDemo(driver);
      driver.serve(LESLEY, 'linkedin/profile-sdui-2026.html');
      const linkedin = await driver.open(LESLEY);
      await panelShows(linkedin, 'Met at the Berlin data meetup');
      const popup = await driver.extensionPage('popup.html');
      await poll(() => popup.count(css('li[data-contact-id]', { within: RESULTS }))).toBe(3);
      await poll(() => popup.text(css('[data-boundaries="nudge-summary"]'))).toContain('Nudged 1 time');

      await popup.fill(role('searchbox', 'Search'), 'berlin meetup');
      await poll(() => popup.text(css('h2', { within: RESULTS }))).toBe('1 found');
      const row = popup.within(css('li[data-contact-id="lesley-marsh-demo"]', { within: RESULTS }));
      await row.click(role('button', 'Lesley Marsh'));
      await row.check(role('radio', 'Personal'));
      await row.fill(role('textbox', 'Add a note'), 'Moved to Lisbon in 2026 🎉');
      await popup.press('Control+Enter');
      await poll(() => row.text(css('.b-note__text'))).toBe('Moved to Lisbon in 2026 🎉');

      // The profile tab's panel follows, live.
      await panelShows(linkedin, 'Moved to Lisbon in 2026 🎉');
      await poll(() => panel(linkedin).checked(role('radio', 'Personal'))).toBe(true);
      const stored = await driver.call('getContact', { ref: 'lesley-marsh-demo' });
      expect(stored.value.contact.level).toBe('personal');
      expect(stored.value.latestNotes[0].text).toBe('Moved to Lisbon in 2026 🎉');
      expect(popup.errors).toEqual([]);
    },
  },
  {
    name: 'manager: search and edit a contact, export a backup, import it into a fresh install with identical data',
    async run(driver) {
      await seedDemo(driver);
      const manager = await driver.extensionPage('options.html');
      await poll(() => manager.count(css('[data-boundaries="contact-table"] [role="row"][data-contact-id]'))).toBe(3);
      await manager.fill(role('searchbox', 'Search'), 'Tapas');
      await poll(() => manager.count(css('[data-boundaries="contact-table"] [role="row"][data-contact-id]'))).toBe(1);
      await manager.click(role('button', 'José García'));
      const timeline = manager.within(css('[data-boundaries="manager-timeline"]'));
      await poll(() => timeline.text(css('h3'))).toBe('José García: all notes (1)');
      await timeline.check(role('radio', 'Friendly professional'));
      await poll(async () => (await driver.call('getContact', { ref: 'jose-garcia-demo' })).value.contact.level).toBe(
        'friendly',
      );

      await manager.click(role('button', 'Backup and import', { within: role('navigation') }));
      await manager.click(role('button', 'Export backup (JSON)'));
      const backup = await exported(manager);
      expect(backup.name).toMatch(/^boundaries-backup-\d{4}-\d{2}-\d{2}\.json$/);
      const original = JSON.parse(backup.text);
      expect(original.contacts).toHaveLength(3);
      const path = join(mkdtempSync(join(tmpdir(), 'boundaries-backup-')), backup.name);
      writeFileSync(path, backup.text);

      await driver.reset();
      const fresh = await driver.extensionPage('options.html');
      await fresh.click(role('button', 'Backup and import', { within: role('navigation') }));
      const importer = fresh.within(css('[data-boundaries="import-backup"]'));
      await importer.upload(css('input[type="file"]'), path);
      await poll(() => importer.text(css('[data-boundaries="import-preview"] strong'))).toBe(
        '3 new, 0 updated, 0 conflicts',
      );
      await importer.click(role('button', 'Import', { exact: true }));
      await poll(() => importer.text(role('status'))).toContain('Imported');

      const copy = (await driver.call('exportBackup', {})).value as typeof original;
      // Rows compared as data: the same fields and values, whatever order a browser's IndexedDB keeps keys in.
      const canonical = (value: unknown): unknown =>
        Array.isArray(value)
          ? value.map(canonical)
          : value && typeof value === 'object'
            ? Object.fromEntries(
                Object.entries(value)
                  .sort(([a], [b]) => (a < b ? -1 : 1))
                  .map(([k, v]) => [k, canonical(v)]),
              )
            : value;
      const sorted = (rows: unknown[]) => rows.map((row) => JSON.stringify(canonical(row))).sort();
      for (const store of ['contacts', 'notes', 'events'])
        expect(sorted(copy[store]), store).toEqual(sorted(original[store]));
      // Settings come back as they were; only the time of the last backup moves (this read is itself an export).
      expect({ ...copy.settings, lastBackupAt: 0 }).toEqual({ ...original.settings, lastBackupAt: 0 });
      expect(copy.settings.sensitivity).toBe('high');
      expect(fresh.errors).toEqual([]);
    },
  },
  {
    name: 'privacy: no request of our own, nothing in linkedin.com’s storage or DOM, data only in the extension’s origin',
    async run(driver) {
      driver.serve(LESLEY, 'linkedin/profile-sdui-2026.html');
      driver.serve('/feed/', 'linkedin/feed-2026.html');
      const profile = await driver.open(LESLEY);
      await panelShows(profile, 'Lesley Marsh');
      await panel(profile).fill(role('textbox', 'Add a note'), 'secret words');
      await profile.press('Control+Enter');
      await panel(profile).waitFor(text('secret words'));
      const feed = await driver.open('/feed/');
      await feed.waitFor(BADGE);
      await driver.extensionPage('popup.html');
      const options = await driver.extensionPage('options.html');
      await sleep(500);
      expect(driver.foreignRequests).toEqual([]);

      for (const tab of [profile, feed]) {
        const page = await tab.evaluate(async () => ({
          databases: (await indexedDB.databases()).map((db) => db.name),
          storage: JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
          html: document.documentElement.outerHTML,
        }));
        expect(page.databases).toEqual([]);
        expect(page.storage).not.toContain('secret words');
        expect(page.html).not.toMatch(/(chrome|moz)-extension:\/\//);
      }
      // ...while the extension's own origin holds the database.
      expect(await options.evaluate(async () => (await indexedDB.databases()).map((db) => db.name))).toContain(
        'boundaries',
      );
      // Nor did the extension's own pages or background request anything...
      expect(await driver.extensionRequests()).toEqual([]);
      // ...and both recorders work: a page-made and an extension-made request to elsewhere are caught.
      await feed.evaluate(() => fetch('https://example.com/probe').catch(() => {}));
      await poll(() => driver.foreignRequests.length).toBe(1);
      await options.evaluate(() => fetch('https://example.com/extension-probe').catch(() => {}));
      await poll(
        async () => (await driver.extensionRequests()).filter((r) => r.includes('extension-probe')).length,
      ).toBe(1);
    },
  },
  {
    name: 'privacy: the production build uses closed shadow roots and puts no note or extension URL into the page',
    // Outside `npm test` this moment builds the production extension first.
    timeout: 240_000,
    async run(driver) {
      const build = productionBuild(driver.browser);
      expect(readFileSync(join(build, 'content-scripts/linkedin.js'), 'utf8')).not.toMatch(
        /(chrome|moz)-extension:\/\//,
      );
      await driver.reset({ extensionPath: build });
      driver.serve(LESLEY, 'linkedin/profile-sdui-2026.html');
      driver.serve('/feed/', 'linkedin/feed-2026.html');
      await driver.call('saveContact', { ref: 'lesley-marsh-demo', patch: { level: 'professional' } });
      await driver.call('addNote', { ref: 'lesley-marsh-demo', text: 'secret words' });
      // Production hosts carry no mark of ours (issue 15): the panel is the bare <span> right after the top
      // card, a badge the bare <span> right after Lesley's name link.
      const PANEL_HOST = 'section[componentkey$="Topcard"] + span:not([class]):not([data-boundaries])';
      const BADGE_HOST = 'a[href*="/in/lesley-marsh-demo"] + span:not([class]):not([data-boundaries])';
      const profile = await driver.open(LESLEY);
      await profile.waitFor(css(PANEL_HOST));
      const feed = await driver.open('/feed/');
      await feed.waitFor(css(BADGE_HOST));
      for (const [tab, host] of [
        [profile, PANEL_HOST],
        [feed, BADGE_HOST],
      ] as const) {
        const seen = await tab.evaluate((selector) => {
          const el = document.querySelector(selector)!;
          return {
            closed: el.shadowRoot === null,
            attributes: el.getAttributeNames(),
            html: document.documentElement.outerHTML,
            text: document.body.innerText,
          };
        }, host);
        expect(seen.closed).toBe(true);
        expect(seen.attributes).toEqual([]);
        expect(seen.html).not.toMatch(/data-boundaries|boundaries-ui/);
        expect(seen.html).not.toContain('secret words');
        expect(seen.text).not.toContain('secret words');
        expect(seen.html).not.toMatch(/(chrome|moz)-extension:\/\//);
      }
      expect(driver.foreignRequests).toEqual([]);
    },
  },
];
