// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPronouns, readProfileIdentity } from '../../entrypoints/linkedin.content/linkedin/profile-identity';

const FIXTURES = join(import.meta.dirname, '../fixtures');

/** Parses a fixture; iframes become inert divs (happy-dom would try to load them). */
function load(name: string): Document {
  const html = readFileSync(join(FIXTURES, name), 'utf8').replace(/<(\/?)iframe\b/g, '<$1div');
  return new DOMParser().parseFromString(html, 'text/html');
}

function expectations(doc: Document): Record<string, unknown> {
  return JSON.parse(doc.getElementById('fixture-expectations')?.textContent ?? '{}');
}

describe('readProfileIdentity on every profile era', () => {
  it('2026 SDUI (English): slug, member id from the Topcard componentkey, h2 name, headline, anchor', () => {
    const doc = load('linkedin/profile-sdui-2026.html');
    const identity = readProfileIdentity(doc, 'https://www.linkedin.com/in/lesley-marsh-demo/')!;
    expect(identity.key).toBe('lesley-marsh-demo');
    expect(identity.aliases).toContain('urn:li:fsd_profile:ACoAADemoLesleyMarsh0000000000000000001');
    expect(identity.displayName).toBe('Lesley Marsh');
    expect(identity.nameSource).toBe('top-card');
    expect(identity.headline).toBe('Head of Marketing at Northwind Analytics');
    expect(identity.anchor?.tagName).toBe('SECTION');
    expect(identity.anchor?.getAttribute('componentkey')).toMatch(/Topcard$/);
    expect(identity.matchesUrl).toBe(true);
  });

  it('2026 SDUI reached by its member-id URL gets the same person with the slug as alias', () => {
    const doc = load('linkedin/profile-sdui-2026.html');
    const identity = readProfileIdentity(doc, 'https://www.linkedin.com/in/ACoAADemoLesleyMarsh0000000000000000001/')!;
    expect(identity.key).toBe('urn:li:fsd_profile:ACoAADemoLesleyMarsh0000000000000000001');
    expect(identity.aliases).toContain('lesley-marsh-demo');
    expect(identity.displayName).toBe('Lesley Marsh');
  });

  it('2024 legacy: h1 name, headline div, data-member-id and profileUrn aliases', () => {
    const doc = load('linkedin/profile-legacy-2024.html');
    const identity = readProfileIdentity(doc, 'https://www.linkedin.com/in/mateo-lindqvist-demo/')!;
    expect(identity.key).toBe('mateo-lindqvist-demo');
    expect(identity.displayName).toBe('Mateo Lindqvist');
    expect(identity.headline).toBe('Tech Education Lead at Fabrikam Learning');
    expect(identity.aliases).toEqual(
      expect.arrayContaining(['urn:li:member:900000003', 'urn:li:fsd_profile:ACoAADemoMateoLindqvist0000000000000001']),
    );
    expect(identity.anchor?.getAttribute('data-member-id')).toBe('900000003');
  });

  it('2025 legacy with hashed classes (own fixture): about-this-profile h1, profileUrn alias, percent-encoded slug', () => {
    const doc = load('boundaries/profile-legacy-hashed-2025.html');
    const expected = expectations(doc);
    const identity = readProfileIdentity(doc, expected.fixtureUrl as string)!;
    expect(identity.key).toBe(expected.key);
    expect(identity.displayName).toBe(expected.displayName);
    expect(identity.headline).toBe(expected.headline);
    expect(identity.aliases).toEqual(expected.aliases);
    expect(identity.anchor?.querySelector('h1')?.textContent).toBe('Aiko Bergström');
  });

  it('2026 SDUI with a German UI (own fixture): degree "· 1." is not taken for the headline', () => {
    const doc = load('boundaries/profile-sdui-2026-de.html');
    const expected = expectations(doc);
    const identity = readProfileIdentity(doc, expected.fixtureUrl as string)!;
    expect(identity.key).toBe(expected.key);
    expect(identity.displayName).toBe(expected.displayName);
    expect(identity.headline).toBe(expected.headline);
    expect(identity.aliases).toEqual(expected.aliases);
  });

  it('a page whose markup matches nothing proves nothing: no name (the title may be the previous person’s), no anchor', () => {
    const doc = load('boundaries/profile-no-anchors.html');
    const identity = readProfileIdentity(doc, 'https://www.linkedin.com/in/nora-quint-demo/')!;
    expect(identity).toMatchObject({
      key: 'nora-quint-demo',
      displayName: '',
      headline: '',
      anchor: null,
      nameSource: 'none',
      aliases: [],
      proven: false,
    });
  });

  it('every era’s own fixture proves its person; member ids two elements agree on are confirmed', () => {
    const cases: [string, string, string][] = [
      [
        'linkedin/profile-sdui-2026.html',
        'https://www.linkedin.com/in/lesley-marsh-demo/',
        'urn:li:fsd_profile:ACoAADemoLesleyMarsh0000000000000000001',
      ],
      [
        'linkedin/profile-legacy-2024.html',
        'https://www.linkedin.com/in/mateo-lindqvist-demo/',
        'urn:li:fsd_profile:ACoAADemoMateoLindqvist0000000000000001',
      ],
      [
        'boundaries/profile-sdui-2026-de.html',
        'https://www.linkedin.com/in/juergen-weiss-demo/',
        'urn:li:fsd_profile:ACoAADemoJuergenWeiss000000000000000008',
      ],
    ];
    for (const [file, url, fsd] of cases) {
      const identity = readProfileIdentity(load(file), url)!;
      expect(identity.proven, file).toBe(true);
      expect(identity.confirmed, file).toContain(fsd);
    }
  });

  it('a top card whose componentkey carries another member id (stale render or a lying page) confirms nothing and contradicts itself', () => {
    const doc = load('linkedin/profile-sdui-2026.html');
    for (const keyed of doc.querySelectorAll('[componentkey$="Topcard"]')) {
      keyed.setAttribute(
        'componentkey',
        'com.linkedin.sdui.profile.card.refACoAADemoSomeoneElse00000000000000000077Topcard',
      );
    }
    const identity = readProfileIdentity(doc, 'https://www.linkedin.com/in/lesley-marsh-demo/')!;
    expect(identity.proven).toBe(true); // the name link is hers
    expect(identity.displayName).toBe('Lesley Marsh');
    // Her Message link says one member id, the componentkey another: neither may join two people.
    expect(identity.aliases.filter((alias) => alias.startsWith('urn:'))).toEqual([]);
    expect(identity.confirmed).toEqual([]);
  });

  it('content first, address later: the new person’s card under the old address proves nothing', () => {
    const doc = load('linkedin/profile-legacy-2024.html'); // Mateo's page already rendered…
    const identity = readProfileIdentity(doc, 'https://www.linkedin.com/in/lesley-marsh-demo/')!; // …under Lesley's address
    expect(identity).toMatchObject({
      proven: false,
      displayName: '',
      headline: '',
      aliases: [],
      confirmed: [],
      anchor: null,
    });
  });

  it('pronouns under the name are not the headline', () => {
    const doc = load('linkedin/profile-sdui-2026.html');
    const card = doc.querySelector('section[componentkey$="Topcard"]')!;
    const h2 = card.querySelector('a[href*="/in/"] h2')!;
    const pronouns = doc.createElement('p');
    pronouns.textContent = 'She/Her';
    h2.closest('a')!.after(pronouns);
    for (const p of card.querySelectorAll('p'))
      if (p.textContent?.includes('Head of Marketing')) p.before(pronouns.cloneNode(true));
    const identity = readProfileIdentity(doc, 'https://www.linkedin.com/in/lesley-marsh-demo/')!;
    expect(identity.headline).toBe('Head of Marketing at Northwind Analytics');
    for (const value of ['She/Her', '(they/them)', 'sie/ihr', 'He/Him/His'])
      expect(isPronouns(value), value).toBe(true);
    for (const value of ['Head of Marketing at Northwind', 'CEO/Founder at Contoso GmbH', 'CEO/CTO', 'Lesley Marsh'])
      expect(isPronouns(value), value).toBe(false);
  });

  it('sub-routes, uppercase and trailing junk fold to the same key', () => {
    const doc = load('linkedin/profile-sdui-2026.html');
    for (const url of [
      'https://www.linkedin.com/in/Lesley-Marsh-Demo/overlay/contact-info/',
      'https://de.linkedin.com/in/lesley-marsh-demo?trk=abc#x',
      'https://www.linkedin.com/in/lesley-marsh-demo/details/experience/',
    ]) {
      const identity = readProfileIdentity(doc, url)!;
      expect(identity.key).toBe('lesley-marsh-demo');
      expect(identity.anchor).not.toBeNull();
    }
  });

  it('a stale top card of another person (DOM lagging an in-app navigation) is not used', () => {
    const doc = load('linkedin/profile-sdui-2026.html');
    const identity = readProfileIdentity(doc, 'https://www.linkedin.com/in/daniel-okafor-demo/')!;
    expect(identity.key).toBe('daniel-okafor-demo');
    expect(identity.matchesUrl).toBe(false);
    expect(identity.anchor).toBeNull();
    expect(identity.aliases).toEqual([]);
  });

  it('never takes another person linked from the top card (a mutual connection) as an alias', () => {
    const doc = load('linkedin/profile-sdui-2026.html');
    const card = doc.querySelector('section[componentkey$="Topcard"]')!;
    const mutual = doc.createElement('a');
    mutual.setAttribute('href', 'https://www.linkedin.com/in/sample-person-1-demo/');
    mutual.textContent = 'Sample Person 1';
    card.append(mutual);
    const identity = readProfileIdentity(doc, 'https://www.linkedin.com/in/lesley-marsh-demo/')!;
    expect(identity.matchesUrl).toBe(true);
    expect(identity.aliases).not.toContain('sample-person-1-demo');
    // …nor is that person's page mistaken for this card.
    expect(readProfileIdentity(doc, 'https://www.linkedin.com/in/sample-person-1-demo/')!.matchesUrl).toBe(false);
  });

  it('is null off profile pages and never throws on an empty document', () => {
    expect(readProfileIdentity(load('linkedin/feed-2026.html'), 'https://www.linkedin.com/feed/')).toBeNull();
    const empty = new DOMParser().parseFromString('', 'text/html');
    expect(readProfileIdentity(empty, 'https://www.linkedin.com/in/someone-demo/')).toMatchObject({
      key: 'someone-demo',
      displayName: '',
      anchor: null,
    });
  });
});
