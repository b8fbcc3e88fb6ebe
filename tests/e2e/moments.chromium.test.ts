/**
 * The user moments of moments.ts in Chromium: the same scenarios, fixtures and assertions as the Firefox
 * run (moments.firefox.test.ts), a fresh browser profile for each moment.
 */
import { ChromiumDriver } from './driver-chromium';
import { describeMoments } from './moments-suite';

describeMoments('Chromium', () => ChromiumDriver.launch());
