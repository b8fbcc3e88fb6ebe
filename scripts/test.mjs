#!/usr/bin/env node
/**
 * `npm test`: every check, in order, even after a failure, then one summary line
 * `N passed, N failed` (each vitest test counts once; each non-vitest step counts as one check).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const results = join('test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

let passed = 0;
let failed = 0;
const failures = [];

function step(name, command, args, env = {}) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = run.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

function check(name, command, args, env) {
  if (step(name, command, args, env)) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

function vitest(project, env = {}) {
  const out = join(results, `${project}.json`);
  const ok = step(
    `${project} tests`,
    'npx',
    ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`],
    env,
  );
  if (!existsSync(out)) {
    failed++;
    failures.push(`${project} tests (no report)`);
    return;
  }
  const report = JSON.parse(readFileSync(out, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A suite that fails to load has no failed tests but is a failure.
  const brokenSuites = report.testResults.filter(
    (suite) => suite.status === 'failed' && suite.assertionResults.length === 0,
  );
  failed += brokenSuites.length;
  if (!ok) failures.push(`${project} tests`);
  if (report.numPendingTests + report.numTodoTests > 0) {
    failed += report.numPendingTests + report.numTodoTests;
    failures.push(`${project}: skipped or todo tests are not allowed`);
  }
}

check('typecheck', 'npx', ['tsc', '--noEmit']);
check('lint', 'npx', ['eslint', '.']);
check('format', 'npx', ['prettier', '--check', '.']);
vitest('unit');
check('build chrome', 'npx', ['wxt', 'build']);
check('build firefox', 'npx', ['wxt', 'build', '-b', 'firefox']);
check('web-ext lint (Firefox build)', 'node', ['scripts/lint-firefox.mjs']);
check('build e2e (Chrome and Firefox)', 'npm', ['run', '-s', 'build:e2e']);
// The production builds above are the ones the e2e privacy moments load (closed shadow roots).
vitest('e2e', { BOUNDARIES_SKIP_BUILD: '1', BOUNDARIES_PROD_DIR: '.output' });

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
