/**
 * Firefox with a German UI (intl.locale.requested, and the languages pages see) on a German LinkedIn
 * profile: the panel finds the person and keeps a note with umlauts, emoji and RTL text across a reload,
 * and the shared send-check moment behaves as in English. The main Firefox suite runs in English.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { css, poll, role } from './driver';
import { FirefoxDriver } from './driver-firefox';
import { messagingMoments } from './moments';
import { panel } from './ui';

let driver: FirefoxDriver;
beforeAll(async () => {
  driver = await FirefoxDriver.launch({
    prefs: { 'intl.locale.requested': 'de-DE', 'intl.accept_languages': 'de-DE, de' },
  });
});
afterAll(async () => {
  await driver?.close();
});

it('a German Firefox on a German LinkedIn profile: the panel names the person, saves a level and a note, shows them after reload', async () => {
  const JUERGEN = '/in/juergen-weiss-demo/';
  driver.serve(JUERGEN, 'boundaries/profile-sdui-2026-de.html');
  const tab = await driver.open(JUERGEN);
  // Firefox asks for German, and pages (LinkedIn, our content script) are told the user reads German.
  // (Without a German language pack installed the menus themselves fall back to English.)
  expect(await driver.privileged<string>('Services.locale.requestedLocales[0]')).toBe('de-DE');
  expect(await tab.evaluate(() => navigator.languages)).toEqual(['de-DE', 'de']);
  await poll(() => panel(tab).text(css('.boundaries-root'))).toContain('Jürgen Weiß');
  await panel(tab).check(role('radio', 'Friendly professional'));
  const note = 'Grüße aus Köln 🎉 — שלום';
  await panel(tab).fill(role('textbox', 'Add a note'), note);
  await tab.press('Control+Enter');
  await poll(() => panel(tab).text(css('.b-note__text'))).toBe(note);
  await tab.reload();
  await poll(() => panel(tab).text(css('.b-note__text'))).toBe(note);
  expect(await panel(tab).checked(role('radio', 'Friendly professional'))).toBe(true);
  const stored = await driver.call('getContact', { ref: 'juergen-weiss-demo' });
  expect(stored.value.contact).toMatchObject({ displayName: 'Jürgen Weiß', level: 'friendly' });
  expect(tab.errors).toEqual([]);
});

const sendCheck = messagingMoments.find((moment) => moment.name.startsWith('send check'))!;
it(`a German Firefox: ${sendCheck.name}`, async () => {
  await driver.reset();
  await sendCheck.run(driver);
});
