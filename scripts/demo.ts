/**
 * `npm run demo`: builds Boundaries and opens Chromium with it loaded on bundled LinkedIn-like pages,
 * served at real https://www.linkedin.com/... URLs by request interception (no network, no account).
 * With a display, the browser stays open until you close it. Without one (or with DEMO_HEADLESS=1), it
 * writes a screenshot of each demo page to demo-screenshots/ and exits.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, inContentScript, launch, storageCall } from '../tests/e2e/harness';

const OUT = join(ROOT, 'demo-screenshots');
const LESLEY_ID = 'ACoAADemoLesleyMarsh0000000000000000001';

interface DemoPage {
  name: string;
  path: string;
  fixture: string;
  /** Our element to scroll into view for the screenshot. */
  focus: string;
  /** Optional steps that show a feature in action; a failure here is reported, not fatal. */
  act?: (page: Page) => Promise<void>;
}

const pages: DemoPage[] = [
  {
    name: '1-profile-panel',
    path: '/in/lesley-marsh-demo/',
    fixture: 'linkedin/profile-sdui-2026.html',
    focus: '[data-boundaries="profile-panel"]',
  },
  {
    name: '2-feed-badges',
    path: '/feed/',
    fixture: 'linkedin/feed-2026.html',
    focus: '[data-boundaries="contact-badge"]',
  },
  {
    name: '3-messaging-drift-check',
    path: '/messaging/thread/2-N2U1N2YxYTctMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAxXzEwMA==/',
    fixture: 'linkedin/messaging-thread-2026.html',
    focus: '[data-boundaries="composer-badge"]',
    act: async (page) => {
      const box = page.locator('[contenteditable="true"][role="textbox"]').first();
      await box.click();
      await page.keyboard.type('Hi Lesley, great weekend? We had a wild party, still hungover 🍻');
      await page.waitForTimeout(300);
    },
  },
  {
    name: '4-post-nudge',
    path: '/feed/share/',
    fixture: 'linkedin/feed-sharebox-2026-photo.html',
    focus: '[data-boundaries="post-nudge"], [data-boundaries="post-hint"]',
    act: async (page) => {
      const editor = page.locator('[data-test-modal-id="sharebox"] .ql-editor[contenteditable="true"]').first();
      await editor.click();
      await editor.pressSequentially('Best breakfast ever 🧁 #weekendvibes');
      await page.locator('[data-test-modal-id="sharebox"] button.share-actions__primary-action').first().click();
      await page.waitForTimeout(300);
    },
  },
];

async function main() {
  const headless = process.env.DEMO_HEADLESS === '1' || !process.env.DISPLAY;
  console.log('Building Boundaries…');
  execSync('npx wxt build', { cwd: ROOT, stdio: 'inherit' });
  const session = await launch({ extensionPath: join(ROOT, '.output/chrome-mv3'), headless });
  let failures = 0;
  try {
    const first = await session.open('/feed/');
    // Demo data: what a user would have saved on earlier visits.
    await inContentScript(
      first,
      storageCall('addNote', {
        ref: 'lesley-marsh-demo',
        text: 'Met at the Berlin fintech meetup. Prefers email; keep it strictly professional.',
        identity: {
          aliases: [`urn:li:fsd_profile:${LESLEY_ID}`],
          displayName: 'Lesley Marsh',
          headline: 'Head of Payments, Northwind Analytics',
        },
      }),
    );
    await inContentScript(
      first,
      storageCall('saveContact', {
        ref: 'lesley-marsh-demo',
        patch: { level: 'professional', tags: ['fintech', 'Berlin'] },
      }),
    );
    await inContentScript(
      first,
      storageCall('saveContact', {
        ref: 'daniel-okafor-demo',
        patch: { level: 'personal', displayName: 'Daniel Okafor' },
      }),
    );
    await inContentScript(
      first,
      storageCall('addNote', {
        ref: 'daniel-okafor-demo',
        text: 'Old friend from university — loves hearing about the kids.',
      }),
    );
    await inContentScript(
      first,
      storageCall('saveContact', { ref: 'priya-raman-demo', patch: { level: 'friendly', displayName: 'Priya Raman' } }),
    );
    await first.close();

    mkdirSync(OUT, { recursive: true });
    for (const demo of pages) session.serve(demo.path, demo.fixture);
    session.serve('/preload/', { html: '<!doctype html><title>preload</title>' });
    for (const demo of pages) {
      const page = await session.open(demo.path);
      page.setDefaultTimeout(5000);
      await page.waitForTimeout(800);
      if (demo.act) {
        try {
          await demo.act(page);
        } catch (error) {
          failures++;
          console.warn(`  ${demo.name}: demo step failed (${String(error).split('\n')[0]})`);
        }
      }
      await page
        .locator(demo.focus)
        .first()
        .evaluate((element) => element.scrollIntoView({ block: 'center' }))
        .catch(() => console.warn(`  ${demo.name}: ${demo.focus} not found`));
      if (headless) {
        const file = join(OUT, `${demo.name}.png`);
        await page.screenshot({ path: file });
        console.log(`  ${demo.name}: ${file}`);
        await page.close();
      }
    }
    if (headless) {
      const popup = await session.extensionPage('popup.html');
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.waitForTimeout(500);
      await popup.screenshot({ path: join(OUT, '5-popup.png') });
      const manager = await session.extensionPage('options.html');
      await manager.waitForTimeout(500);
      await manager.screenshot({ path: join(OUT, '6-manager.png') });
      console.log(`Screenshots written to ${OUT}${failures ? ` (${failures} demo step(s) failed)` : ''}`);
    } else {
      console.log('Chromium is open with Boundaries on the demo pages. Close the browser window to finish.');
      await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
    }
  } finally {
    await session.close().catch(() => {});
  }
}

await main();
