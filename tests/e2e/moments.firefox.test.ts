/**
 * The user moments of moments.ts in Firefox ESR: one browser for the whole file (a Firefox launch costs
 * several seconds), a fresh add-on with empty storage for each moment.
 */
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { FirefoxDriver } from './driver-firefox';
import { messagingMoments, postMoments, profileMoments } from './moments';
import { extensionMoments } from './moments-extension';

let driver: FirefoxDriver;
let fresh = true;
beforeAll(async () => {
  driver = await FirefoxDriver.launch();
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
])('Firefox: %s', (_, moments) => {
  for (const moment of moments) it(moment.name, () => moment.run(driver), moment.timeout);
});
