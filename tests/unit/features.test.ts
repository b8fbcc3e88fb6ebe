/**
 * Meta-test (after Refined GitHub's): every feature file is registered, declares where it runs, and
 * names the fixtures it is tested against — and those fixtures exist.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { features } from '../../entrypoints/linkedin.content/features';

const ROOT = join(import.meta.dirname, '../..');
const FEATURES = join(ROOT, 'entrypoints/linkedin.content/features');
const files = readdirSync(FEATURES).filter((file) => /\.tsx?$/.test(file) && file !== 'index.ts');
const index = readFileSync(join(FEATURES, 'index.ts'), 'utf8');

describe('content-script features', () => {
  it('has unique ids, each with somewhere to run', () => {
    const ids = features.map((feature) => feature.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const feature of features) expect(feature.include.length).toBeGreaterThan(0);
    expect(features.length).toBe(files.length);
  });

  it.each(files)('%s is registered and names fixtures that exist', (file) => {
    const name = file.replace(/\.tsx?$/, '');
    expect(index).toContain(`from './${name}'`);
    const source = readFileSync(join(FEATURES, file), 'utf8');
    const footer = source.slice(source.lastIndexOf('/*'));
    expect(footer).toMatch(/Test URLs/);
    const fixtures = [...footer.matchAll(/tests\/fixtures\/[\w./%-]+\.html/g)].map((match) => match[0]);
    expect(fixtures.length).toBeGreaterThan(0);
    for (const fixture of fixtures) expect(existsSync(join(ROOT, fixture)), fixture).toBe(true);
  });
});
