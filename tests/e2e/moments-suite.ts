/**
 * Registers every user moment (moments.ts, moments-extension.ts) for one browser: one browser for the
 * file, a clean slate (fresh profile or fresh add-on with empty storage) before each moment.
 */
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import type { Driver } from './driver';
import { messagingMoments, postMoments, profileMoments } from './moments';
import { extensionMoments } from './moments-extension';

export function describeMoments(browser: string, launch: () => Promise<Driver>): void {
  let driver: Driver;
  let fresh = true;
  beforeAll(async () => {
    driver = await launch();
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
  ])(`${browser}: %s`, (_, moments) => {
    for (const moment of moments) it(moment.name, () => moment.run(driver), moment.timeout);
  });
}
