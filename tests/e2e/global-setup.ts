import { execSync } from 'node:child_process';
import { ROOT, findChromium } from './harness';
import { findFirefox } from './driver-firefox';

/** Builds the e2e variants (Chrome and Firefox) unless the test runner already did; fails early without either browser. */
export default function setup() {
  findChromium();
  findFirefox();
  if (process.env.BOUNDARIES_SKIP_BUILD !== '1') execSync('npm run -s build:e2e', { cwd: ROOT, stdio: 'inherit' });
}
