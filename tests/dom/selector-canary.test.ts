// @vitest-environment happy-dom
/**
 * The selector canary: every chain in linkedin/selectors/ matches something in at least one checked-in
 * fixture (declarative shadow roots included), so no chain is pure guesswork. Per-surface tests check
 * each chain's expected counts; this one catches a chain nobody tested.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SelectorChain } from '../../entrypoints/linkedin.content/linkedin/selectors/chain';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const SELECTORS = join(import.meta.dirname, '../../entrypoints/linkedin.content/linkedin/selectors');

function fixtureFiles(): string[] {
  return readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
}

/** Every queryable root of a fixture: the document and each declarative shadow root's content. */
function rootsOf(html: string): ParentNode[] {
  // Keep iframes and stylesheets as elements, without asking the test DOM to load them.
  const inert = html.replace(/(<(?:iframe|link)\b[^>]*?)\s(?:src|href)="[^"]*"/gi, '$1');
  const doc = new DOMParser().parseFromString(inert, 'text/html');
  for (const script of doc.querySelectorAll('script')) script.remove();
  const roots: ParentNode[] = [doc];
  for (const template of doc.querySelectorAll('template[shadowrootmode], template[shadowroot]')) {
    roots.push((template as HTMLTemplateElement).content);
  }
  return roots;
}

function matches(root: ParentNode, selector: string): boolean {
  try {
    return root.querySelector(selector) !== null;
  } catch {
    return false;
  }
}

const chains: SelectorChain[] = [];
for (const file of readdirSync(SELECTORS).filter((name) => name.endsWith('.ts') && name !== 'chain.ts')) {
  const module = (await import(join(SELECTORS, file))) as Record<string, unknown>;
  for (const value of Object.values(module)) {
    if (value && typeof value === 'object' && 'name' in value && 'selectors' in value)
      chains.push(value as SelectorChain);
  }
}
const fixtures = fixtureFiles().map((file) => ({ file, roots: rootsOf(readFileSync(join(FIXTURES, file), 'utf8')) }));

describe('selector canary', () => {
  it('finds the selector modules and fixtures', () => {
    expect(chains.length).toBeGreaterThan(10);
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
  });

  it.each(chains.map((chain) => [chain.name, chain] as const))('%s matches in at least one fixture', (_name, chain) => {
    const hits = fixtures.filter(({ roots }) =>
      chain.selectors.some((selector) => roots.some((root) => matches(root, selector))),
    );
    expect(hits.map((hit) => hit.file)).not.toEqual([]);
  });

  it('every selector is valid CSS', () => {
    const probe = document.createElement('div');
    const invalid = chains.flatMap((chain) =>
      chain.selectors
        .filter((selector) => {
          try {
            probe.querySelector(selector);
            return false;
          } catch {
            return true;
          }
        })
        .map((selector) => `${chain.name}: ${selector}`),
    );
    expect(invalid).toEqual([]);
  });
});
