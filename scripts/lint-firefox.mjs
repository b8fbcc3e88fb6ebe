#!/usr/bin/env node
/**
 * `npm run lint:firefox`: Mozilla's add-on linter (`web-ext lint`, what AMO runs on upload) over the
 * production Firefox build in .output/firefox-mv2 (build it first: `npx wxt build -b firefox`).
 * Fails on any error, and on any warning that is not one of the explained ones below (each is explained
 * in the README's "Firefox" section), so a new eval, a manifest key newer than the declared minimum
 * Firefox, or any other new finding stops `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const dir = join('.output', 'firefox-mv2');
if (!existsSync(join(dir, 'manifest.json'))) {
  console.error(`No Firefox build at ${dir}: run \`npx wxt build -b firefox\` first.`);
  process.exit(1);
}

/** Warnings that stay, by code and file, with the reason (README: "Firefox" → "web-ext lint"). */
const EXPLAINED = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // React DOM's own code, in the chunk the extension pages and our frames share: `innerHTML` is set only
    // for `dangerouslySetInnerHTML` (ESLint forbids it in our code) and to create SVG nodes; our notes are
    // always rendered as text. The content script (no React since issue 11) must have none.
    file: /^chunks\/[\w-]+\.js$/,
    message: /innerHTML/,
  },
];

const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error('web-ext lint did not produce a report:\n', run.stdout, run.stderr);
  process.exit(1);
}

const unexplained = report.warnings.filter(
  (w) => !EXPLAINED.some((e) => e.code === w.code && e.file.test(w.file ?? '') && e.message.test(w.message)),
);
const show = (m) => `  ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} ${m.message}`;
console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.length - unexplained.length} explained), ${report.notices.length} notices`,
);
for (const m of report.errors) console.log(`error${show(m)}`);
for (const m of unexplained) console.log(`unexplained warning${show(m)}`);
for (const m of report.notices) console.log(`notice${show(m)}`);
process.exit(report.errors.length === 0 && unexplained.length === 0 ? 0 : 1);
