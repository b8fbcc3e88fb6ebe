/**
 * Messaging in real Chromium: the composer badge beside every composer (overlay bubbles in
 * #interop-outlet, the thread page, compose windows), the drift hint, the send check and what LinkedIn
 * does with our interference: Send / Enter behave as the fixture's LinkedIn stand-in defines them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { inContentScript, launch, storageCall, type Session } from './harness';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- storage results are checked field by field
type Result = { ok: boolean; value?: any; error?: { code: string; message: string } };

const LESLEY_ID = 'ACoAADemoLesleyMarsh0000000000000000001';
const DANIEL_ID = 'ACoAADemoDanielOkafor000000000000000002';
const THREAD_PATH = '/messaging/thread/2-N2U1N2YxYTctMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAxXzEwMA==/';
const GROUP_PATH = '/messaging/thread/2-R1JPVVAtVEhSRUFELTAwMDAx/';

async function start(pages: Record<string, string> = {}): Promise<{ session: Session; seed: Page }> {
  session = await launch();
  session.serve('/feed/', 'linkedin/messaging-overlay-2026.html');
  session.serve(THREAD_PATH, 'linkedin/messaging-thread-2026.html');
  session.serve(GROUP_PATH, 'boundaries/messaging-group-thread-2026.html');
  session.serve('/in/lesley-marsh-demo/', 'boundaries/messaging-compose-2026.html');
  session.serve('/mynetwork/', 'boundaries/messaging-odd-2026.html');
  for (const [path, file] of Object.entries(pages)) session.serve(path, file);
  const seed = await session.open('/jobs/');
  return { session, seed };
}

async function call(page: Page, type: string, payload: unknown): Promise<Result> {
  const result = await inContentScript<Result>(page, storageCall(type, payload));
  if (!result.ok) throw new Error(`${type} failed: ${result.error?.message}`);
  return result;
}

/** Saves Lesley the way the profile panel does: by slug, with her member id as an alias. */
async function saveLesley(page: Page, level: string, note?: string) {
  await call(page, 'saveContact', {
    ref: 'lesley-marsh-demo',
    identity: { aliases: [`urn:li:fsd_profile:${LESLEY_ID}`], displayName: 'Lesley Marsh', headline: 'Head of Marketing at Northwind Analytics' },
    patch: { level },
  });
  if (note) await call(page, 'addNote', { ref: 'lesley-marsh-demo', text: note });
}

function bubble(page: Page, name: string): Locator {
  return page.locator('.msg-overlay-conversation-bubble').filter({ has: page.locator('.msg-overlay-bubble-header__title', { hasText: name }) });
}

/** Inside our badge's (open, e2e build) shadow root: Playwright's CSS locators pierce it. */
const badgeIn = (scope: Locator | Page) => scope.locator('[data-boundaries="composer-badge"] .boundaries-root');
const composerIn = (scope: Locator | Page) => scope.locator('.msg-form__contenteditable[contenteditable="true"]');
const sentMarker = (page: Page) => page.locator('#fixture-sent');

async function sentCount(page: Page): Promise<number> {
  return Number((await page.locator('#fixture-sent').getAttribute('data-count', { timeout: 100 }).catch(() => null)) ?? 0);
}

describe('composer badge', () => {
  it('shows the right person on each of two open overlay bubbles (slug header and member-id header)', async () => {
    const { session, seed } = await start();
    await saveLesley(seed, 'professional', 'Prefers email; met at the Oslo summit');
    await call(seed, 'saveContact', { ref: 'daniel-okafor-demo', identity: { aliases: [`urn:li:fsd_profile:${DANIEL_ID}`], displayName: 'Daniel Okafor' }, patch: { level: 'friendly' } });
    const page = await session.open('/feed/');
    const lesley = badgeIn(bubble(page, 'Lesley Marsh'));
    const daniel = badgeIn(bubble(page, 'Daniel Okafor'));
    await expect.poll(() => lesley.textContent(), { timeout: 10_000 }).toContain('Keep it professional');
    expect(await lesley.textContent()).toContain('Prefers email; met at the Oslo summit');
    await expect.poll(() => daniel.textContent(), { timeout: 10_000 }).toContain('Friendly professional');
    expect(await daniel.textContent()).not.toContain('Oslo');
    // one badge per composer, none in the light DOM's own lists
    await expect.poll(() => badgeIn(page).count()).toBe(3);
    // the badge sits right before its own bubble's message form
    const placed = await bubble(page, 'Daniel Okafor').evaluate((el) => {
      const host = el.querySelector('[data-boundaries="composer-badge"]');
      return host?.nextElementSibling?.matches('form.msg-form, [data-boundaries]') ?? false;
    });
    expect(placed).toBe(true);
  });

  it('the group bubble answers to its strictest member; a thread page links by member id and finds the contact saved from the profile', async () => {
    const { session, seed } = await start();
    await saveLesley(seed, 'professional', 'Board member, formal tone');
    await call(seed, 'saveContact', { ref: 'urn:li:fsd_profile:ACoAADemoPriyaRaman00000000000000000004', identity: { aliases: [], displayName: 'Priya Raman' }, patch: { level: 'personal' } });
    const thread = await session.open(THREAD_PATH);
    const badge = badgeIn(thread);
    await expect.poll(() => badge.textContent(), { timeout: 10_000 }).toContain('Keep it professional');
    expect(await badge.textContent()).toContain('Board member, formal tone');

    const group = await session.open(GROUP_PATH);
    const groupBadge = badgeIn(group);
    await expect.poll(() => groupBadge.textContent(), { timeout: 10_000 }).toContain('Keep it professional');
    expect(await groupBadge.textContent()).toContain('strictest of 3 people');
    await groupBadge.getByRole('button', { name: 'Show people' }).click();
    const people = groupBadge.getByRole('list', { name: 'People in this conversation' });
    await expect.poll(() => people.locator(':scope > li').count()).toBe(3);
    expect(await people.textContent()).not.toContain('LinkedIn Member');
  });

  it('"Not set" is one click from a level, and a quick note is saved without leaving the conversation', async () => {
    const { session } = await start();
    const page = await session.open('/feed/');
    const badge = badgeIn(bubble(page, 'Daniel Okafor'));
    await expect.poll(() => badge.textContent(), { timeout: 10_000 }).toContain('Not set');
    await badge.getByRole('radio', { name: 'Friendly professional' }).click();
    await expect.poll(() => badge.textContent()).toContain('Friendly professional');
    const stored = await call(page, 'getContact', { ref: `urn:li:fsd_profile:${DANIEL_ID}` });
    expect(stored.value.contact.level).toBe('friendly');
    expect(stored.value.contact.displayName).toBe('Daniel Okafor');

    await badge.getByRole('button', { name: 'Add note' }).click();
    await badge.getByRole('textbox', { name: 'Add a note' }).fill('Ask about the data platform migration');
    await badge.getByRole('textbox', { name: 'Add a note' }).press('Control+Enter');
    await expect.poll(() => badge.textContent()).toContain('Ask about the data platform migration');
    const notes = await call(page, 'listNotes', { ref: `urn:li:fsd_profile:${DANIEL_ID}` });
    expect(notes.value.map((n: { text: string }) => n.text)).toEqual(['Ask about the data platform migration']);
    // typing into our note box never reached LinkedIn's composer
    expect(await composerIn(bubble(page, 'Daniel Okafor')).textContent()).toBe('');
    expect(page.url()).toBe('https://www.linkedin.com/feed/');
  });

  it('the compose window from a profile and a new message get badges too', async () => {
    const { session, seed } = await start();
    await saveLesley(seed, 'personal');
    const page = await session.open('/in/lesley-marsh-demo/');
    const compose = badgeIn(page.locator('[data-fixture-surface="compose"]'));
    await expect.poll(() => compose.textContent(), { timeout: 10_000 }).toContain('Personal');
    const fresh = badgeIn(page.locator('[data-fixture-surface="new-message"]'));
    await expect.poll(() => fresh.textContent(), { timeout: 10_000 }).toContain('Not set');
  });

  it('follows bubbles opening and closing quickly: never a stale badge, each with its own person', async () => {
    const { session, seed } = await start();
    await saveLesley(seed, 'professional');
    const page = await session.open('/in/lesley-marsh-demo/');
    await expect.poll(() => badgeIn(page).count(), { timeout: 10_000 }).toBe(2);
    for (let i = 0; i < 8; i++) {
      await page.evaluate(() => (window as unknown as { __fixtureOpenBubble(id: string): void }).__fixtureOpenBubble('fixture-bubble-lesley'));
      if (i % 2) await page.waitForTimeout(5);
      await page.evaluate(() => (window as unknown as { __fixtureCloseBubble(): void }).__fixtureCloseBubble('[data-fixture-opened]'));
    }
    await page.evaluate(() => (window as unknown as { __fixtureOpenBubble(id: string): void }).__fixtureOpenBubble('fixture-bubble-daniel'));
    await expect.poll(() => badgeIn(page).count(), { timeout: 5000 }).toBe(3);
    const opened = badgeIn(page.locator('[data-fixture-opened]'));
    await expect.poll(() => opened.textContent()).toContain('Not set');
    await page.waitForTimeout(300);
    expect(await badgeIn(page).count()).toBe(3);
    // the profile's compose window still shows Lesley
    expect(await badgeIn(page.locator('[data-fixture-surface="compose"]')).textContent()).toContain('Keep it professional');
  });

  it('odd conversations (no link, company page, LinkedIn Member) get no badge and no errors; a 50-person group gets one', async () => {
    const { session } = await start();
    const errors: string[] = [];
    const page = await session.open('/mynetwork/');
    page.on('pageerror', (error) => errors.push(error.message));
    const group = badgeIn(page.locator('[data-fixture-group="true"]'));
    await expect.poll(() => group.textContent(), { timeout: 10_000 }).toContain('49 people');
    for (const odd of ['no-link', 'company', 'member']) expect(await badgeIn(page.locator(`[data-fixture-odd="${odd}"]`)).textContent()).toBe('');
    expect(errors).toEqual([]);
  });

  it('remembers the conversation: sending to a saved contact updates "last messaged"', async () => {
    const { session, seed } = await start();
    await saveLesley(seed, 'personal');
    const page = await session.open('/feed/');
    const lesley = bubble(page, 'Lesley Marsh');
    await expect.poll(() => badgeIn(lesley).textContent(), { timeout: 10_000 }).toContain('Personal');
    expect(await badgeIn(lesley).textContent()).not.toContain('last messaged');
    await composerIn(lesley).click();
    await page.keyboard.type('See you at the panel on Thursday.');
    await lesley.locator('button.msg-form__send-button').click();
    await expect.poll(() => sentCount(page)).toBe(1);
    expect(await sentMarker(page).getAttribute('data-text')).toBe('See you at the panel on Thursday.');
    await expect.poll(() => badgeIn(lesley).textContent(), { timeout: 5000 }).toContain('last messaged just now');
    const stored = await call(page, 'getContact', { ref: 'lesley-marsh-demo' });
    expect(stored.value.contact.lastInteractionAt).toBeGreaterThan(Date.now() - 60_000);
    const summary = await call(page, 'eventSummary', {});
    expect(summary.value.messagesSent).toBe(1);
    // an unsaved person: nothing recorded, nothing created
    const daniel = bubble(page, 'Daniel Okafor');
    await composerIn(daniel).click();
    await page.keyboard.type('Thanks!');
    await page.keyboard.press('Enter');
    await expect.poll(() => sentCount(page)).toBe(2);
    await page.waitForTimeout(500);
    expect((await call(page, 'getContact', { ref: `urn:li:fsd_profile:${DANIEL_ID}` })).value).toBeNull();
    expect((await call(page, 'eventSummary', {})).value.messagesSent).toBe(1);
  });
});
