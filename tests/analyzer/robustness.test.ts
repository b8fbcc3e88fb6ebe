/**
 * Bad input never throws, never hangs, and always returns a valid result: fixed nasty inputs,
 * property-based fuzzing (fast-check) and a linear-time check.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, CATEGORIES, type AnalyzeInput, type AnalyzeResult } from '../../analyzer/bundled';

function check(input: AnalyzeInput, r: AnalyzeResult): void {
  const text = typeof input.text === 'string' ? input.text : '';
  expect(Number.isFinite(r.score)).toBe(true);
  expect(r.score).toBeGreaterThanOrEqual(0);
  expect(r.score).toBeLessThanOrEqual(1);
  expect(typeof r.personal).toBe('boolean');
  expect(typeof r.unsure).toBe('boolean');
  expect(['low', 'default', 'high']).toContain(r.sensitivity);
  expect(['en', 'es', 'pt', 'fr', 'de', 'unknown']).toContain(r.language);
  expect(new Set(r.categories).size).toBe(r.categories.length);
  for (const c of r.categories) expect(CATEGORIES).toContain(c);
  expect(r.evidence.length).toBeLessThanOrEqual(200);
  let last = -1;
  for (const e of r.evidence) {
    expect(Number.isInteger(e.start) && Number.isInteger(e.end)).toBe(true);
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeGreaterThan(e.start);
    expect(e.end).toBeLessThanOrEqual(text.length);
    expect(e.text).toBe(text.slice(e.start, e.end));
    expect(CATEGORIES).toContain(e.category);
    expect(r.categories).toContain(e.category);
    expect(['word', 'phrase', 'emoji', 'hashtag']).toContain(e.kind);
    expect(e.weight).toBeGreaterThan(0);
    expect(e.weight).toBeLessThanOrEqual(1);
    expect(e.start).toBeGreaterThanOrEqual(last); // text order
    last = e.start;
  }
  for (const p of r.professionalSignals) {
    expect(p.start).toBeGreaterThanOrEqual(0);
    expect(p.end).toBeLessThanOrEqual(text.length);
    expect(p.text).toBe(text.slice(p.start, p.end));
  }
  if (r.unsure && r.language === 'unknown' && r.evidence.length === 0) expect(r.personal).toBe(false);
  expect(() => JSON.stringify(r)).not.toThrow();
}

describe('analyzer: nasty inputs', () => {
  const big = 'Sunday brunch with my family 🥞 and then back to the roadmap. '
    .repeat(Math.ceil(5_000_000 / 62))
    .slice(0, 5_000_000);
  const cases: [string, string][] = [
    ['empty', ''],
    ['whitespace', ' \t\n\r\u00a0\u2003\u3000\n\n'],
    ['5 MB', big],
    ['lone surrogates', '\ud800 my wife \udfff\ud83d x \udc00\ud800\ud800'],
    ['zero-width joiners', '\u200d\u200d my\u200dwife 👩\u200d\u200d❤\u200d 🍷\u200d'],
    ['combining marks', '\u0301\u0301 cafe\u0301 ni\u0303no e\u0308\u0308\u0308\u0308\u0308 z̸̡̢̛̗͚̙͇͔̭̹̫̩̜̮̲̈́̅̀̽̉̊͒̊͐̚͝͝a̷l̴g̵o̸'],
    ['right-to-left', 'אשתי ואני ‏בחופשה‏ 🏖️ \u202eevil text\u202c مرحبا بكم'],
    ['html', '<p>My <b>wife</b> &amp; I</p><script>alert("x")</script><img src=x onerror=1><<<<>>>>'],
    ['code', 'const wife = await fetch(`/api/family?id=${id}`); if (kids > 0) { party(); } // 🍕\n#include <stdio.h>'],
    ['urls only', 'https://example.com/wedding-photos?kid=1 www.party.example http://x.y/z#family'],
    ['emoji only', '🍷🍷🍷🎉💍👶🏽👨‍👩‍👧‍👦🏳️‍🌈🇪🇸🏴󠁧󠁢󠁳󠁣󠁴󠁿1️⃣#️⃣'],
    ['same word 100,000 times', 'wine '.repeat(100_000)],
    ['one 1 MB word', 'a'.repeat(1_000_000)],
    ['one 1 MB hashtag', '#' + 'familytime'.repeat(100_000)],
    ['hyphen and apostrophe storms', "-'-'-'-'- my-'-wife-'-'s -'- l'l'l'l'l " + "-'".repeat(50_000)],
    ['punctuation only', '.,;:!?…—–()[]{}"\'«»'.repeat(10_000)],
    ['control characters', '\u0000\u0001\u0007\u001b[31mmy wife\u001b[0m\u007f\u0085\u2028\u2029'],
    ['mixed scripts per word', 'fаmily wіfe бабушка家族 ωmy'],
    ['huge numbers and percent', '9'.repeat(50_000) + '% ' + '1-2-3-4-5-'.repeat(10_000)],
    ['many sentences', 'Beer. '.repeat(200_000)],
    ['many hashtags', '#a '.repeat(100_000) + '#weekendvibes'],
    ['@mentions and emails', '@Jane Doe @@@ jane@example.com my wife@home'],
  ];
  // Speed (including that time grows linearly with length) is measured by `npm run bench`
  // (analyzer/bench-core.ts), never timed here: a loaded machine must not fail a test.
  it.each(cases)('%s: valid result, no throw', (_name, text) => {
    check({ text }, analyze({ text, hasImage: true }));
  });

  it('non-string and missing fields do not throw', () => {
    for (const input of [
      {},
      { text: null },
      { text: undefined },
      { text: 42 },
      { text: {} },
      null,
      undefined,
      { text: 'my wife', settings: null },
      { text: 'x', recipientLevel: 'weird' },
    ]) {
      const r = analyze(input as never);
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(typeof r.personal).toBe('boolean');
    }
  });
});

/** Pieces that exercise the tokenizer and the context rules. */
const PIECES = [
  'my',
  'our',
  'wife',
  'kids',
  'baby',
  'family',
  'of',
  'products',
  'startup',
  'food',
  'delivery',
  'cookie',
  'consent',
  'banner',
  'baked',
  'into',
  'pet',
  'project',
  'team',
  'lunch',
  'party',
  'third',
  'wedding',
  'SaaS',
  'mi',
  'hija',
  'meine',
  'Frau',
  'ma',
  'femme',
  'Hochzeitstorte',
  'Familienunternehmen',
  'de',
  'la',
  'empresa',
  'vino',
  'hiring',
  'Same thing with my team',
  "that's exactly what",
  'hope you had',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '.',
  '!',
  '?',
  ',',
  '-',
  "'",
  '’',
  '#',
  '#familytime',
  '#WeekendVibes',
  '@',
  'https://x.example/a',
  '🍷',
  '👶🏽',
  '👨‍👩‍👧',
  '🏳️‍🌈',
  '\u200d',
  '\u0301',
  '\ufe0f',
  '\ud83d',
  '\udc00',
  '7',
  '-year-',
  'old',
  'turns',
  '90',
  '%',
  'ß',
  'İ',
  'ǅ',
  'ﬁ',
  '\u202e',
  'א',
  'ب',
  '家',
];

describe('analyzer: properties', () => {
  const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
  it('random UTF-16 (lone surrogates included): valid result, never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: anyUnit, maxLength: 300 }), fc.boolean(), (text, hasImage) => {
        check({ text }, analyze({ text, hasImage }));
      }),
      { numRuns: 400 },
    );
  });
  it('random Unicode graphemes: valid result', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => check({ text }, analyze({ text }))),
      { numRuns: 300 },
    );
  });
  it('random code points: valid result', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => check({ text }, analyze({ text }))),
      { numRuns: 300 },
    );
    // Every run meets new code points (nothing cached): generous on a loaded two-core box.
  }, 60_000);
  it('random mixes of lexicon words, emoji and punctuation: valid result, offsets exact', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }),
        fc.array(fc.constantFrom(' ', '', '\n', '-', "'"), { maxLength: 60 }),
        fc.constantFrom('low', 'default', 'high'),
        fc.constantFrom(undefined, 'professional', 'friendly', 'personal', 'unset'),
        (pieces, seps, sensitivity, recipientLevel) => {
          const text = pieces.map((p, i) => p + (seps[i] ?? ' ')).join('');
          const input: AnalyzeInput = {
            text,
            settings: { sensitivity },
            ...(recipientLevel ? { recipientLevel } : {}),
          };
          const r = analyze(input);
          check(input, r);
          if (recipientLevel === 'personal' || recipientLevel === 'unset') expect(r.personal).toBe(false);
          expect(r.sensitivity).toBe(sensitivity);
        },
      ),
      { numRuns: 500 },
    );
  });
  it('a higher sensitivity never flags less', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const text = pieces.join(' ');
        const low = analyze({ text, settings: { sensitivity: 'low' } }).personal;
        const def = analyze({ text, settings: { sensitivity: 'default' } }).personal;
        const high = analyze({ text, settings: { sensitivity: 'high' } }).personal;
        expect(!low || def).toBe(true);
        expect(!def || high).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it('disabling a category removes it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }),
        fc.constantFrom(...CATEGORIES),
        (pieces, cat) => {
          const r = analyze({ text: pieces.join(' '), settings: { disabledCategories: [cat] } });
          expect(r.categories).not.toContain(cat);
          expect(r.evidence.every((e) => e.category !== cat)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
