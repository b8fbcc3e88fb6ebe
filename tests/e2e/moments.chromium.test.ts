/**
 * The user moments of moments.ts in Chromium: the same scenarios, fixtures and assertions as the Firefox
 * run (moments.firefox.test.ts), a fresh browser profile for each moment.
 */
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { ChromiumDriver } from './driver-chromium';
import { messagingMoments, postMoments, profileMoments } from './moments';
import { extensionMoments } from './moments-extension';

let driver: ChromiumDriver;
let fresh = true;
beforeAll(async () => {
  driver = await ChromiumDriver.launch();
});
beforeEach(async () => {
  if (!fresh) await driver.reset();
  fresh = false;
});
afterAll(async () => {
  await driver?.close();
});

describe.each([
  ['profile and badges', profileMoments],
  ['messaging', messagingMoments],
  ['posts', postMoments],
  ['extension pages and privacy', extensionMoments],
])('Chromium: %s', (_, moments) => {
  for (const moment of moments) it(moment.name, () => moment.run(driver), moment.timeout);
});
