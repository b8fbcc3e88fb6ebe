import { execSync } from 'node:child_process';
import { ROOT, findChromium } from './harness';

/** Builds the e2e variant unless the test runner already did, and fails early without Chromium. */
export default function setup() {
  findChromium();
  if (process.env.BOUNDARIES_SKIP_BUILD !== '1') execSync('npm run -s build:e2e', { cwd: ROOT, stdio: 'inherit' });
}
