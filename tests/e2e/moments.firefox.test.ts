/**
 * The user moments of moments.ts in Firefox ESR: one browser for the whole file (a Firefox launch costs
 * several seconds), a fresh add-on with empty storage for each moment.
 */
import { FirefoxDriver } from './driver-firefox';
import { describeMoments } from './moments-suite';

describeMoments('Firefox', () => FirefoxDriver.launch());
