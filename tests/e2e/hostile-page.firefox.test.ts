/**
 * The hostile page of hostile-page.test.ts (issue 15) in Firefox ESR, against Firefox's PRODUCTION build
 * (closed shadow roots, no `data-boundaries` marks): the same attacker runs before every page script
 * (pre-defined element names with attachInternals, patched prototypes, capture listeners for every key,
 * input, composition and clipboard event, a record of every node, WXT's broadcast kept for replay), and
 * each moment asserts that no note text, tag, how-we-met, level or typed character reaches the page and
 * that Boundaries keeps working. The test reaches our frames through Firefox's frame tree, as a user's
 * eyes and keyboard would; the page cannot.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { css, poll, role, sleep, type Tab } from './driver';
import { FirefoxDriver } from './driver-firefox';
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
import { messageEditor, postedCount, sentCount } from './ui';

const LESLEY = '/in/lesley-marsh-demo/';
const LESLEY_ID = 'ACoAADemoLesleyMarsh0000000000000000001';
const THREAD = '/messaging/thread/2-N2U1N2YxYTctMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAxXzEwMA==/';

let driver: FirefoxDriver;

beforeAll(async () => {
  driver = await FirefoxDriver.launch({ extensionPath: buildProduction('firefox') });
  driver.serve(LESLEY, 'linkedin/profile-sdui-2026.html');
  driver.serve('/feed/', 'linkedin/feed-2026.html');
  driver.serve(THREAD, 'linkedin/messaging-thread-2026.html');
  driver.serve('/share/', 'linkedin/feed-sharebox-legacy.html');
  const lesley = { ref: 'lesley-marsh-demo', identity: { aliases: [LESLEY_ID], displayName: 'Lesley Marsh' } };
  for (const [type, payload] of [
    ['saveContact', { ...lesley, patch: { level: 'professional', tags: [SECRETS.tag], howWeMet: SECRETS.met } }],
    ['addNote', { ref: 'lesley-marsh-demo', text: SECRETS.note }],
    ['saveContact', { ref: 'jos%C3%A9-garc%C3%ADa-demo', patch: { level: 'friendly' } }],
    ['saveContact', { ref: 'priya-raman-demo', patch: { level: 'personal' } }],
  ] as const) {
    expect((await driver.call(type, payload)).ok, type).toBe(true);
  }
}, 240_000);
afterAll(async () => {
  await driver?.close();
});

async function open(path: string): Promise<Tab> {
  return driver.open(path, { before: HOSTILE });
}

async function storedNotes(): Promise<string[]> {
  const listed = await driver.call('listNotes', { ref: 'lesley-marsh-demo' });
  return ((listed.value ?? []) as { text: string }[]).map((note) => note.text);
}

describe('Firefox: a hostile page (production build)', () => {
  it('profile: find + extend, selection, pre-defined elements + attachInternals, patched prototypes and key listeners get nothing; the note is still jotted', async () => {
    const tab = await open(LESLEY);
    const panel = tab.ourFrame('panel');
    await panel.waitFor({ text: SECRETS.note });
    await panel.waitFor({ text: SECRETS.tag });
    // The user types a note (keys, in the frame) and selects a note's text: the page sees neither.
    await panel.click(role('textbox', 'Add a note'));
    await panel.type(TYPED);
    await panel.press('Control+Enter');
    await poll(() => storedNotes()).toContain(TYPED);
    const selected = await panel.evaluate((text) => {
      const leaf = [...document.querySelectorAll('*')].find(
        (el) => el.children.length === 0 && el.textContent === text,
      );
      if (!leaf) return '';
      const range = document.createRange();
      range.selectNodeContents(leaf);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      return getSelection()?.toString() ?? '';
    }, SECRETS.note);
    expect(selected).toBe(SECRETS.note);
    await expectNothingLeaked((e) => tab.exec(e));
    // attachInternals handed the page nothing: our host is a plain element, never one of its own.
    expect(await tab.exec<number>('window.__internals.filter((i) => i.shadowRoot).length')).toBe(0);
    await tab.close();
  });

  it('feed: badges have one size whatever the level, say no level, and nothing stored reaches the page', async () => {
    const tab = await open('/feed/');
    const measure = () =>
      tab.evaluate(() =>
        [...document.querySelectorAll('a[href*="/in/"]')]
          .map((a) => a.nextElementSibling)
          .filter((el): el is HTMLElement => el?.localName === 'span' && el.getAttributeNames().length === 0)
          .map((el) => ({
            size: `${el.getBoundingClientRect().width}x${el.getBoundingClientRect().height}`,
            text: el.textContent,
            open: el.shadowRoot !== null,
          })),
      );
    // Lesley (professional), José (friendly), Priya (personal) are on the fixture's feed.
    await poll(async () => (await measure()).length).toBeGreaterThanOrEqual(3);
    const badges = await measure();
    expect(new Set(badges.map((badge) => badge.size)).size).toBe(1);
    expect(badges.every((badge) => badge.text === '' && !badge.open)).toBe(true);
    await expectNothingLeaked((e) => tab.exec(e));
    await tab.close();
  });

  it('messaging: the composer badge, drift hint and send check show level and note only in their frames; a note typed there never reaches the page; Send anyway sends once', async () => {
    const tab = await open(THREAD);
    const badge = tab.ourFrame('composer');
    // The level shows in its frame (the latest note is whatever an earlier test jotted).
    await badge.waitFor({ text: 'Keep it professional' });
    await badge.click(role('button', 'Add note'));
    await badge.click(role('textbox', 'Add a note'));
    await badge.type(`${TYPED} composer`);
    await badge.press('Control+Enter');
    await poll(() => storedNotes()).toContain(`${TYPED} composer`);

    // A draft that drifts personal to a "keep it professional" contact: the hint and the question speak.
    await tab.click(messageEditor());
    await tab.type(DRAFTS.party);
    await tab.ourFrame('hint').waitFor({ text: 'Reads personal' });
    await expectNothingLeaked((e) => tab.exec(e), [`${TYPED} composer`, ...WORDS.drift]);
    await tab.click(css('button.msg-form__send-button'));
    const question = tab.ourFrame('send-check');
    await question.waitFor(role('button', 'Send anyway'));
    expect(await question.text(css('body'))).toContain('Lesley Marsh');
    expect(await sentCount(tab)).toBe(0);
    await expectNothingLeaked((e) => tab.exec(e), [`${TYPED} composer`, ...WORDS.drift, ...WORDS.sendCheck]);

    await question.click(role('button', 'Send anyway'));
    await poll(() => sentCount(tab)).toBe(1);
    await sleep(500);
    expect(await sentCount(tab)).toBe(1);
    expect(await tab.attribute(css('#fixture-sent'), 'data-text')).toBe(DRAFTS.party);
    await expectNothingLeaked((e) => tab.exec(e), [`${TYPED} composer`, ...WORDS.drift, ...WORDS.sendCheck]);
    await tab.close();
  });

  it('share box: the post nudge asks in its frame; the page learns nothing; Post anyway posts once', async () => {
    const tab = await open('/share/');
    const editor = css('[data-test-modal-id="sharebox"] .ql-editor[contenteditable="true"]');
    await tab.click(editor);
    await tab.type(DRAFTS.muffin);
    await tab.click(css('[data-test-modal-id="sharebox"] button.share-actions__primary-action'));
    const nudge = tab.ourFrame('nudge');
    await nudge.waitFor(role('button', 'Post anyway'));
    expect(await postedCount(tab)).toBe(0);
    await expectNothingLeaked((e) => tab.exec(e), [...WORDS.post, ...WORDS.nudge]);
    await nudge.click(role('button', 'Post anyway'));
    await poll(() => postedCount(tab)).toBe(1);
    await sleep(500);
    expect(await postedCount(tab)).toBe(1);
    expect(await tab.attribute(css('#fixture-posted'), 'data-text')).toBe(DRAFTS.muffin);
    await expectNothingLeaked((e) => tab.exec(e), [...WORDS.post, ...WORDS.nudge]);
    await tab.close();
  });

  it('plain http:// and other linkedin.com hosts get nothing of ours', async () => {
    // The control: on https://www.linkedin.com the panel's frame is there, and the check sees it.
    const control = await open(LESLEY);
    await control.ourFrame('panel').waitFor(role('textbox', 'Add a note'));
    expect(await control.ourFrameKinds()).toContain('panel');
    await control.close();
    for (const url of [
      `http://www.linkedin.com${LESLEY}`,
      `https://de.linkedin.com${LESLEY}`,
      `https://business.linkedin.com${LESLEY}`,
    ]) {
      driver.serve(url, 'linkedin/profile-sdui-2026.html');
      const tab = await open(url);
      await tab.until(() => document.querySelector('section[componentkey$="Topcard"]') !== null);
      await sleep(2500);
      // No panel (a span after the top card) and no frame of ours.
      expect(
        await tab.evaluate(
          () => document.querySelector('section[componentkey$="Topcard"]')?.nextElementSibling?.localName ?? null,
        ),
        url,
      ).not.toBe('span');
      expect(await tab.ourFrameKinds(), url).toEqual([]);
      await tab.close();
    }
  });

  it('forged WXT start events and flooded messages change nothing: the panel still works and stays private', async () => {
    const tab = await open(LESLEY);
    const panel = tab.ourFrame('panel');
    await panel.waitFor({ text: SECRETS.note });
    const replayed = await tab.exec<number>(forgeStartAndFlood(500));
    expect(replayed).toBeGreaterThan(0);
    await sleep(1000);
    await panel.click(role('textbox', 'Add a note'));
    await panel.type('still here after forged events');
    await panel.press('Control+Enter');
    await poll(() => storedNotes()).toContain('still here after forged events');
    await expectNothingLeaked((e) => tab.exec(e), ['still here after forged events']);
    await tab.close();
  });
});
