/**
 * `npm run bench`: every benchmark, in Node and in real Chromium, as one table. Builds the e2e variant
 * first (the harness loads it). Exit code 0 even when a target is missed: the table says so.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Row } from './bench/types';

const ROOT = join(import.meta.dirname, '..');

async function main() {
  // `npm run bench -- feed profile` runs only those files; BENCH_SKIP_BUILD=1 reuses the last builds.
  const only = process.argv.slice(2);
  if (!process.env.BENCH_SKIP_BUILD) {
    execSync('npm run -s build:e2e', { cwd: ROOT, stdio: 'inherit' });
    execSync('npx wxt build', { cwd: ROOT, stdio: 'inherit' });
  }
  const rows: Row[] = [];
  // Opt-in benchmarks take many minutes and run only when named.
  const optIn = ['soak'];
  const modules = readdirSync(join(ROOT, 'scripts/bench')).filter((file) => {
    const name = file.replace(/\.ts$/, '');
    if (!/^[a-z-]+\.ts$/.test(file) || ['types', 'seed'].includes(name)) return false;
    return only.length === 0 ? !optIn.includes(name) : only.includes(name);
  });
  for (const file of modules.sort()) {
    const module = (await import(join(ROOT, 'scripts/bench', file))) as Record<string, unknown>;
    for (const [name, run] of Object.entries(module)) {
      if (!name.startsWith('bench') || typeof run !== 'function') continue;
      process.stderr.write(`running ${name}…\n`);
      try {
        rows.push(...((await run()) as Row[]));
      } catch (error) {
        rows.push({
          name: `${name}: failed`,
          value: String(error).slice(0, process.env.BENCH_DEBUG ? 2000 : 120),
          target: '',
          pass: false,
        });
      }
    }
  }
  if ((only.length === 0 || only.includes('analyzer')) && existsSync(join(ROOT, 'analyzer/bench.ts'))) {
    const analyzer = (await import(join(ROOT, 'analyzer/bench.ts'))) as Record<string, unknown>;
    for (const [name, run] of Object.entries(analyzer)) {
      if (name.startsWith('bench') && typeof run === 'function') rows.push(...((await run()) as Row[]));
    }
  }
  const width = Math.max(...rows.map((row) => row.name.length));
  console.log(`\n${'benchmark'.padEnd(width)} | ${'measured'.padStart(12)} | target     | ok`);
  console.log(`${'-'.repeat(width)}-|-${'-'.repeat(12)}-|------------|---`);
  for (const row of rows)
    console.log(
      `${row.name.padEnd(width)} | ${row.value.padStart(12)} | ${row.target.padEnd(10)} | ${row.pass ? 'yes' : 'NO'}`,
    );
}

await main();
