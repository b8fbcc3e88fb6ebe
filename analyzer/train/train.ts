/**
 * `npm run train` — trains the tone model and writes analyzer/model-data.ts (the shipped asset) and
 * analyzer/train/REPORT.md (cross-source figures, calibration, operating points).
 *
 * 1. Data: ../shared/corpora/train.jsonl (read in place; the CC BY-NC-SA source is left out) plus the
 *    project-written corpus tests/analyzer-corpus as extra hard cases, plus training-only lines we wrote
 *    (analyzer/train/written/: everyday and work lines in es/pt/fr/de; never held out, never a measure).
 *    Weights balance sources, labels and length buckets (data.ts), so neither length nor era is a shortcut.
 * 2. Texts → windows of ≈30 words → hashed features (features.ts); each window is a training row with its
 *    text's label and 1/windows of its text's weight.
 * 3. Cross-source validation: for each source, train on all the others and score that source (out-of-fold);
 *    groups of several repositories one repository at a time (BY_REPOSITORY), and also whole. Texts read by
 *    hand (hand-labels/) add figures on what a reader calls personal. Window pooling temperature is chosen on
 *    these out-of-fold scores; Platt calibration is fitted on them; low/default/high thresholds are the
 *    2% / 5% / 10% false-alarm points on out-of-fold professional LinkedIn posts.
 * 4. The final model trains on everything, with the same settings; weights are quantised to Int8.
 *
 * Fixed seed: two runs write the same asset. Node only, single-threaded; a few minutes on two cores.
 *   npm run train              full run (cross-validation + final model)
 *   npm run train -- --quick   final model only, reuse calibration from the current asset (development)
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATEGORIES } from '../types.ts';
import { CATEGORY_EMOJI, CATEGORY_TERMS } from '../category-terms.ts';
import { featurize, makeScratch, GROUP_SCALE, K_WORD, wordCategory, wordHash } from '../features.ts';
import { calibrate, encodeBase64, MODEL_FORMAT, pool, windowLogit, type ModelAsset } from '../model.ts';
import { isStopword } from '../lang.ts';
import {
  LENGTH_BUCKETS,
  lengthBucket,
  loadProject,
  loadShared,
  loadWritten,
  sampleWeights,
  HAND_LABELS_DIR,
  readHandLabels,
  textId,
  WRITTEN_GROUP,
  type HandLabel,
  type Item,
} from './data.ts';
import { fitPlatt, LANGUAGE_SLOTS, rng, trainLR, trainPairwise, withLanguage, type Row } from './lr.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BITS = Number(process.env.TRAIN_BITS ?? 20);
const DIM = 1 << BITS;
const MASK = DIM - 1;
const SEED = 20261207;
const OPTS = {
  dim: DIM,
  epochs: Number(process.env.TRAIN_EPOCHS ?? 4),
  l2: Number(process.env.TRAIN_L2 ?? 2e-6),
  lr: 0.08,
  seed: SEED,
};
/**
 * The shipped model is one linear model: 0.3 × the logistic model's weights + 0.7 × those of a model trained
 * with the pairwise ranking loss (lr.ts; REPORT.md rounds 5–6: it ranks short personal texts far better).
 * Experiments: TRAIN_LOSS=logistic trains the logistic model alone, TRAIN_BLEND=a sets the logistic share.
 */
const LOSS = process.env.TRAIN_LOSS ?? 'pairwise';
const BLEND = Number(process.env.TRAIN_BLEND ?? 0.3);
/**
 * Back-door adjustment for language (Landeiro & Culotta 2016; REPORT.md round 7): while training, every window
 * also holds its text's language as a feature of this value, in a slot of its own past the hashed table, so
 * how often a language's training texts are personal (Spanish: mostly tweets; English: most of the work posts)
 * is learned by that one weight instead of by the language's words. The asset leaves those weights out, so
 * the shipped model scores every language alike. TRAIN_LANG_BIAS=0 turns it off.
 */
const LANG_BIAS = Number(process.env.TRAIN_LANG_BIAS ?? 3);
/**
 * This share of the pairwise loss's pairs is drawn within one language, the rest across all rows (REPORT.md
 * round 7): a pair of two languages teaches partly which language is which, a pair within one teaches only what
 * reads personal. TRAIN_PAIR_LANG=0 draws every pair across all rows.
 */
const PAIR_LANG = Number(process.env.TRAIN_PAIR_LANG ?? 0.75);
/** Labels balanced per length bucket × language (data.ts), not per length bucket alone. */
const BY_LANGUAGE = (process.env.TRAIN_BY_LANGUAGE ?? '1') === '1';
/** Where to write (experiments write elsewhere so the shipped asset stays put). */
const OUT_DIR = process.env.TRAIN_OUT;
const TEMPERATURES = [0.5, 1, 2, 4, 8, 1000];
/**
 * Groups held out one repository at a time, so every text is scored by a model that never saw its source (the
 * issue's cross-source validation: "test on a source never trained on"). English LinkedIn: one author or company
 * per repository; the shipped model knows other authors' posts, so a new author is what it meets, and the
 * operating points are set on them. Non-English tweets: two independent datasets (UMSAB sentiment tweets,
 * cardiffnlp/xlm-t; MINT intimacy tweets, SemEval-2023). Reddit scrapes: five course projects. The report also
 * gives the stricter reading, each of the last two groups held out whole (REPORT.md round 8).
 */
const BY_REPOSITORY = ['linkedin-en', 'tweets-multilingual', 'reddit-scrapes'];
const repositoryOf = (it: Item) => it.source.split(':')[0]!;
const FPR_POINTS = { low: 0.02, default: 0.05, high: 0.1 } as const;

interface Doc {
  item: Item;
  weight: number;
  rows: Row[];
  words: Set<string>;
  cats: Set<number>;
}

function log(msg: string) {
  process.stderr.write(`${msg}\n`);
}

function prepare(items: Item[]): Doc[] {
  const weights = sampleWeights(items, BY_LANGUAGE ? { byLanguage: true } : {});
  const scratch = makeScratch(DIM);
  return items.map((item, i) => {
    const f = featurize(item.text, MASK, scratch);
    const weight = weights[i]!;
    const n = Math.max(1, f.windows.length);
    const rows: Row[] = f.windows.map((w) => ({ idx: w.idx, val: w.val, y: item.label, weight: weight / n }));
    const words = new Set<string>();
    const cats = new Set<number>();
    for (const t of f.tokens) {
      if (t.kind === K_WORD) words.add(t.s);
      if (t.cat >= 0) cats.add(t.cat);
    }
    return { item, weight, rows, words, cats };
  });
}

function trainOn(docs: Doc[]) {
  const rows: Row[] = [];
  const langOf = new Map<Row, string>();
  for (const d of docs)
    for (const r of d.rows) {
      const row = LANG_BIAS > 0 ? withLanguage(r, d.item.lang, LANG_BIAS, DIM) : r;
      rows.push(row);
      langOf.set(row, d.item.lang);
    }
  const opts = { ...OPTS, dim: DIM + (LANG_BIAS > 0 ? LANGUAGE_SLOTS : 0) };
  let model: { w: Float32Array; bias: number };
  if (LOSS === 'pairwise') {
    model = trainPairwise(rows, opts, PAIR_LANG > 0 ? { langOf, langShare: PAIR_LANG } : {});
    const m = trainLR(rows, opts);
    for (let i = 0; i < DIM; i++) model.w[i] = BLEND * m.w[i]! + (1 - BLEND) * model.w[i]!;
    model.bias = BLEND * m.bias;
  } else if (LOSS === 'logistic') model = trainLR(rows, opts);
  else throw new Error(`unknown TRAIN_LOSS ${LOSS}`);
  // The language weights stay behind: scoring reads the text alone.
  return { w: model.w.slice(0, DIM), bias: model.bias };
}

function windowLogits(model: { w: Float32Array; bias: number }, doc: Doc): number[] {
  return doc.rows.map((r) => windowLogit(model.w, model.bias, r.idx, r.val));
}

/** Threshold on a score list giving at most `rate` false alarms among negatives. */
function thresholdAt(negScores: number[], rate: number): number {
  const s = [...negScores].sort((a, b) => b - a);
  const k = Math.floor(rate * s.length);
  return k < s.length ? s[k]! + 1e-9 : -Infinity;
}

/**
 * Figures on texts read one by one, blind to any score (hand-labels/README.md): a source's label says where a
 * text comes from, not what a reader calls it (a 2009 tweet about a government blocking websites is not a
 * personal post; a LinkedIn post thanking people for birthday wishes is).
 */
function handReadLines(held: Doc[], prob: Map<Doc, number>, th: Record<'low' | 'default' | 'high', number>): string[] {
  const byId = new Map(held.map((d) => [textId(d.item.text), d]));
  const out = ['### Read by hand (blind samples; hand-labels/)', ''];
  out.push(
    '| held-out group | sampled | read personal | recall on those, low / default / high |',
    '|---|---:|---:|---|',
  );
  const pers = readHandLabels(ROOT, 'personal-sample.jsonl');
  for (const g of [...new Set(pers.map((h) => h.group))].sort()) {
    const ds = pers
      .filter((h) => h.group === g && h.label === 'personal')
      .map((h) => byId.get(h.id))
      .filter((d): d is Doc => d !== undefined);
    const r = (t: number) => pct(ds.filter((d) => prob.get(d)! >= t).length / ds.length);
    out.push(
      `| ${g} | ${pers.filter((h) => h.group === g).length} | ${ds.length} | ${r(th.low)} / ${r(th.default)} / ${r(th.high)} |`,
    );
  }
  const strata = JSON.parse(readFileSync(join(ROOT, HAND_LABELS_DIR, 'strata.json'), 'utf8')) as Record<
    string,
    { posts: number; top: number }
  >;
  const li = readHandLabels(ROOT, 'linkedin-sample.jsonl');
  out.push(
    '',
    '| LinkedIn posts | read (of all) | read personal, estimated | read personal and flagged (default) | false alarms among the rest (default) | flags read personal (default) |',
    '|---|---:|---:|---:|---:|---:|',
  );
  for (const g of Object.keys(strata).sort()) {
    const hs = li.filter((h) => h.group === g && byId.has(h.id));
    const restRead = hs.filter((h) => h.stratum === 'rest').length;
    // Stratified: every post of the top stratum was read; each read post of the rest stands for its share.
    const w = (h: HandLabel) => (h.stratum === 'top' ? 1 : (strata[g]!.posts - strata[g]!.top) / restRead);
    const flagged = (h: HandLabel) => prob.get(byId.get(h.id)!)! >= th.default;
    const sum = (f: (h: HandLabel) => boolean) => hs.filter(f).reduce((a, h) => a + w(h), 0);
    const personal = sum((h) => h.label === 'personal');
    const readPersonal = hs.filter((h) => h.label === 'personal');
    const fa = sum((h) => h.label !== 'personal' && flagged(h)) / sum((h) => h.label !== 'personal');
    const flags = sum(flagged);
    const flagsPersonal = flags ? sum((h) => h.label === 'personal' && flagged(h)) / flags : 0;
    out.push(
      `| ${g} | ${hs.length} of ${strata[g]!.posts} | ${personal.toFixed(0)} | ${readPersonal.filter(flagged).length} of ${readPersonal.length} | ${pct(fa)} | ${pct(flagsPersonal)} |`,
    );
  }
  return out;
}

function pct(x: number) {
  return `${(100 * x).toFixed(1)}%`;
}

function main() {
  const quick = process.argv.includes('--quick');
  const t0 = Date.now();
  const items = [...loadShared(ROOT), ...loadProject(ROOT), ...loadWritten(ROOT)];
  const dataHash = createHash('sha256');
  for (const it of items) dataHash.update(`${it.label}\u0001${it.text}\u0002`);
  // The settings and the lexicon are part of the identity: another size, schedule or word list is another model.
  dataHash.update(JSON.stringify({ BITS, OPTS, GROUP_SCALE, CATEGORY_TERMS, CATEGORY_EMOJI }));
  if (LOSS !== 'logistic') dataHash.update(JSON.stringify({ LOSS, BLEND }));
  if (LANG_BIAS > 0 || BY_LANGUAGE || PAIR_LANG > 0)
    dataHash.update(JSON.stringify({ LANG_BIAS, BY_LANGUAGE, ...(PAIR_LANG > 0 ? { PAIR_LANG } : {}) }));
  log(`items: ${items.length}`);
  const docs = prepare(items);
  log(
    `featurized in ${((Date.now() - t0) / 1000).toFixed(1)} s; windows: ${docs.reduce((a, d) => a + d.rows.length, 0)}`,
  );

  // Our own written text is training material, never a held-out measure.
  const groups = [...new Set(items.map((i) => i.group))].filter((g) => g !== WRITTEN_GROUP).sort();
  // ---- cross-source validation -------------------------------------------------------------------
  const foldOf = (it: Item) => (BY_REPOSITORY.includes(it.group) ? `${it.group}:${repositoryOf(it)}` : it.group);
  const folds = [...new Set(items.filter((i) => i.group !== WRITTEN_GROUP).map(foldOf))].sort();
  const oof = new Map<Doc, number[]>();
  // The stricter reading: each group of BY_REPOSITORY but English LinkedIn also held out whole.
  const wholeGroups = BY_REPOSITORY.filter((g) => g !== 'linkedin-en' && groups.includes(g));
  const oofWhole = new Map<Doc, number[]>();
  // The issue's long-post target (≤ 8% of posts over 3,000 characters) has few real examples (the corpora cut
  // posts at 3,000), so each held-out English author's posts are also joined at random into texts over 3,000
  // characters, about 500 in all, and scored by the model that never saw that author.
  const longLinkedIn: number[][] = [];
  const liTotal = docs.filter((d) => d.item.group === 'linkedin-en').length;
  if (!quick) {
    for (const g of folds) {
      const t = Date.now();
      const model = trainOn(docs.filter((d) => foldOf(d.item) !== g));
      for (const d of docs) if (foldOf(d.item) === g) oof.set(d, windowLogits(model, d));
      const own = docs.filter((d) => foldOf(d.item) === g && d.item.group === 'linkedin-en');
      if (own.length >= 5) {
        const rand = rng(SEED + longLinkedIn.length);
        const scratch = makeScratch(DIM);
        for (let k = 0; k < Math.round((500 * own.length) / liTotal); k++) {
          const parts: string[] = [];
          for (let len = 0; len <= 3000;) {
            const text = own[Math.floor(rand() * own.length)]!.item.text;
            parts.push(text);
            len += text.length + 2;
          }
          const f = featurize(parts.join('\n\n'), MASK, scratch);
          longLinkedIn.push(f.windows.map((w) => windowLogit(model.w, model.bias, w.idx, w.val)));
        }
      }
      log(`fold ${g}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
    for (const g of wholeGroups) {
      const t = Date.now();
      const model = trainOn(docs.filter((d) => d.item.group !== g));
      for (const d of docs) if (d.item.group === g) oofWhole.set(d, windowLogits(model, d));
      log(`fold ${g} (whole): ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
  }
  const held = docs.filter((d) => oof.has(d));
  const isLinkedInPro = (d: Doc) => d.item.group === 'linkedin-en' && d.item.label === 0;

  // Pooling temperature: best mean recall over personal groups at 5% false alarms on LinkedIn.
  let best = { T: 1, recall: -1 };
  const tempReport: string[] = [];
  for (const T of quick ? [] : TEMPERATURES) {
    const pooled = new Map(held.map((d) => [d, pool(oof.get(d)!, T)]));
    const th = thresholdAt(
      held.filter(isLinkedInPro).map((d) => pooled.get(d)!),
      0.05,
    );
    const recalls: number[] = [];
    for (const g of groups) {
      const pers = held.filter((d) => d.item.group === g && d.item.label === 1);
      if (pers.length < 50) continue;
      recalls.push(pers.filter((d) => pooled.get(d)! >= th).length / pers.length);
    }
    const r = recalls.reduce((a, b) => a + b, 0) / recalls.length;
    tempReport.push(`| ${T === 1000 ? 'mean (T=1000)' : `T=${T}`} | ${pct(r)} |`);
    if (r > best.recall) best = { T, recall: r };
  }
  const T = best.T;

  // Calibration and operating points on out-of-fold scores.
  let platt: [number, number] = [1, 0];
  let thresholds = { low: 0.8, default: 0.6, high: 0.4 };
  const lines: string[] = [];
  if (!quick) {
    const scores = held.map((d) => pool(oof.get(d)!, T));
    platt = fitPlatt(
      scores,
      held.map((d) => d.item.label),
    );
    const prob = new Map(held.map((d, i) => [d, calibrate(scores[i]!, platt)]));
    const liNeg = held.filter(isLinkedInPro).map((d) => prob.get(d)!);
    thresholds = {
      low: thresholdAt(liNeg, FPR_POINTS.low),
      default: thresholdAt(liNeg, FPR_POINTS.default),
      high: thresholdAt(liNeg, FPR_POINTS.high),
    };

    lines.push(
      '## Cross-source validation (each text scored by a model that never saw its source; groups of several repositories — English LinkedIn, non-English tweets, Reddit scrapes — held out one repository at a time)',
      '',
    );
    lines.push(
      '| held-out group | personal n | recall low / default / high | professional n | false alarms low / default / high | prof. ≥ 1,500 chars: n, false alarms (default) | precision (default) |',
    );
    lines.push('|---|---:|---|---:|---|---|---:|');
    const flag = (d: Doc, th: number) => prob.get(d)! >= th;
    const groupRows = [...groups, 'all'];
    for (const g of groupRows) {
      const ds = held.filter((d) => g === 'all' || d.item.group === g);
      const pos = ds.filter((d) => d.item.label === 1);
      const neg = ds.filter((d) => d.item.label === 0);
      const longNeg = neg.filter((d) => d.item.text.length >= 1500);
      const r = (th: number) => (pos.length ? pct(pos.filter((d) => flag(d, th)).length / pos.length) : '–');
      const f = (th: number) => (neg.length ? pct(neg.filter((d) => flag(d, th)).length / neg.length) : '–');
      const tp = pos.filter((d) => flag(d, thresholds.default)).length;
      const fp = neg.filter((d) => flag(d, thresholds.default)).length;
      const prec = pos.length && neg.length && tp + fp > 0 ? (tp / (tp + fp)).toFixed(3) : '–';
      const lf = longNeg.length
        ? `${longNeg.length}, ${pct(longNeg.filter((d) => flag(d, thresholds.default)).length / longNeg.length)}`
        : '–';
      lines.push(
        `| ${g} | ${pos.length} | ${r(thresholds.low)} / ${r(thresholds.default)} / ${r(thresholds.high)} | ${neg.length} | ${f(thresholds.low)} / ${f(thresholds.default)} / ${f(thresholds.high)} | ${lf} | ${prec} |`,
      );
    }
    lines.push(
      '',
      'Hard professional items (personal story with a work point), default: ' +
        (() => {
          const h = held.filter((d) => d.item.hard && d.item.label === 0);
          return `${h.filter((d) => flag(d, thresholds.default)).length}/${h.length} flagged`;
        })(),
    );
    const longFlagged = longLinkedIn.filter((z) => calibrate(pool(z, T), platt) >= thresholds.default).length;
    lines.push(
      '',
      `English LinkedIn posts over 3,000 characters (one held-out author's posts joined, ${longLinkedIn.length} texts), default: ${longFlagged} flagged (${pct(longFlagged / longLinkedIn.length)})`,
    );
    // The spread behind the single figures: per LinkedIn author, and how much the operating point moves
    // when the 916 LinkedIn posts it is chosen on are resampled (bootstrap, seeded).
    // Length must not decide: recall and false alarms per length bucket, all held-out texts.
    const probOf = (d: Doc) => prob.get(d)!;
    /** The share of `ds` flagged at default, scored by `p`. */
    const rate = (ds: Doc[], p = probOf) =>
      ds.length ? pct(ds.filter((d) => p(d) >= thresholds.default).length / ds.length) : '–';
    lines.push('', '### By length (default, all held-out texts)', '');
    lines.push('| characters | personal n | recall | professional n | false alarms |', '|---|---:|---:|---:|---:|');
    const edges = [0, ...LENGTH_BUCKETS, Infinity];
    for (let b = 0; b + 1 < edges.length; b++) {
      const inB = held.filter((d) => lengthBucket(d.item.text.length) === b);
      const pos = inB.filter((d) => d.item.label === 1);
      const neg = inB.filter((d) => d.item.label === 0);
      const label =
        edges[b + 1] === Infinity
          ? `≥ ${edges[b]!.toLocaleString('en')}`
          : `${edges[b]!.toLocaleString('en')}–${(edges[b + 1]! - 1).toLocaleString('en')}`;
      lines.push(`| ${label} | ${pos.length} | ${rate(pos)} | ${neg.length} | ${rate(neg)} |`);
    }
    lines.push('', '### Spread', '', '| LinkedIn-en source (author or company) | posts | false alarms (default) |');
    lines.push('|---|---:|---:|');
    const liDocs = held.filter(isLinkedInPro);
    for (const src of [...new Set(liDocs.map((d) => repositoryOf(d.item)))].sort()) {
      const ds = liDocs.filter((d) => repositoryOf(d.item) === src);
      const fa = ds.filter((d) => flag(d, thresholds.default)).length;
      lines.push(`| ${src} | ${ds.length} | ${fa} (${pct(fa / ds.length)}) |`);
    }
    const rand = rng(SEED + 1);
    const boot: Map<string, number[]> = new Map();
    const bootThresholds: number[] = [];
    const liProb = liDocs.map((d) => prob.get(d)!);
    for (let b = 0; b < 200; b++) {
      const sample = liProb.map(() => liProb[Math.floor(rand() * liProb.length)]!);
      const th = thresholdAt(sample, FPR_POINTS.default);
      bootThresholds.push(th);
      for (const g of [...groups, 'all']) {
        const pos = held.filter((d) => (g === 'all' || d.item.group === g) && d.item.label === 1);
        if (!pos.length) continue;
        const list = boot.get(g) ?? [];
        list.push(pos.filter((d) => prob.get(d)! >= th).length / pos.length);
        boot.set(g, list);
      }
    }
    const range = (xs: number[], f: (x: number) => string) => {
      const s = [...xs].sort((a, b) => a - b);
      return `${f(s[Math.floor(0.05 * s.length)]!)} – ${f(s[Math.floor(0.95 * s.length)]!)}`;
    };
    lines.push(
      '',
      `Default threshold over 200 bootstrap resamples of the LinkedIn-en posts (5th–95th percentile): ${range(bootThresholds, (x) => x.toFixed(3))}; recall at those thresholds: ` +
        [...boot].map(([g, xs]) => `${g} ${range(xs, pct)}`).join('; ') +
        '.',
    );
    lines.push('', '### By repository (default)', '');
    lines.push('| held-out group | repository | language | personal n | recall | professional n | false alarms |');
    lines.push('|---|---|---|---:|---:|---:|---:|');
    for (const g of wholeGroups) {
      const byCell = new Map<string, Doc[]>();
      for (const d of held.filter((d) => d.item.group === g)) {
        const cell = `${repositoryOf(d.item)} | ${d.item.lang}`;
        if (!byCell.has(cell)) byCell.set(cell, []);
        byCell.get(cell)!.push(d);
      }
      for (const cell of [...byCell.keys()].sort()) {
        const ds = byCell.get(cell)!;
        if (ds.length < 20) continue;
        const pos = ds.filter((d) => d.item.label === 1);
        const neg = ds.filter((d) => d.item.label === 0);
        lines.push(`| ${g} | ${cell} | ${pos.length} | ${rate(pos)} | ${neg.length} | ${rate(neg)} |`);
      }
    }
    lines.push(
      '',
      '### Stricter: each of these groups held out whole (default)',
      '',
      'The same threshold; every non-English tweet (or every Reddit scrape) scored by a model that saw none of that group.',
      '',
      '| held-out group | personal n | recall | professional n | false alarms |',
      '|---|---:|---:|---:|---:|',
    );
    const wholeProb = (d: Doc) => calibrate(pool(oofWhole.get(d)!, T), platt);
    for (const g of wholeGroups) {
      const ds = docs.filter((d) => d.item.group === g && oofWhole.has(d));
      const pos = ds.filter((d) => d.item.label === 1);
      const neg = ds.filter((d) => d.item.label === 0);
      lines.push(`| ${g} | ${pos.length} | ${rate(pos, wholeProb)} | ${neg.length} | ${rate(neg, wholeProb)} |`);
    }
    lines.push('', ...handReadLines(held, prob, thresholds));
    lines.push(
      '',
      '## Calibration (out-of-fold, all groups)',
      '',
      '| predicted | n | observed personal |',
      '|---|---:|---:|',
    );
    for (let b = 0; b < 10; b++) {
      const inBin = held.filter((d) => {
        const p = prob.get(d)!;
        return p >= b / 10 && (p < (b + 1) / 10 || b === 9);
      });
      if (!inBin.length) continue;
      const mean = inBin.reduce((a, d) => a + prob.get(d)!, 0) / inBin.length;
      const obs = inBin.filter((d) => d.item.label === 1).length / inBin.length;
      lines.push(
        `| ${(b / 10).toFixed(1)}–${((b + 1) / 10).toFixed(1)} (mean ${mean.toFixed(2)}) | ${inBin.length} | ${obs.toFixed(2)} |`,
      );
    }
    lines.push('', '## Window pooling (mean recall over personal groups at 5% LinkedIn false alarms)', '');
    lines.push('| pooling | recall |', '|---|---:|', ...tempReport, '', `Chosen: T=${T}.`);
    lines.push(
      '',
      `Operating points (probability thresholds at ${pct(FPR_POINTS.low)} / ${pct(FPR_POINTS.default)} / ${pct(FPR_POINTS.high)} false alarms on held-out LinkedIn posts): low ${thresholds.low.toFixed(3)}, default ${thresholds.default.toFixed(3)}, high ${thresholds.high.toFixed(3)}.`,
    );
  }

  // ---- final model ---------------------------------------------------------------------------------
  const t1 = Date.now();
  const model = trainOn(docs);
  log(`final model: ${((Date.now() - t1) / 1000).toFixed(1)} s`);
  let maxAbs = 0;
  for (const x of model.w) if (Math.abs(x) > maxAbs) maxAbs = Math.abs(x);
  const scale = maxAbs / 127 || 1;
  const q = new Int8Array(DIM);
  for (let i = 0; i < DIM; i++) q[i] = Math.max(-127, Math.min(127, Math.round(model.w[i]! / scale)));

  // Words the model reads as personal that the lexicon does not name: the category they co-occur with
  // most in personal training texts (≥ 10 texts, ≥ 50% of them, 3× the base rate; no function words).
  const personalDocs = docs.filter((d) => d.item.label === 1);
  const catBase = new Float64Array(CATEGORIES.length);
  for (const d of personalDocs) for (const c of d.cats) catBase[c]! += 1 / personalDocs.length;
  const counts = new Map<string, { n: number; c: number[] }>();
  for (const d of personalDocs) {
    for (const w of d.words) {
      let e = counts.get(w);
      if (!e) counts.set(w, (e = { n: 0, c: new Array(CATEGORIES.length).fill(0) }));
      e.n++;
      for (const c of d.cats) e.c[c]!++;
    }
  }
  const cand: [string, number, number][] = [];
  for (const [w, e] of counts) {
    if (e.n < 10 || w.length < 3 || /^\d/.test(w) || isStopword(w) || wordCategory(w) >= 0) continue;
    const wt = model.w[wordHash(w) & MASK]!;
    if (wt <= 0.05) continue;
    let bestC = -1;
    let bestShare = 0;
    e.c.forEach((c, ci) => {
      const share = c / e.n;
      if (share > bestShare) {
        bestShare = share;
        bestC = ci;
      }
    });
    if (bestC >= 0 && bestShare >= 0.5 && bestShare >= 3 * catBase[bestC]!) cand.push([w, bestC, wt]);
  }
  cand.sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : 1));
  const wordCategories = cand
    .slice(0, 2500)
    .map(([w, c]) => `${w}:${CATEGORIES[c]}`)
    .join(' ');

  const langCount = new Map<string, [number, number]>();
  for (const it of items) {
    const e = langCount.get(it.lang) ?? [0, 0];
    e[it.label]++;
    langCount.set(it.lang, e);
  }
  const languages = [...langCount]
    .filter(([, [p, n]]) => p >= 30 && n >= 30)
    .map(([l]) => l)
    .sort();

  const id = `m-${dataHash.digest('hex').slice(0, 12)}`;
  const asset: ModelAsset = {
    format: MODEL_FORMAT,
    id,
    bits: BITS,
    weights: encodeBase64(new Uint8Array(q.buffer)),
    scale,
    bias: model.bias,
    temperature: T,
    platt,
    thresholds,
    wordCategories,
    languages,
  };
  if (quick) {
    // Development only: keep the calibration of the last full run.
    log('quick run: calibration not recomputed; asset not written');
    return;
  }
  const out = join(OUT_DIR ?? join(ROOT, 'analyzer'), 'model-data.ts');
  writeFileSync(
    out,
    `/* Generated by \`npm run train\` (analyzer/train/train.ts) — do not edit. Trained weights, no text. */\n` +
      `import type { ModelAsset } from './model.ts';\n\nexport const MODEL_ASSET: ModelAsset = ${JSON.stringify(asset)};\n`,
  );
  const report = [
    '# Tone model: training report',
    '',
    `Generated by \`npm run train\` (seed ${SEED}). Model ${id}: ${DIM.toLocaleString('en')} hashed weights (Int8), ` +
      `${items.length.toLocaleString('en')} training texts (${groups.length} source groups, plus ${items.filter((i) => i.group === WRITTEN_GROUP).length} lines we wrote in es/pt/fr/de, never held out or measured), languages ${languages.join(', ')}.`,
    '',
    ...lines,
  ].join('\n');
  // The hand-written experiment log at the end of the report (from "## Experiments") is kept.
  const reportFile = join(OUT_DIR ?? join(ROOT, 'analyzer', 'train'), 'REPORT.md');
  const previous = existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : '';
  const at = previous.indexOf('\n## Experiments');
  writeFileSync(reportFile, `${report}\n${at >= 0 ? previous.slice(at) : ''}`);
  log(report);
  log(
    `done in ${((Date.now() - t0) / 1000).toFixed(1)} s; asset ${(asset.weights.length / 1024).toFixed(0)} KB of weights`,
  );
}

main();
