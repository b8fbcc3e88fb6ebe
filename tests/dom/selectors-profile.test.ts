// @vitest-environment happy-dom
/**
 * The profile and link selector chains against the fixtures: every chain matches in at least one
 * fixture, the era-specific entries match their era, and every selector carries a comment naming its era.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SelectorChain } from '../../entrypoints/linkedin.content/linkedin/selectors/chain';
import * as links from '../../entrypoints/linkedin.content/linkedin/selectors/links';
import * as profile from '../../entrypoints/linkedin.content/linkedin/selectors/profile';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const SELECTORS = join(import.meta.dirname, '../../entrypoints/linkedin.content/linkedin/selectors');

function load(name: string): Document {
  const html = readFileSync(join(FIXTURES, name), 'utf8')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<script(?![^>]*type="application\/json")[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<(\/?)iframe\b/g, '<$1div');
  return new DOMParser().parseFromString(html, 'text/html');
}

const FILES = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
const docs = new Map(FILES.map((file) => [file, load(file)]));
const doc = (file: string) => docs.get(file)!;

function isChain(value: unknown): value is SelectorChain {
  return typeof value === 'object' && value !== null && 'name' in value && 'selectors' in value;
}
const chains = [...Object.values(profile), ...Object.values(links)].filter(isChain);

/** Index of the first selector of the chain that matches inside `scope`, or -1. */
function firstHit(chain: SelectorChain, scope: ParentNode): number {
  return chain.selectors.findIndex((selector) => scope.querySelector(selector) !== null);
}

describe('profile and link selector chains', () => {
  it('has chains to test', () => expect(chains.length).toBeGreaterThanOrEqual(10));

  it.each(chains.map((chain) => [chain.name, chain] as const))('%s matches in at least one fixture', (_name, chain) => {
    const hits = FILES.filter((file) => firstHit(chain, doc(file)) >= 0);
    expect(hits).not.toEqual([]);
  });

  it('every selector is preceded by a comment naming its era', () => {
    const missing: string[] = [];
    for (const file of ['profile.ts', 'links.ts']) {
      const lines = readFileSync(join(SELECTORS, file), 'utf8').split('\n');
      let inChain = false;
      lines.forEach((line, index) => {
        if (/= chain\(/.test(line)) inChain = true;
        if (/^\]\);/.test(line)) inChain = false;
        if (!inChain || !/^\s*'.*',$/.test(line)) return;
        const comment = lines[index - 1] ?? '';
        if (!/^\s*\/\/.*(20\d\d|legacy|SDUI|any era|every era|mobile-lite)/i.test(comment))
          missing.push(`${file}:${index + 1} ${line.trim()}`);
      });
    }
    expect(missing).toEqual([]);
  });

  it.each([
    ['linkedin/profile-sdui-2026.html', 0, 'Lesley Marsh'],
    ['boundaries/profile-sdui-2026-de.html', 0, 'Jürgen Weiß'],
    ['linkedin/profile-legacy-2024.html', 2, 'Mateo Lindqvist'],
    ['boundaries/profile-legacy-hashed-2025.html', 5, 'Aiko Bergström'],
  ])('top card in %s is found by selector #%i, and holds the name', (file, index, name) => {
    expect(firstHit(profile.PROFILE_TOP_CARD, doc(file))).toBe(index);
    const card = doc(file).querySelector(profile.PROFILE_TOP_CARD.selectors[index]!)!;
    const nameIndex = firstHit(profile.PROFILE_NAME, card);
    expect(card.querySelector(profile.PROFILE_NAME.selectors[nameIndex]!)?.textContent?.trim()).toBe(name);
  });

  it('the markup-less profile matches no top card (the panel floats there)', () => {
    expect(firstHit(profile.PROFILE_TOP_CARD, doc('boundaries/profile-no-anchors.html'))).toBe(-1);
  });

  it('the 2026 SDUI headline selector takes the headline, not the degree marker', () => {
    for (const [file, headline] of [
      ['linkedin/profile-sdui-2026.html', 'Head of Marketing at Northwind Analytics'],
      ['boundaries/profile-sdui-2026-de.html', 'Leiter Vertrieb bei Contoso GmbH'],
    ] as const) {
      const card = doc(file).querySelector(profile.PROFILE_TOP_CARD.selectors[0]!)!;
      const sdui = profile.PROFILE_HEADLINE.selectors.at(-1)!;
      expect(card.querySelector(sdui)?.textContent?.trim()).toBe(headline);
    }
    const legacy = doc('linkedin/profile-legacy-2024.html').querySelector(profile.PROFILE_TOP_CARD.selectors[2]!)!;
    expect(legacy.querySelector(profile.PROFILE_HEADLINE.selectors[0]!)?.textContent?.trim()).toBe(
      'Tech Education Lead at Fabrikam Learning',
    );
  });

  it('member-id links, photo and sticky header chains hit their eras', () => {
    const sdui = doc('linkedin/profile-sdui-2026.html');
    expect(sdui.querySelectorAll(profile.PROFILE_MEMBER_ID_LINKS.selectors[0]!).length).toBeGreaterThanOrEqual(2);
    expect(sdui.querySelector(profile.PROFILE_STICKY_HEADER.selectors[0]!)).not.toBeNull();
    expect(
      profile.TOPCARD_COMPONENTKEY_ID.exec(
        sdui.querySelector(profile.PROFILE_TOP_CARD.selectors[0]!)!.getAttribute('componentkey')!,
      )?.[1],
    ).toBe('ACoAADemoLesleyMarsh0000000000000000001');
    const legacy = doc('linkedin/profile-legacy-2024.html');
    expect(legacy.querySelector(profile.PROFILE_PHOTO.selectors[0]!)?.getAttribute('alt')).toBe('Mateo Lindqvist');
    expect(legacy.querySelectorAll(profile.PROFILE_MEMBER_ID_LINKS.selectors[1]!).length).toBeGreaterThanOrEqual(5);
    expect(
      doc('boundaries/profile-legacy-hashed-2025.html').querySelector(profile.PROFILE_STICKY_HEADER.selectors[2]!),
    ).not.toBeNull();
  });

  it('feed-2026: link chains find the authors, the "likes this" header, the hidden copy and the viewer', () => {
    const feed = doc('linkedin/feed-2026.html');
    const raw = /<script type="application\/json" id="fixture-expectations">([\s\S]*?)<\/script>/.exec(
      readFileSync(join(FIXTURES, 'linkedin/feed-2026.html'), 'utf8'),
    )![1]!;
    const expected = JSON.parse(raw) as { posts: { authorHref: string }[]; viewer: { slug: string } };
    const hrefs = [...feed.querySelectorAll(links.PROFILE_LINKS.selectors[0]!)].map((a) => a.getAttribute('href'));
    for (const post of expected.posts) expect(hrefs).toContain(post.authorHref);
    const header = feed.querySelector(links.LINK_SKIP_CONTAINERS.selectors[0]!)!;
    expect(header.textContent).toContain('likes this');
    expect(header.querySelector('a')?.getAttribute('href')).toBe('https://www.linkedin.com/in/lesley-marsh-demo/');
    // The hidden render copy of post 1: its author links sit inside a hidden container (and nothing visible does).
    const copy = feed.querySelector(links.LINK_HIDDEN_CONTAINERS.selectors[1]!)!;
    expect(copy.querySelector('a[href*="/in/lesley-marsh-demo"]')).not.toBeNull();
    expect(copy.closest(links.LINK_HIDDEN_CONTAINERS.selectors[0]!)).not.toBeNull();
    const hiddenAuthorLinks = [...feed.querySelectorAll('a[data-view-name="feed-actor-image"]')].filter((a) =>
      a.closest(links.LINK_HIDDEN_CONTAINERS.selectors.join(',')),
    );
    expect(hiddenAuthorLinks).toHaveLength(1);
    expect(feed.querySelector(links.VIEWER_LINK.selectors[0]!)?.getAttribute('href')).toContain(expected.viewer.slug);
  });

  it('legacy surfaces: nav, identity module and social header are skip containers; the viewer link is found', () => {
    const page = doc('boundaries/people-surfaces-legacy.html');
    for (const surface of ['nav', 'identity', 'social-header']) {
      const container = page.querySelector(`[data-surface="${surface}"]`)!;
      expect(container.closest(links.LINK_SKIP_CONTAINERS.selectors.join(',')), surface).not.toBeNull();
    }
    expect(
      page.querySelector('[data-surface="hidden"]')!.closest(links.LINK_HIDDEN_CONTAINERS.selectors.join(',')),
    ).not.toBeNull();
    expect(page.querySelector(links.VIEWER_LINK.selectors.join(','))?.getAttribute('href')).toContain(
      'robin-ellery-demo',
    );
  });
});
