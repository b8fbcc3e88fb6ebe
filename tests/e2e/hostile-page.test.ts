/**
 * A hostile LinkedIn page (issue 15), against the PRODUCTION build (`npx wxt build`: closed shadow roots,
 * no `data-boundaries` marks). An init script plays LinkedIn's worst: before our content script starts it
 * pre-defines custom element names whose constructors call attachInternals(), patches attachShadow,
 * customElements.define, addEventListener, HTMLIFrameElement and postMessage, listens in the capture phase
 * for every key, input, composition, clipboard and focus event, records every node added to the page, and
 * keeps WXT's "content script started" broadcast to replay it. Each test then attacks (window.find and
 * selection extend, badge enumeration, forged events and messages, removing, moving and navigating our
 * frames) and asserts that no note text, tag, how-we-met, level or typed character reaches the page, and
 * that Boundaries keeps working afterwards. On the messaging page and the share box the same attacks run
 * against the drift hint, the send check, the post hint and the post nudge: the level and the reasons we
 * give exist only in our frames, keys pressed in our questions never reach the page, and Send / Post go
 * through exactly once.
 *
 * The test itself (not the page) reaches our frames through the browser's frame tree, as a user's eyes
 * and keyboard would.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, storageCall, inContentScript, type Session } from './harness';
import {
  buildProduction,
  DRAFTS,
  expectNothingLeaked,
  forgeStartAndFlood,
  HOSTILE,
  SECRETS,
  TYPED,
  WORDS,
} from './hostile';

const LESLEY = '/in/lesley-marsh-demo/';
const THREAD = '/messaging/thread/2-N2U1N2YxYTctMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAxXzEwMA==/';

async function sentCount(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.querySelector('#fixture-sent')?.getAttribute('data-count') ?? 0));
}
async function postedCount(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.querySelector('#fixture-posted')?.getAttribute('data-count') ?? 0));
}

let session: Session;

async function open(path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.addInitScript(HOSTILE);
  await page.goto(`https://www.linkedin.com${path}`);
  return page;
}

/** Our extension-origin frames on the page (the test sees the browser's frame tree; the page can't). */
function ourFrames(page: Page): Frame[] {
  return page
    .frames()
    .filter((frame) => frame.url().startsWith('chrome-extension://') && frame.url().includes('/frame.html'));
}

async function frameOf(
  page: Page,
  kind: 'panel' | 'composer' | 'tip' | 'hint' | 'send-check' | 'nudge' | 'post-hint',
): Promise<Frame> {
  await expect
    .poll(() => ourFrames(page).filter((f) => f.url().includes(`?${kind}`)).length, { timeout: 20_000 })
    .toBeGreaterThan(0);
  return ourFrames(page).find((f) => f.url().includes(`?${kind}`))!;
}

async function seedLesley(page: Page): Promise<void> {
  await inContentScript(
    page,
    storageCall('saveContact', {
      ref: 'lesley-marsh-demo',
      identity: { aliases: ['ACoAADemoLesleyMarsh0000000000000000001'], displayName: 'Lesley Marsh' },
      patch: { level: 'professional', tags: [SECRETS.tag], howWeMet: SECRETS.met },
    }),
  );
  await inContentScript(page, storageCall('addNote', { ref: 'lesley-marsh-demo', text: SECRETS.note }));
}

/** Types a note into the profile panel's frame as a user does (click, keys, Ctrl+Enter) and proves it saved. */
async function jotInPanel(page: Page, text: string): Promise<void> {
  // After an attack the frame may be replaced by a fresh one while we look: then use the fresh one.
  for (let attempt = 0; ; attempt++) {
    try {
      const frame = await frameOf(page, 'panel');
      await frame.getByRole('textbox', { name: 'Add a note' }).click({ timeout: 10_000 });
      await page.keyboard.type(text);
      await page.keyboard.press('Control+Enter');
      // Saved: it shows in the notes list (the note box may still hold the text for a moment).
      await frame.getByRole('list', { name: 'Notes' }).getByText(text).waitFor({ timeout: 15_000 });
      return;
    } catch (error) {
      // An out-of-process frame that went away mid-click reports its own target closed, not "detached".
      const frameGone = /detached|Target page, context or browser has been closed/i.test(String(error));
      if (attempt >= 2 || page.isClosed() || !frameGone) throw error;
      await page.waitForTimeout(500);
    }
  }
}

let PROD = '';
beforeAll(() => {
  PROD = buildProduction('chrome');
}, 180_000);

describe('a hostile page (production build)', () => {
  beforeAll(async () => {
    session = await launch({ extensionPath: PROD });
    session.serve(LESLEY, 'linkedin/profile-sdui-2026.html');
    session.serve('/feed/', 'linkedin/feed-2026.html');
    session.serve('/messaging/', 'linkedin/messaging-overlay-2026.html');
    session.serve(THREAD, 'linkedin/messaging-thread-2026.html');
    session.serve('/share/', 'linkedin/feed-sharebox-2026.html');
  }, 120_000);
  afterAll(async () => session?.close());

  it('profile: find + extend, selection, pre-defined elements + attachInternals, patched prototypes and key listeners get nothing; the note is still jotted', async () => {
    const page = await open(LESLEY);
    await seedLesley(page);
    const panel = await frameOf(page, 'panel');
    await panel.getByText(SECRETS.note).waitFor({ timeout: 15_000 });
    await panel.getByText(SECRETS.tag).waitFor();
    await expect.poll(() => panel.getByRole('textbox', { name: 'How we met' }).inputValue()).toBe(SECRETS.met);
    // The user types a note (keys, in the frame) and selects a note's text: the page sees neither.
    await jotInPanel(page, TYPED);
    await panel.getByText(SECRETS.note).click({ clickCount: 3 });
    expect(await panel.evaluate(() => getSelection()?.toString() ?? '')).toContain(SECRETS.note); // the user's selection is real
    await expectNothingLeaked((e) => page.evaluate(e));
    // attachInternals handed the page nothing: our host is a plain span, never one of its elements.
    expect(
      await page.evaluate(
        () =>
          (window as unknown as { __internals: { shadowRoot: unknown }[] }).__internals.filter((i) => i.shadowRoot)
            .length,
      ),
    ).toBe(0);
    const stored = (
      await inContentScript<{ value: { text: string }[] }>(page, storageCall('listNotes', { ref: 'lesley-marsh-demo' }))
    ).value;
    expect(stored.map((n) => n.text)).toContain(TYPED);
  });

  it('profile: forged WXT start events, forged and flooded messages, a removed, moved or navigated frame: Boundaries keeps working and private', async () => {
    const page = await open(LESLEY);
    await frameOf(page, 'panel');
    // Replays WXT's broadcast (as a document event, as issue 15 did) and floods every frame with forgeries.
    const replayed = await page.evaluate<number>(forgeStartAndFlood(2000));
    expect(replayed).toBeGreaterThan(0);
    await page.waitForTimeout(1000);
    await jotInPanel(page, 'still here after forged events');

    /** What follows the top card: our panel's host (a bare span) once it is in place. */
    const afterTopCard = () =>
      page.evaluate(() => document.querySelector('section[componentkey$="Topcard"]')?.nextElementSibling?.localName);
    // The page removes our panel: it comes back (a fresh frame) and works.
    await page.evaluate(() => document.querySelector('section[componentkey$="Topcard"]')?.nextElementSibling?.remove());
    await expect.poll(afterTopCard, { timeout: 15_000 }).toBe('span');
    await jotInPanel(page, 'back after removal');
    // The page moves it to the end of the body: it goes back after the top card.
    await page.evaluate(() => {
      const host = document.querySelector('section[componentkey$="Topcard"]')!.nextElementSibling!;
      document.body.append(host);
    });
    await expect.poll(afterTopCard, { timeout: 15_000 }).toBe('span');
    // The page navigates our frame elsewhere: it is replaced by a fresh one of ours.
    await page.evaluate(() => {
      for (let i = 0; i < window.frames.length; i++)
        try {
          if (window.frames[i]!.length === 0)
            (window.frames[i] as Window).location.href = 'https://www.linkedin.com/fake/';
        } catch {
          /* ignore */
        }
    });
    await page.waitForTimeout(1500);
    await jotInPanel(page, 'works after navigation');
    await expectNothingLeaked(
      (e) => page.evaluate(e),
      ['still here after forged events', 'back after removal', 'works after navigation'],
    );
  });

  it('feed: badges have one size whatever the level, say no level, and the tooltip frame leaks nothing', async () => {
    const page = await open('/feed/');
    await seedLesley(page);
    await inContentScript(
      page,
      storageCall('saveContact', { ref: 'jos%C3%A9-garc%C3%ADa-demo', patch: { level: 'friendly' } }),
    );
    await inContentScript(page, storageCall('saveContact', { ref: 'priya-raman-demo', patch: { level: 'personal' } }));
    // The page enumerates: bare spans right after person links are our badges; it measures them.
    const measure = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('a[href*="/in/"]')]
          .map((a) => a.nextElementSibling)
          .filter((el): el is HTMLElement => el?.localName === 'span' && el.getAttributeNames().length === 0)
          .map((el) => ({
            w: el.getBoundingClientRect().width,
            h: el.getBoundingClientRect().height,
            text: el.textContent,
            open: el.shadowRoot !== null,
          })),
      );
    await expect.poll(async () => (await measure()).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
    const badges = await measure();
    expect(new Set(badges.map((b) => `${b.w}x${b.h}`)).size).toBe(1);
    expect(badges.every((b) => b.text === '' && !b.open)).toBe(true);
    // The user hovers Lesley's badge: the tooltip (in its frame) shows the note; the page learns nothing.
    const lesleyBadge = page.locator('a[href*="/in/lesley-marsh-demo"] + span').first();
    await lesleyBadge.hover();
    const tip = await frameOf(page, 'tip');
    await tip.getByText(SECRETS.note).waitFor({ timeout: 15_000 });
    await expectNothingLeaked((e) => page.evaluate(e));
  });

  it('messaging: the composer badge shows level and note in its frame; a note typed there never reaches the page', async () => {
    const page = await open(THREAD);
    await seedLesley(page);
    const badge = await frameOf(page, 'composer');
    await badge.getByText(SECRETS.note).waitFor({ timeout: 15_000 });
    await badge.getByRole('button', { name: 'Add note' }).click();
    await badge.getByRole('textbox', { name: 'Add a note' }).click();
    await page.keyboard.type(TYPED);
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(
        async () =>
          (
            (
              await inContentScript<{ value: { text: string }[] }>(
                page,
                storageCall('listNotes', { ref: 'lesley-marsh-demo' }),
              )
            ).value ?? []
          ).map((n) => n.text),
        { timeout: 15_000 },
      )
      .toContain(TYPED);
    await expectNothingLeaked((e) => page.evaluate(e));
  });

  it('share box and overlay: nothing stored shows up in the page', async () => {
    const page = await open('/share/');
    await seedLesley(page);
    await page.waitForTimeout(1500);
    await expectNothingLeaked((e) => page.evaluate(e));
    const overlay = await open('/messaging/');
    await frameOf(overlay, 'composer');
    await expectNothingLeaked((e) => overlay.evaluate(e));
  });

  it('messaging: the drift hint and the send check name the level and the reasons only in their frames; keys and selections there never reach the page; Send anyway sends once', async () => {
    const page = await open(THREAD);
    await seedLesley(page);
    await (await frameOf(page, 'composer')).getByText(SECRETS.note).waitFor({ timeout: 15_000 });
    // The user writes to Lesley ("Keep it professional") something that reads personal: LinkedIn's own draft.
    await page.locator('.msg-form__contenteditable[contenteditable="true"]').click();
    await page.keyboard.type(DRAFTS.party);
    const hint = await frameOf(page, 'hint');
    await hint.getByText(/Reads personal for Lesley Marsh \(Keep it professional\)/).waitFor({ timeout: 15_000 });
    await hint.getByRole('button', { name: 'Details' }).click();
    await hint.getByRole('button', { name: "Don't check for Lesley Marsh" }).waitFor();
    await expectNothingLeaked((e) => page.evaluate(e), WORDS.drift);

    // Send: our question (in its frame) stops it; the user moves around it with the keyboard and selects its text.
    await page.locator('.msg-form__contenteditable[contenteditable="true"]').click();
    await page.keyboard.press('Enter');
    const check = await frameOf(page, 'send-check');
    const question = check.getByRole('dialog', { name: 'Send as is?' });
    await question.waitFor({ timeout: 15_000 });
    expect(await question.textContent()).toContain('Keep it professional');
    const tabsSeen = () =>
      page.evaluate(
        () =>
          (window as unknown as { __seen: string[] }).__seen.filter((entry) => entry.includes('"key":"Tab"')).length,
      );
    const tabsBefore = await tabsSeen();
    await expect.poll(() => check.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Edit');
    await page.keyboard.press('Tab');
    await expect.poll(() => check.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Send anyway');
    await page.keyboard.press('Tab');
    expect(await tabsSeen()).toBe(tabsBefore);
    await check.locator('#b-send-check-body').click({ clickCount: 3 });
    expect(await check.evaluate(() => getSelection()?.toString() ?? '')).toContain('reads personal');
    await expectNothingLeaked((e) => page.evaluate(e), [...WORDS.drift, ...WORDS.sendCheck]);
    expect(await sentCount(page)).toBe(0);

    await question.getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(() => sentCount(page)).toBe(1);
    await page.waitForTimeout(300);
    expect(await sentCount(page)).toBe(1);
    expect(await page.locator('#fixture-sent').getAttribute('data-text')).toBe(DRAFTS.party);
  });

  it('share box: the live hint and the post nudge give their reasons only in their frames; Post anyway posts once', async () => {
    const page = await open('/share/');
    const editor = page.locator('[data-test-modal-id="sharebox"] .ql-editor[contenteditable="true"]').first();
    await editor.click();
    await page.keyboard.type(DRAFTS.muffin);
    const hint = await frameOf(page, 'post-hint');
    await hint.getByText(/^Reads personal: food and drink/).waitFor({ timeout: 15_000 });
    await expectNothingLeaked((e) => page.evaluate(e), WORDS.post);

    await page.locator('[data-test-modal-id="sharebox"] button.share-actions__primary-action').first().click();
    const nudge = await frameOf(page, 'nudge');
    const question = nudge.getByRole('dialog', { name: 'This post reads personal' });
    await question.waitFor({ timeout: 15_000 });
    expect(await question.textContent()).toContain('food and drink');
    const tabsSeen = () =>
      page.evaluate(
        () =>
          (window as unknown as { __seen: string[] }).__seen.filter((entry) => entry.includes('"key":"Tab"')).length,
      );
    const tabsBefore = await tabsSeen();
    await expect.poll(() => nudge.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Edit post');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await tabsSeen()).toBe(tabsBefore);
    await nudge.locator('#b-nudge-why').click({ clickCount: 3 });
    await expectNothingLeaked((e) => page.evaluate(e), [...WORDS.post, ...WORDS.nudge]);
    expect(await postedCount(page)).toBe(0);

    await question.getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => postedCount(page)).toBe(1);
    await page.waitForTimeout(300);
    expect(await postedCount(page)).toBe(1);
    expect(await page.locator('#fixture-posted').getAttribute('data-text')).toBe(DRAFTS.muffin);
  });

  it('http:// and other linkedin.com hosts get nothing of ours', async () => {
    await session.context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (
        (url.protocol === 'http:' || url.hostname !== 'www.linkedin.com') &&
        url.hostname.endsWith('linkedin.com') &&
        route.request().resourceType() === 'document'
      )
        return route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: (await import('./harness')).fixture('linkedin/profile-sdui-2026.html'),
        });
      return route.fallback();
    });
    for (const url of [
      `http://www.linkedin.com${LESLEY}`,
      `https://business.linkedin.com${LESLEY}`,
      `https://de.linkedin.com${LESLEY}`,
    ]) {
      const page = await session.context.newPage();
      await page.goto(url);
      await page.waitForTimeout(2500);
      expect(ourFrames(page), url).toEqual([]);
      expect(
        await page.evaluate(
          () => document.querySelector('section[componentkey$="Topcard"]')?.nextElementSibling?.localName ?? null,
        ),
        url,
      ).not.toBe('span');
      await page.close();
    }
  });
});
