/**
 * The trained tone model through the analyzer's public API: what a user would notice. The model is the
 * shipped asset (npm run train); nothing here checks a hard-coded score, only verdicts, explanations,
 * and the behaviour around the model (normalisation, settings, recipient levels, bad input, no model).
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED_MODEL, THRESHOLDS, analyze, explain, modelStatus, setModelAsset } from '../../analyzer/bundled';

const PERSONAL = [
  // The examples of real personal posts the hand-tuned analyzer missed.
  'I went on vacation to Myrtle Beach',
  'My sister offered to babysit',
  'My daughter scored two goals today!',
  'Baked blueberry muffins for breakfast 🧁 the kids loved them',
  'Mein Hund hat heute Geburtstag 🐶',
  'Mi hija empezó hoy la guardería y la que lloró fui yo 😭',
];
const PROFESSIONAL = [
  'Happy New Year from all of us at Contoso! Thank you to our customers and partners for a great year.',
  'Our OAuth article explains token refresh and how to rotate client secrets safely.',
  "We're excited to announce our Series B to scale the platform across Europe.",
  'Lanzamos la nueva versión de nuestra app de reservas para restaurantes.',
  'Join our webinar on Thursday about data governance for mid-size companies.',
];

describe('the trained model', () => {
  it('is the shipped asset, loaded', () => {
    expect(modelStatus()).toEqual({ loaded: true, id: BUNDLED_MODEL.id });
    expect(THRESHOLDS.low).toBeGreaterThan(THRESHOLDS.default);
    expect(THRESHOLDS.default).toBeGreaterThan(THRESHOLDS.high);
  });

  it.each(PERSONAL)('reads personal: %s', (text) => {
    const r = analyze({ text });
    expect(r.unsure).toBe(false);
    expect(r.personal, `score ${r.score}`).toBe(true);
    expect(r.evidence.length).toBeGreaterThan(0);
  });

  it.each(PROFESSIONAL)('reads professional: %s', (text) => {
    const r = analyze({ text });
    expect(r.personal, `score ${r.score}`).toBe(false);
  });

  it('explains with the words that moved the score, by category, quoting the user’s text exactly', () => {
    const text = 'Baked blueberry muffins for breakfast 🧁 the kids loved them';
    const r = analyze({ text });
    expect(r.categories).toContain('food');
    const food = r.evidence.filter((e) => e.category === 'food').map((e) => e.text);
    expect(food).toEqual(expect.arrayContaining(['breakfast']));
    for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(explain(r)).toMatch(/^Reads personal: .*food and drink \(.*'breakfast'/);
  });

  it('low / default / high sensitivity are ordered operating points', () => {
    const texts = [...PERSONAL, ...PROFESSIONAL, 'Great dinner with the team after the offsite'];
    for (const text of texts) {
      const low = analyze({ text, settings: { sensitivity: 'low' } }).personal;
      const def = analyze({ text }).personal;
      const high = analyze({ text, settings: { sensitivity: 'high' } }).personal;
      if (low) expect(def, text).toBe(true);
      if (def) expect(high, text).toBe(true);
    }
  });
});

describe('normalisation', () => {
  const plain = 'My daughter scored two goals today!';
  it.each([
    ['bold', '𝗠𝘆 𝗱𝗮𝘂𝗴𝗵𝘁𝗲𝗿 𝘀𝗰𝗼𝗿𝗲𝗱 𝘁𝘄𝗼 𝗴𝗼𝗮𝗹𝘀 𝘁𝗼𝗱𝗮𝘆!'],
    ['italic', '𝘔𝘺 𝘥𝘢𝘶𝘨𝘩𝘵𝘦𝘳 𝘴𝘤𝘰𝘳𝘦𝘥 𝘵𝘸𝘰 𝘨𝘰𝘢𝘭𝘴 𝘵𝘰𝘥𝘢𝘺!'],
    ['fullwidth', 'Ｍｙ ｄａｕｇｈｔｅｒ ｓｃｏｒｅｄ ｔｗｏ ｇｏａｌｓ ｔｏｄａｙ！'],
    ['circled', 'Ⓜⓨ ⓓⓐⓤⓖⓗⓣⓔⓡ ⓢⓒⓞⓡⓔⓓ ⓣⓦⓞ ⓖⓞⓐⓛⓢ ⓣⓞⓓⓐⓨ!'],
    ['invisible characters', 'My\u200b daugh\u00adter\u2060 scored two goals to\ufeffday!'],
    ['stretched', 'My daughterrrr scoooored two goals todaaaay!!!!!'],
  ])('%s letters read like plain ones', (_name, text) => {
    const a = analyze({ text: plain });
    const b = analyze({ text });
    expect(b.unsure).toBe(false);
    expect(b.personal).toBe(a.personal);
    expect(Math.abs(b.score - a.score)).toBeLessThan(0.15);
    const daughter = b.evidence.find((e) => e.category === 'family');
    expect(daughter, JSON.stringify(b.evidence)).toBeDefined();
    expect(text.slice(daughter!.start, daughter!.end)).toBe(daughter!.text);
  });

  it('emoji variants (text/emoji presentation, skin tones) are the same emoji', () => {
    const a = analyze({ text: 'Baby shower this weekend 👶' });
    const b = analyze({ text: 'Baby shower this weekend 👶🏽' });
    const c = analyze({ text: 'Wedding this weekend ❤️' });
    const d = analyze({ text: 'Wedding this weekend ❤' });
    expect(b.score).toBe(a.score);
    expect(d.score).toBe(c.score);
  });
});

describe('settings and recipients', () => {
  const PARTY = 'Great weekend, far too many beers at the party with my friends!';
  it('"Keep it professional" minds anything personal; "Friendly" only sensitive topics; personal/unset nothing', () => {
    expect(analyze({ text: PARTY, recipientLevel: 'professional' }).personal).toBe(true);
    expect(analyze({ text: PARTY, recipientLevel: 'friendly' }).personal).toBe(true);
    const kids = analyze({ text: 'My son took his first steps today', recipientLevel: 'friendly' });
    expect(kids.personal).toBe(false);
    expect(analyze({ text: 'My son took his first steps today', recipientLevel: 'professional' }).personal).toBe(true);
    for (const level of ['personal', 'unset'] as const) {
      const r = analyze({ text: PARTY, recipientLevel: level });
      expect(r.personal).toBe(false);
      expect(r.evidence.length).toBeGreaterThan(0);
    }
  });

  it('ignored words and switched-off categories are not read; extra words count', () => {
    const text = 'Beers at the party tonight 🍻';
    expect(analyze({ text }).personal).toBe(true);
    const ignored = analyze({ text, settings: { ignoredWords: ['beers', 'party', '🍻', 'tonight'] } });
    expect(ignored.evidence.map((e) => e.text)).not.toContain('beers');
    expect(ignored.personal).toBe(false);
    const off = analyze({ text, settings: { disabledCategories: ['parties'] } });
    expect(off.categories).not.toContain('parties');
    const plain = 'Quarterly planning review with Contoso on Thursday';
    expect(analyze({ text: plain }).personal).toBe(false);
    const extra = analyze({ text: plain, settings: { extraWords: [{ text: 'Contoso', category: 'family' }] } });
    expect(extra.evidence.map((e) => e.text)).toContain('Contoso');
    expect(extra.score).toBeGreaterThan(analyze({ text: plain }).score);
  });

  it('"my work is about baking": a baker’s bakery post reads as work', () => {
    const text = 'Fresh sourdough and cinnamon rolls out of the oven at the bakery this morning';
    expect(analyze({ text }).personal).toBe(true);
    expect(analyze({ text, settings: { workTopics: ['baking'] } }).personal).toBe(false);
  });
});

describe('bad input and no model', () => {
  it('languages without training data are "not sure", never personal', () => {
    for (const text of [
      'Ieri sera cena con la mia famiglia, pizza e vino 🍕🍷',
      'Wczoraj świętowaliśmy urodziny mojej córki 🎂',
      '昨日は家族で誕生日パーティーをしました 🎂🍰',
    ]) {
      const r = analyze({ text });
      expect(r.personal, text).toBe(false);
      expect(r.unsure, text).toBe(true);
    }
  });

  it('a draft of emoji alone is "not sure": no words to read, so never a nudge', () => {
    for (const text of ['🎉', '🧁🧁', '🍷🍷🍷 🎂 👶🏽']) {
      const r = analyze({ text });
      expect(r.personal, text).toBe(false);
      expect(r.unsure, text).toBe(true);
    }
    // One word beside them is enough to be judged.
    expect(analyze({ text: 'Brunch 🧁🧁' }).unsure).toBe(false);
  });

  it('a 1 MB draft is read (up to its cap) without throwing, with exact offsets', () => {
    const text = 'Our roadmap for next quarter focuses on reliability. '.repeat(10000) + 'My wife and I had a baby! 👶';
    expect(text.length).toBeGreaterThan(500_000);
    const r = analyze({ text: text.repeat(2) });
    expect(typeof r.score).toBe('number');
    for (const e of r.evidence) expect(text.repeat(2).slice(e.start, e.end)).toBe(e.text);
  });

  it('a draft is judged on the first 8,000 characters, the most LinkedIn sends: a personal line past them is not read', () => {
    // The documented bound that keeps a 1 MB paste as cheap as a long message (README, features.ts).
    const work = 'Our roadmap for next quarter focuses on reliability, onboarding and pricing experiments. ';
    const head = work.repeat(Math.ceil(8000 / work.length)).slice(0, 8000);
    const personal = ' My wife and I had a baby girl last night! 👶 Our family is complete, home with the kids ❤️';
    expect(analyze({ text: personal }).personal).toBe(true);
    const long = analyze({ text: head + personal.repeat(20) });
    const alone = analyze({ text: head });
    expect(long.score).toBe(alone.score);
    expect(long.personal).toBe(false);
    for (const e of long.evidence) expect(e.end).toBeLessThanOrEqual(8000);
    // Within the bound the same line is read.
    const short = analyze({ text: work.repeat(3) + personal.repeat(3) });
    expect(short.score).toBeGreaterThan(alone.score);
  });

  it('a missing or corrupt model asset answers "not sure" for everything and says why', () => {
    try {
      for (const broken of [
        null,
        { ...BUNDLED_MODEL, format: 99 },
        { ...BUNDLED_MODEL, weights: 'not base64 at all!' },
        { ...BUNDLED_MODEL, weights: BUNDLED_MODEL.weights.slice(0, 1000) },
        { ...BUNDLED_MODEL, thresholds: { low: 'x' } },
      ]) {
        const installed = setModelAsset(broken);
        expect(installed.ok).toBe(false);
        const status = modelStatus();
        expect(status.loaded).toBe(false);
        expect(status.loaded ? '' : status.error).toMatch(/model asset/);
        const r = analyze({ text: 'My daughter scored two goals today!' });
        expect(r).toMatchObject({ personal: false, unsure: true, evidence: [] });
      }
    } finally {
      expect(setModelAsset(BUNDLED_MODEL).ok).toBe(true);
    }
    expect(analyze({ text: 'My daughter scored two goals today!' }).personal).toBe(true);
  });
});
