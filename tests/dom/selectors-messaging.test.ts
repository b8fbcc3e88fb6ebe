// @vitest-environment happy-dom
/**
 * Every messaging selector chain against every messaging fixture: how many elements each finds (across
 * the document and #interop-outlet's open shadow root), and that no selector is dead weight.
 */
import { describe, expect, it } from 'vitest';
import { queryAllDeep, searchRoots } from '../../entrypoints/linkedin.content/linkedin/dom';
import type { SelectorChain } from '../../entrypoints/linkedin.content/linkedin/selectors/chain';
import * as messaging from '../../entrypoints/linkedin.content/linkedin/selectors/messaging';
import { loadMessagingFixture } from './messaging-fixture';

const OVERLAY = 'linkedin/messaging-overlay-2026.html';
const THREAD = 'linkedin/messaging-thread-2026.html';
const SPANISH = 'linkedin/messaging-overlay-legacy-2023-es.html';
const COMPOSE = 'boundaries/messaging-compose-2026.html';
const GROUP = 'boundaries/messaging-group-thread-2026.html';
const ODD = 'boundaries/messaging-odd-2026.html';
const ALL = [OVERLAY, THREAD, SPANISH, COMPOSE, GROUP, ODD];

const docs = new Map(ALL.map((name) => [name, loadMessagingFixture(name)]));
const count = (chain: SelectorChain, name: string) => queryAllDeep(chain, docs.get(name)!).length;

/** [chain, expected count per fixture in ALL's order] */
const EXPECTED: [SelectorChain, number[]][] = [
  [messaging.MESSAGE_COMPOSER, [3, 1, 1, 2, 1, 5]],
  [messaging.MESSAGE_FORM, [3, 1, 1, 2, 1, 5]],
  [messaging.SEND_BUTTON, [3, 1, 1, 2, 1, 5]],
  [messaging.SEND_MODE_TOGGLE, [3, 1, 1, 2, 1, 5]],
  // bubbles (overlay, Spanish, compose, odd) and the thread page (wrapper + detail pane)
  [messaging.CONVERSATION, [3, 2, 1, 2, 2, 5]],
  // the overlay list bubble has a header too
  [messaging.CONVERSATION_HEADER, [5, 2, 2, 2, 1, 5]],
  [messaging.HEADER_PROFILE_LINKS, [3, 2, 2, 1, 0, 2]],
  [messaging.HEADER_TITLE, [3, 2, 1, 2, 2, 5]],
  [messaging.PROFILE_CARD_LINKS, [1, 2, 2, 1, 0, 0]],
  [messaging.OTHER_MESSAGE_AUTHOR_LINKS, [8, 4, 2, 0, 6, 102]],
  [messaging.OWN_MESSAGE_AUTHOR_LINKS, [2, 2, 0, 0, 2, 2]],
  [messaging.MESSAGE_EVENT_URNS, [5, 3, 1, 0, 5, 53]],
  [messaging.NEW_MESSAGE_RECIPIENTS, [0, 0, 0, 1, 0, 0]],
  [messaging.MESSAGE_LIST_ITEMS, [10, 6, 1, 0, 10, 106]],
];

describe('messaging selector chains against the fixtures', () => {
  it('covers every exported chain', () => {
    expect(EXPECTED.map(([chain]) => chain.name).sort()).toEqual(
      messaging.MESSAGING_CHAINS.map((chain) => chain.name).sort(),
    );
  });

  for (const [chain, counts] of EXPECTED) {
    it(`${chain.name} finds ${counts.join('/')} in ${ALL.map((n) => n.split('/')[1]).join(', ')}`, () => {
      expect(ALL.map((name) => count(chain, name))).toEqual(counts);
    });
  }

  it('every selector of every chain matches something in at least one fixture (no dead fallbacks)', () => {
    const dead: string[] = [];
    for (const chain of messaging.MESSAGING_CHAINS) {
      for (const selector of chain.selectors) {
        const hits = ALL.reduce(
          (sum, name) =>
            sum + searchRoots(docs.get(name)!).reduce((n, root) => n + root.querySelectorAll(selector).length, 0),
          0,
        );
        if (hits === 0) dead.push(`${chain.name}: ${selector}`);
      }
    }
    expect(dead).toEqual([]);
  });

  it('2026 overlay bubbles exist only inside #interop-outlet’s shadow root', () => {
    const doc = docs.get(OVERLAY)!;
    expect(doc.querySelectorAll(messaging.MESSAGE_COMPOSER.selectors[0]!)).toHaveLength(0);
    expect(
      doc.getElementById('interop-outlet')!.shadowRoot!.querySelectorAll(messaging.MESSAGE_COMPOSER.selectors[0]!),
    ).toHaveLength(3);
  });

  it('the Spanish 2023 composer and Send button are found by structure (English labels would miss them)', () => {
    const doc = docs.get(SPANISH)!;
    const englishOnly = messaging.MESSAGE_COMPOSER.selectors.at(-1)!;
    expect(englishOnly).toContain('Write a message');
    expect(doc.querySelectorAll(englishOnly)).toHaveLength(0);
    const [composer] = queryAllDeep(messaging.MESSAGE_COMPOSER, doc);
    expect(composer!.getAttribute('aria-label')).toBe('Escribe un mensaje…');
    const [send] = queryAllDeep(messaging.SEND_BUTTON, doc);
    expect(send!.textContent!.trim()).toBe('Enviar');
  });

  it('knows the anonymous-member label in several languages', () => {
    expect(messaging.ANONYMOUS_MEMBER_NAMES).toEqual(
      expect.arrayContaining(['linkedin member', 'miembro de linkedin', 'linkedin-mitglied']),
    );
  });
});
