import { describe, expect, it } from 'vitest';
import {
  analyze,
  CATEGORIES,
  explain,
  THRESHOLDS,
  type AnalyzeInput,
  type AnalyzeResult,
  type Category,
} from '../../analyzer/index';

const run = (text: string, extra: Partial<AnalyzeInput> = {}): AnalyzeResult => analyze({ text, ...extra });
const cats = (r: AnalyzeResult): Category[] => r.categories;
const evidenceTexts = (r: AnalyzeResult): string[] => r.evidence.map((e) => e.text);

function expectValid(text: string, r: AnalyzeResult): void {
  expect(r.score).toBeGreaterThanOrEqual(0);
  expect(r.score).toBeLessThanOrEqual(1);
  expect(typeof r.personal).toBe('boolean');
  expect(typeof r.unsure).toBe('boolean');
  for (const e of r.evidence) {
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeGreaterThan(e.start);
    expect(e.end).toBeLessThanOrEqual(text.length);
    expect(e.text).toBe(text.slice(e.start, e.end));
    expect(CATEGORIES).toContain(e.category);
  }
  for (const p of r.professionalSignals) expect(p.text).toBe(text.slice(p.start, p.end));
}

/**
 * Sentences written for these tests (not taken from the evaluation corpus): a small held-out check
 * that the analyzer generalises beyond the corpus it was tuned on.
 */
const PERSONAL: [string, string][] = [
  ['en', 'Took the kids to the lake this weekend, first swim of the summer 🏊‍♂️☀️'],
  ['en', 'My husband surprised me with tickets to Lisbon for our 10th anniversary ❤️'],
  ['en', 'Home with the flu today, everything hurts 🤒'],
  ['en', 'Our golden retriever turned 3 today and got a pup cup 🐶🎂'],
  ['en', "Hungover after my cousin's wedding. Worth it. 🥂"],
  ['en', 'New haircut, who dis 💇‍♀️'],
  ['en', 'Grandma passed away peacefully last night. Rest easy, Nana.'],
  ['en', 'Date night at our favourite ramen place 🍜'],
  ['en', 'Finally finished my first marathon!! Legs are destroyed 🏃‍♀️'],
  ['en', 'Sunday church with the family, followed by a huge roast dinner'],
  ['es', 'Domingo de paella con mis suegros y demasiado vino 🥘🍷'],
  ['es', 'Mi perro destrozó el sofá otra vez 🐶'],
  ['es', '¡Nos casamos en septiembre! 💍'],
  ['pt', 'Churrasco de domingo com a família toda reunida 🍖'],
  ['pt', 'Minha filha deu os primeiros passos hoje!!'],
  ['pt', 'Gripado, de cama o dia inteiro 🤒'],
  ['fr', 'Apéro en terrasse avec les copains, enfin le soleil 🍻☀️'],
  ['fr', 'Notre fille est née ce matin, 3,2 kg de bonheur 👶'],
  ['fr', 'Week-end à la montagne avec mon chéri ⛰️'],
  ['de', 'Grillabend mit den Nachbarn, das Bier war kalt, die Würstchen heiß 🍺'],
  ['de', 'Unser Kater hat heute die Weihnachtsdeko zerlegt 🐱🎄'],
  ['de', 'Wir haben uns verlobt!! 💍'],
];

const PROFESSIONAL: [string, string][] = [
  ['en', "We're hiring a senior data engineer to join our platform team in Berlin. Apply via the link in comments."],
  ['en', 'Our Q2 revenue grew 32% year over year, driven by enterprise customers.'],
  ['en', 'The cookie banner now respects consent choices across all our domains.'],
  ['en', 'Family-owned since 1952, our bakery chain now supplies 40 supermarkets.'],
  ['en', 'Our pet insurance startup closed a $12M seed round led by Northwind Ventures.'],
  ['en', 'Baby steps: we migrated the first three services to Kubernetes this sprint.'],
  ['en', 'A marriage of design and engineering is what makes great developer tools.'],
  ['en', 'Health check endpoints are now exposed on every microservice.'],
  ['en', 'Three takeaways from the Retail Summit: loyalty, personalization and data quality.'],
  ['en', 'We baked accessibility into the design system from the very first component.'],
  ['es', 'Buscamos una persona desarrolladora para nuestra startup de comida a domicilio.'],
  ['es', 'Nuestra plataforma de bodas supera los 5.000 clientes en España.'],
  ['pt', 'Estamos contratando: vaga para analista de dados na nossa fintech.'],
  ['fr', 'Nous lançons notre nouvelle plateforme de gestion de paie pour les PME.'],
  ['de', 'Wir suchen eine Projektleitung für unser Familienunternehmen in Stuttgart.'],
];

describe('analyze: held-out sentences', () => {
  it.each(PERSONAL)('personal (%s): %s', (lang, text) => {
    const r = run(text);
    expectValid(text, r);
    expect(r.language).toBe(lang);
    expect(r.personal, JSON.stringify(r.evidence)).toBe(true);
    expect(r.evidence.length).toBeGreaterThan(0);
  });
  it.each(PROFESSIONAL)('professional (%s): %s', (_lang, text) => {
    const r = run(text);
    expectValid(text, r);
    expect(r.personal, JSON.stringify(r.evidence)).toBe(false);
  });
});

describe('analyze: judgement', () => {
  it('the breakfast muffin reads personal, with food evidence and offsets', () => {
    const text = 'Best breakfast ever: a blueberry muffin 🧁 #breakfast';
    const r = run(text, { hasImage: true });
    expect(r.personal).toBe(true);
    expect(cats(r)[0]).toBe('food');
    expect(evidenceTexts(r)).toEqual(expect.arrayContaining(['🧁', '#breakfast']));
    expectValid(text, r);
  });

  it('business uses of personal words are not personal', () => {
    for (const text of [
      'Our food-delivery startup is hiring backend engineers.',
      'Update the cookie-consent banner before Friday.',
      'Meet the new family of products for enterprise teams.',
      'We baked security into the pipeline.',
      'My pet project: a tiny SQL parser in Rust.',
      'The health check endpoint returns 200 again.',
      'This release is the marriage of speed and safety.',
    ]) {
      const r = run(text);
      expect(r.personal, text).toBe(false);
      expect(
        r.evidence.filter((e) => e.weight >= 0.3),
        text,
      ).toEqual([]);
    }
  });

  it('first-person possession weighs more than a mention', () => {
    const mine = run('My wife loves this place.');
    const mention = run('A wife loves this place.');
    const w = (r: AnalyzeResult) => r.evidence.find((e) => e.category === 'family')?.weight ?? 0;
    expect(w(mine)).toBeGreaterThan(w(mention));
    for (const text of ['mi hija', 'meine Frau', 'ma femme', 'minha esposa', 'our twins'])
      expect(run(`${text}!`).evidence[0]?.weight, text).toBeGreaterThanOrEqual(0.8);
  });

  it('one personal line in a long work post is not diluted', () => {
    const work =
      'Our team migrated 140 dashboards to the new semantic layer and cut the nightly ETL from four hours to 55 minutes. ';
    const text = work.repeat(8) + 'Also: our twins arrived on Tuesday 👶👶';
    const r = run(text);
    expect(r.personal).toBe(true);
    expect(cats(r)).toContain('family');
  });

  it('one work line does not hide a personal post', () => {
    const r = run('Three days at the beach with my wife and the kids 🏖️ Back to the quarterly roadmap on Monday.');
    expect(r.personal).toBe(true);
  });

  it('inflections, case and accents do not matter', () => {
    for (const text of ['MUFFINS for everyone', 'Two puppies!', 'Café con mi HIJA', 'Meine Töchter', 'Mes enfants']) {
      expect(run(text).evidence.length, text).toBeGreaterThan(0);
    }
    const decomposed = 'Cafe\u0301 con mi hija';
    const r = run(decomposed);
    expectValid(decomposed, r);
    expect(r.evidence.some((e) => e.text === 'hija')).toBe(true);
  });

  it('emoji with skin tones and ZWJ sequences count, with exact offsets', () => {
    const text = 'Us 👨‍👩‍👧‍👦 and the baby 👶🏽, plus 👩‍❤️‍👨';
    const r = run(text);
    expectValid(text, r);
    const emoji = r.evidence.filter((e) => e.kind === 'emoji');
    expect(emoji.map((e) => e.text)).toEqual(['👨‍👩‍👧‍👦', '👶🏽', '👩‍❤️‍👨']);
    expect(emoji.map((e) => e.category)).toEqual(['family', 'family', 'romance']);
  });

  it('hashtags are split by case and by dictionary', () => {
    for (const [tag, cat] of [
      ['#weekendvibes', 'leisure'],
      ['#familytime', 'family'],
      ['#FamilyTime', 'family'],
      ['#foodie', 'food'],
      ['#DateNight', 'romance'],
    ] as const) {
      const r = run(`${tag}`);
      expect(
        r.evidence.map((e) => e.category),
        tag,
      ).toContain(cat);
      expect(r.evidence[0]!.text).toBe(tag);
    }
    expect(run('#discovery #datascience #leadership').evidence).toEqual([]);
  });

  it('a photo raises a personal reading but does not create one', () => {
    const text = 'Sunday pancakes with the kids';
    expect(run(text, { hasImage: true }).score).toBeGreaterThan(run(text).score);
    const work = run('Slides from my talk on pricing experiments are in the comments.', { hasImage: true });
    expect(work.personal).toBe(false);
    expect(work.score).toBe(0);
  });

  it('sensitivity thresholds are ordered and change the verdict', () => {
    expect(THRESHOLDS.low).toBeGreaterThan(THRESHOLDS.default);
    expect(THRESHOLDS.default).toBeGreaterThan(THRESHOLDS.high);
    const text = 'Beach day 🌊';
    const at = (s: 'low' | 'default' | 'high') => run(text, { settings: { sensitivity: s } });
    expect(at('low').score).toBe(at('high').score);
    expect(at('high').personal || !at('low').personal).toBe(true);
    expect(at('low').sensitivity).toBe('low');
    const borderline = run('Padel on Thursday? 🎾', { settings: { sensitivity: 'high' } });
    expect(borderline.personal).toBe(true);
    expect(run('Padel on Thursday? 🎾', { settings: { sensitivity: 'low' } }).personal).toBe(false);
  });
});

describe('analyze: languages', () => {
  it.each([
    ['en', 'We had a lovely dinner with my parents and the kids last night.'],
    ['es', 'Ayer cenamos con mis padres y los niños en casa de la abuela.'],
    ['pt', 'Ontem jantamos com os meus pais e as crianças na casa da avó.'],
    ['fr', 'Hier soir, nous avons dîné avec mes parents et les enfants chez ma grand-mère.'],
    ['de', 'Gestern Abend haben wir mit meinen Eltern und den Kindern bei Oma gegessen.'],
  ])('detects %s', (lang, text) => {
    const r = run(text);
    expect(r.language).toBe(lang);
    expect(r.personal).toBe(true);
  });

  it.each([
    'Ieri sera cena con la mia famiglia, pizza e vino 🍕🍷',
    'Gisteren hebben we de verjaardag van mijn dochter gevierd met taart 🎂',
    'Wczoraj świętowaliśmy urodziny mojej córki 🎂',
    '昨日は家族で誕生日パーティーをしました 🎂🍰',
    'احتفلنا أمس بعيد ميلاد ابنتي 🎂',
    'Dün kızımın doğum gününü kutladık, pasta yedik 🎂',
  ])('other languages are unsure and never flagged: %s', (text) => {
    const r = run(text);
    expect(r.unsure).toBe(true);
    expect(r.personal).toBe(false);
    expect(r.language).toBe('unknown');
  });
});

describe('analyze: recipient level', () => {
  const romance = 'Date night with my girlfriend, best wine in town 🍷';
  const family = 'My daughter took her first steps today!';
  it('professional contacts: anything personal is flagged', () => {
    expect(run(family, { recipientLevel: 'professional' }).personal).toBe(true);
  });
  it('friendly contacts: only sensitive categories are flagged', () => {
    expect(run(family, { recipientLevel: 'friendly' }).personal).toBe(false);
    expect(run(romance, { recipientLevel: 'friendly' }).personal).toBe(true);
  });
  it('personal and unset contacts: never flagged, but evidence and score remain', () => {
    for (const level of ['personal', 'unset'] as const) {
      const r = run(romance, { recipientLevel: level });
      expect(r.personal).toBe(false);
      expect(r.score).toBeGreaterThan(0.5);
      expect(r.evidence.length).toBeGreaterThan(0);
    }
  });
});

describe('analyze: settings', () => {
  const text = 'Fresh blueberry muffins from the oven this morning 🧁 #baking';
  it('disabled categories never fire', () => {
    const r = run(text, { settings: { disabledCategories: ['food'] } });
    expect(r.evidence.filter((e) => e.category === 'food')).toEqual([]);
    expect(r.personal).toBe(false);
  });
  it('work topics: a baker’s muffins are work', () => {
    for (const topic of ['baking', 'bakery', 'Bäckerei', 'pastry chef']) {
      const r = run(text, { hasImage: true, settings: { workTopics: [topic] } });
      expect(r.personal, topic).toBe(false);
    }
    // Other categories still fire.
    expect(run('Muffins with my daughter 🧁', { settings: { workTopics: ['bakery'] } }).categories).toContain('family');
    expect(run('Wine tasting with friends 🍷', { settings: { workTopics: ['wine'] } }).personal).toBe(false);
    expect(run('Walked the dog in the rain 🐶', { settings: { workTopics: ['pet food'] } }).personal).toBe(false);
  });
  it('extra words add, ignored words remove', () => {
    const extra = run('Kitesurfing all afternoon', {
      settings: { extraWords: [{ text: 'kitesurfing', category: 'leisure' }] },
    });
    expect(extra.evidence.map((e) => e.text)).toContain('Kitesurfing');
    expect(extra.personal).toBe(true);
    const phrase = run('Bottomless mimosas at Smith & Co', {
      settings: { ignoredWords: ['mimosas', 'bottomless brunch'] },
    });
    expect(phrase.evidence.map((e) => e.text)).not.toContain('mimosas');
    const emoji = run('🍷🍷', { settings: { ignoredWords: ['🍷'] } });
    expect(emoji.evidence).toEqual([]);
    const ignoredBase = run('Two puppies!', { settings: { ignoredWords: ['puppy'] } });
    expect(ignoredBase.evidence).toEqual([]);
  });
  it('odd settings do not throw', () => {
    const odd = {
      sensitivity: 'extreme',
      disabledCategories: ['nope', null],
      extraWords: [null, { text: 5 }],
      ignoredWords: [3, ''],
      workTopics: [null],
    };
    const r = analyze({ text: 'My wife 🍷', settings: odd as never });
    expect(r.sensitivity).toBe('default');
    expect(r.personal).toBe(true);
  });
});

describe('analyze: output', () => {
  it('categories are strongest first and explain() names them', () => {
    const r = run('Wedding day!! 💍👰 Then pizza 🍕');
    expect(r.categories[0]).toBe('lifeEvents');
    expect(explain(r)).toMatch(/^Reads personal: personal life events \('/);
    expect(explain(run('Quarterly results are out.'))).toBe('Reads professional');
  });
  it('professional signals explain the other side', () => {
    const r = run("We're hiring: senior product manager for our payments platform.");
    expect(r.professionalSignals.length).toBeGreaterThan(0);
    expectValid("We're hiring: senior product manager for our payments platform.", r);
  });
  it('caps evidence on huge texts and says so', () => {
    const text = 'wine '.repeat(5000);
    const r = run(text);
    expect(r.evidence.length).toBeLessThanOrEqual(200);
    expect(r.evidenceTruncated).toBe(true);
    expectValid(text, r);
  });
});

describe('analyzer module purity', () => {
  it('the module itself uses no Node or browser APIs (only cli, evaluate and bench do)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = join(import.meta.dirname, '../../analyzer');
    const wrappers = new Set(['cli.ts', 'evaluate.ts', 'bench.ts']);
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !wrappers.has(f));
    expect(files).toContain('analyze.ts');
    for (const f of files) {
      const src = readFileSync(join(dir, f), 'utf8');
      expect(src, f).not.toMatch(
        /from ['"]node:|require\(|\bprocess\.|\bdocument\.|\bwindow\.|\bchrome\.|\bbrowser\.|localStorage|fetch\(/,
      );
      for (const m of src.matchAll(/^(?:import|export|\})[^\n]*from '([^']+)'/gm))
        expect(m[1], `${f} imports ${m[1]}`).toMatch(/^\.\/[\w-]+\.ts$/);
    }
  });
});
