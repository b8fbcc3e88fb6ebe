/**
 * Experiments for the tone model (development tool; `npm run train` is the real thing).
 *
 *   nice -n 10 npx tsx analyzer/train/experiment.ts '<json list of variants>' [folds]
 *
 * Featurises once, then for each variant runs the leave-one-source-group-out folds and prints, for each
 * pooling temperature, recall per personal group at the 5% false-alarm point of held-out English
 * LinkedIn posts (the same protocol as train.ts), plus false alarms elsewhere.
 */
import { featurize, makeScratch, GROUP_SCALE, WINDOW } from '../features.ts';
import { pool, windowLogit } from '../model.ts';
import {
  loadProject,
  loadShared,
  loadWritten,
  sampleWeights,
  WRITTEN_DROPPED_DIR,
  WRITTEN_GROUP,
  WRITTEN_WEIGHT,
  type Item,
} from './data.ts';
import { trainLR, rng, type Row } from './lr.ts';
import { dirname, resolve } from 'node:path';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MAX_BITS = 20;

interface Variant {
  name: string;
  bits?: number;
  l2?: number;
  epochs?: number;
  lr?: number;
  doc?: number; // doc-level pooled training at this temperature
  scales?: number[];
  weighting?: string;
  T?: number[];
  dump?: string;
  bag?: number;
  /** Keep only features seen in at least this many training source groups. */
  minGroups?: number;
  /** Also score 500 posts over 3,000 characters made of one author's held-out LinkedIn posts, joined. */
  longLinkedIn?: boolean;
  /** false: leave out our written training text (analyzer/train/written/), as before it existed. */
  written?: boolean;
  /** Files of analyzer/train/written-dropped/ to train on as well (lines tried and left out). */
  dropped?: string[];
  /** The written items' weight factor instead of WRITTEN_WEIGHT. */
  writtenWeight?: number;
  /** …and the personal ones additionally by this. */
  writtenPosWeight?: number;
  /** A hidden layer: H units over the features hashed to 2^ebits embedding rows (fastText-like). */
  window?: [number, number];
  hidden?: number;
  ebits?: number;
  elr?: number;
}

interface Doc {
  item: Item;
  weight: number;
  wins: { idx: Int32Array; val: Float32Array }[];
}

function featurizeAll(items: Item[], scales?: number[], window?: [number, number]) {
  const saved = [...GROUP_SCALE];
  const savedWindow = { ...WINDOW };
  if (window) [WINDOW.min, WINDOW.max] = window;
  if (scales) scales.forEach((s, i) => (GROUP_SCALE[i] = s));
  const sc = makeScratch(1 << MAX_BITS);
  const out = items.map((it) =>
    featurize(it.text, (1 << MAX_BITS) - 1, sc).windows.map((w) => ({ idx: w.idx, val: w.val })),
  );
  saved.forEach((s, i) => (GROUP_SCALE[i] = s));
  Object.assign(WINDOW, savedWindow);
  return out;
}

function remap(wins: { idx: Int32Array; val: Float32Array }[], bits: number, acc: Float32Array) {
  if (bits === MAX_BITS) return wins;
  const mask = (1 << bits) - 1;
  return wins.map((w) => {
    const touched: number[] = [];
    for (let k = 0; k < w.idx.length; k++) {
      const i = w.idx[k]! & mask;
      if (acc[i] === 0) touched.push(i);
      acc[i] = acc[i]! + w.val[k]!;
    }
    const idx = new Int32Array(touched.length);
    const val = new Float32Array(touched.length);
    touched.forEach((i, k) => {
      idx[k] = i;
      val[k] = acc[i]!;
      acc[i] = 0;
    });
    return { idx, val };
  });
}

function weightsFor(items: Item[], scheme: string): Float64Array {
  if (scheme === 'current') return sampleWeights(items);
  if (scheme === 'nolength') {
    const cell = new Map<string, number>();
    for (const it of items) cell.set(`${it.group}|${it.label}`, (cell.get(`${it.group}|${it.label}`) ?? 0) + 1);
    const w = Float64Array.from(items, (it) => 1 / Math.sqrt(cell.get(`${it.group}|${it.label}`)!));
    let s = 0;
    for (const x of w) s += x;
    return w.map((x, i) => ((x * w.length) / s) * (items[i]!.group === WRITTEN_GROUP ? WRITTEN_WEIGHT : 1));
  }
  const cp = /^cell(\d+(?:\.\d+)?)$/.exec(scheme);
  if (cp) return sampleWeights(items, { cellPower: Number(cp[1]) });
  const hd = /^hard(\d+(?:\.\d+)?)$/.exec(scheme);
  if (hd) return sampleWeights(items, { hard: Number(hd[1]) });
  const m = /^pos(\d+(?:\.\d+)?)$/.exec(scheme);
  if (m) {
    const w = sampleWeights(items);
    const f = Number(m[1]);
    return w.map((x, i) => (items[i]!.label === 1 ? x * f : x));
  }
  throw new Error(`unknown weighting ${scheme}`);
}

/** Doc-level training: the loss is on the pooled (log-mean-exp at T) score; gradients split by softmax share. */
function trainDoc(docs: Doc[], o: { dim: number; epochs: number; l2: number; lr: number; seed: number; T: number }) {
  const w = new Float32Array(o.dim);
  const g2 = new Float32Array(o.dim).fill(1e-6);
  let bias = 0;
  let gb2 = 1e-6;
  const order = Int32Array.from(docs.keys());
  const rand = rng(o.seed);
  const z: number[] = [];
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    for (let r = 0; r < order.length; r++) {
      const d = docs[order[r]!]!;
      if (!d.wins.length) continue;
      z.length = 0;
      for (const win of d.wins) z.push(windowLogit(w, bias, win.idx, win.val));
      const pooled = pool(z, o.T);
      const p = 1 / (1 + Math.exp(-pooled));
      const g = (p - d.item.label) * d.weight;
      let max = -Infinity;
      for (const x of z) if (x > max) max = x;
      let s = 0;
      const e = z.map((x) => Math.exp((x - max) / o.T));
      for (const x of e) s += x;
      d.wins.forEach((win, k) => {
        const gk = (g * e[k]!) / s;
        for (let q = 0; q < win.idx.length; q++) {
          const i = win.idx[q]!;
          const gi = gk * win.val[q]! + (o.l2 * w[i]!) / d.wins.length;
          g2[i] = g2[i]! + gi * gi;
          w[i] = w[i]! - (o.lr * gi) / Math.sqrt(g2[i]!);
        }
      });
      gb2 += g * g;
      bias -= (o.lr * g) / Math.sqrt(gb2);
    }
  }
  return { w, bias };
}

interface Mlp {
  w: Float32Array;
  bias: number;
  E: Float32Array;
  c: Float32Array;
  u: Float32Array;
  H: number;
  emask: number;
}

function mlpLogit(m: Mlp, idx: Int32Array, val: Float32Array, h: Float32Array): number {
  let z = m.bias;
  h.set(m.c);
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k]!;
    const v = val[k]!;
    z += m.w[i]! * v;
    const o = (i & m.emask) * m.H;
    for (let j = 0; j < m.H; j++) h[j] = h[j]! + m.E[o + j]! * v;
  }
  for (let j = 0; j < m.H; j++) if (h[j]! > 0) z += m.u[j]! * h[j]!;
  return z;
}

function trainMlp(
  rows: Row[],
  o: { dim: number; epochs: number; l2: number; lr: number; seed: number; H: number; ebits: number; elr: number },
): Mlp {
  const H = o.H;
  const edim = 1 << o.ebits;
  const rand = rng(o.seed + 99);
  const E = new Float32Array(edim * H);
  for (let i = 0; i < E.length; i++) E[i] = (rand() - 0.5) * 0.2;
  const m: Mlp = {
    w: new Float32Array(o.dim),
    bias: 0,
    E,
    c: new Float32Array(H).fill(0.05),
    u: new Float32Array(H),
    H,
    emask: edim - 1,
  };
  for (let j = 0; j < H; j++) m.u[j] = (rand() - 0.5) * 0.2;
  const g2 = new Float32Array(o.dim).fill(1e-6);
  const gE = new Float32Array(edim * H).fill(1e-6);
  const gc = new Float32Array(H).fill(1e-6);
  const gu = new Float32Array(H).fill(1e-6);
  let gb2 = 1e-6;
  const h = new Float32Array(H);
  const dh = new Float32Array(H);
  const order = Int32Array.from(rows.keys());
  const shuffle = rng(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(shuffle() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    for (let r = 0; r < order.length; r++) {
      const row = rows[order[r]!]!;
      const z = mlpLogit(m, row.idx, row.val, h);
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - row.y) * row.weight;
      for (let j = 0; j < H; j++) {
        const active = h[j]! > 0;
        dh[j] = active ? g * m.u[j]! : 0;
        const gj = active ? g * h[j]! : 0;
        gu[j] = gu[j]! + gj * gj;
        m.u[j] = m.u[j]! - (o.elr * gj) / Math.sqrt(gu[j]!);
        gc[j] = gc[j]! + dh[j]! * dh[j]!;
        m.c[j] = m.c[j]! - (o.elr * dh[j]!) / Math.sqrt(gc[j]!);
      }
      for (let k = 0; k < row.idx.length; k++) {
        const i = row.idx[k]!;
        const v = row.val[k]!;
        const gi = g * v + o.l2 * m.w[i]!;
        g2[i] = g2[i]! + gi * gi;
        m.w[i] = m.w[i]! - (o.lr * gi) / Math.sqrt(g2[i]!);
        const off = (i & m.emask) * H;
        for (let j = 0; j < H; j++) {
          const d = dh[j]!;
          if (d === 0) continue;
          const ge = d * v;
          gE[off + j] = gE[off + j]! + ge * ge;
          E[off + j] = E[off + j]! - (o.elr * ge) / Math.sqrt(gE[off + j]!);
        }
      }
      gb2 += g * g;
      m.bias -= (o.lr * g) / Math.sqrt(gb2);
    }
  }
  return m;
}

function thresholdAt(neg: number[], rate: number) {
  const s = [...neg].sort((a, b) => b - a);
  const k = Math.floor(rate * s.length);
  return k < s.length ? s[k]! + 1e-9 : -Infinity;
}
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

function main() {
  const variants = JSON.parse(process.argv[2] ?? '[{"name":"base"}]') as Variant[];
  const allItems = [
    ...loadShared(ROOT),
    ...loadProject(ROOT),
    ...loadWritten(ROOT),
    ...loadWritten(ROOT, WRITTEN_DROPPED_DIR),
  ];
  const foldsArg = process.argv[3];
  const groups = [...new Set(allItems.map((i) => i.group))].filter((g) => g !== WRITTEN_GROUP).sort();
  const folds = foldsArg ? foldsArg.split(',') : groups;
  const baseFeat = new Map<string, ReturnType<typeof featurizeAll>>();
  const acc = new Float32Array(1 << MAX_BITS);
  for (const v of variants) {
    const t0 = Date.now();
    const fkey = JSON.stringify([v.scales ?? null, v.window ?? null]);
    if (!baseFeat.has(fkey)) baseFeat.set(fkey, featurizeAll(allItems, v.scales, v.window));
    const allFeat = baseFeat.get(fkey)!;
    const keep = allItems.map((it) =>
      it.source.startsWith(`${WRITTEN_DROPPED_DIR}:`)
        ? v.written !== false && (v.dropped ?? []).includes(it.source.slice(WRITTEN_DROPPED_DIR.length + 1))
        : v.written !== false || it.group !== WRITTEN_GROUP,
    );
    const items = allItems.filter((_, i) => keep[i]);
    const feat = allFeat.filter((_, i) => keep[i]);
    const bits = v.bits ?? 18;
    const weights = weightsFor(items, v.weighting ?? 'current');
    // Relative to the shipped weighting (which already multiplies them by WRITTEN_WEIGHT).
    if (v.writtenWeight !== undefined || v.writtenPosWeight !== undefined)
      items.forEach((it, i) => {
        if (it.group === WRITTEN_GROUP)
          weights[i] =
            (weights[i]! / WRITTEN_WEIGHT) *
            (v.writtenWeight ?? WRITTEN_WEIGHT) *
            (it.label === 1 ? (v.writtenPosWeight ?? 1) : 1);
      });
    const docs: Doc[] = items.map((item, i) => ({ item, weight: weights[i]!, wins: remap(feat[i]!, bits, acc) }));
    const opts = { dim: 1 << bits, epochs: v.epochs ?? 6, l2: v.l2 ?? 2e-6, lr: v.lr ?? 0.08, seed: 20261207 };
    const oof = new Map<Doc, number[]>();
    for (const g of folds) {
      const train = docs.filter((d) => d.item.group !== g);
      let model: { w: Float32Array; bias: number };
      if (v.hidden) {
        const rows: Row[] = [];
        for (const d of train)
          for (const win of d.wins)
            rows.push({ idx: win.idx, val: win.val, y: d.item.label, weight: d.weight / Math.max(1, d.wins.length) });
        const mlp = trainMlp(rows, { ...opts, H: v.hidden, ebits: v.ebits ?? 16, elr: v.elr ?? 0.02 });
        const hbuf = new Float32Array(v.hidden);
        for (const d of docs)
          if (d.item.group === g)
            oof.set(
              d,
              d.wins.map((win) => mlpLogit(mlp, win.idx, win.val, hbuf)),
            );
        continue;
      }
      if (v.minGroups) {
        const gi = new Map(groups.map((x, k) => [x, k]));
        const seen = new Uint16Array(opts.dim);
        for (const d of train) {
          const bit = 1 << gi.get(d.item.group)!;
          for (const win of d.wins) for (const i of win.idx) seen[i] = seen[i]! | bit;
        }
        const pop = (x: number) => {
          let c = 0;
          for (; x; x &= x - 1) c++;
          return c;
        };
        const keep = new Uint8Array(opts.dim);
        for (let i = 0; i < opts.dim; i++) keep[i] = pop(seen[i]!) >= v.minGroups ? 1 : 0;
        const rows: Row[] = [];
        for (const d of train)
          for (const win of d.wins) {
            const ks: number[] = [];
            for (let k = 0; k < win.idx.length; k++) if (keep[win.idx[k]!]) ks.push(k);
            rows.push({
              idx: Int32Array.from(ks, (k) => win.idx[k]!),
              val: Float32Array.from(ks, (k) => win.val[k]!),
              y: d.item.label,
              weight: d.weight / Math.max(1, d.wins.length),
            });
          }
        const m = trainLR(rows, opts);
        for (const d of docs)
          if (d.item.group === g)
            oof.set(
              d,
              d.wins.map((win) => windowLogit(m.w, m.bias, win.idx, win.val)),
            );
        continue;
      }
      if (v.doc) model = trainDoc(train, { ...opts, T: v.doc });
      else {
        const rows: Row[] = [];
        for (const d of train)
          for (const win of d.wins)
            rows.push({ idx: win.idx, val: win.val, y: d.item.label, weight: d.weight / Math.max(1, d.wins.length) });
        const K = v.bag ?? 1;
        model = { w: new Float32Array(opts.dim), bias: 0 };
        for (let k = 0; k < K; k++) {
          const m = trainLR(rows, { ...opts, seed: opts.seed + k });
          for (let i = 0; i < opts.dim; i++) model.w[i] = model.w[i]! + m.w[i]! / K;
          model.bias += m.bias / K;
        }
      }
      for (const d of docs)
        if (d.item.group === g)
          oof.set(
            d,
            d.wins.map((win) => windowLogit(model.w, model.bias, win.idx, win.val)),
          );
    }
    const held = docs.filter((d) => oof.has(d));
    if (v.longLinkedIn && !v.hidden && !v.minGroups && folds.includes('linkedin-en')) {
      // Refit the LinkedIn-en fold's model (same seed, same rows: the same model) and read joined posts.
      const train = docs.filter((d) => d.item.group !== 'linkedin-en');
      const rows: Row[] = [];
      for (const d of train)
        for (const win of d.wins)
          rows.push({ idx: win.idx, val: win.val, y: d.item.label, weight: d.weight / Math.max(1, d.wins.length) });
      const m = trainLR(rows, opts);
      const li = held.filter((d) => d.item.group === 'linkedin-en' && d.item.label === 0);
      const th = thresholdAt(
        li.map((d) => pool(oof.get(d)!, (v.T ?? [1000])[0]!)),
        0.05,
      );
      const byAuthor = new Map<string, Doc[]>();
      for (const d of li) {
        const a = d.item.source.split(':')[0]!;
        byAuthor.set(a, [...(byAuthor.get(a) ?? []), d]);
      }
      const authors = [...byAuthor.keys()].filter((a) => byAuthor.get(a)!.length >= 5).sort();
      const rand = rng(7);
      const sc = makeScratch(1 << MAX_BITS);
      let n = 0;
      let flagged = 0;
      let chars = 0;
      while (n < 500) {
        const posts = byAuthor.get(authors[Math.floor(rand() * authors.length)]!)!;
        const parts: string[] = [];
        let len = 0;
        for (let tries = 0; len < 3000 && tries < 50; tries++) {
          const p = posts[Math.floor(rand() * posts.length)]!.item.text;
          parts.push(p);
          len += p.length + 2;
        }
        if (len < 3000) continue;
        const text = parts.join('\n\n');
        const wins = remap(
          featurize(text, (1 << MAX_BITS) - 1, sc).windows.map((w) => ({ idx: w.idx, val: w.val })),
          bits,
          acc,
        );
        n++;
        chars += Math.min(text.length, 8000);
        if (
          pool(
            wins.map((w) => windowLogit(m.w, m.bias, w.idx, w.val)),
            1000,
          ) >= th
        )
          flagged++;
      }
      console.log(
        `LinkedIn-en posts over 3,000 characters (one author's held-out posts joined, ${n}, mean ${Math.round(chars / n)} characters read): ${flagged} flagged (${pct(flagged / n)}%) at the 5% point`,
      );
    }
    if (v.dump)
      writeFileSync(
        v.dump,
        held
          .map((d) =>
            JSON.stringify({ g: d.item.group, y: d.item.label, hard: d.item.hard, z: oof.get(d), text: d.item.text }),
          )
          .join('\n'),
      );
    console.log(`\n## ${v.name} ${JSON.stringify(v)} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    const gs = folds.filter((g) => held.some((d) => d.item.group === g));
    console.log(`T     | mean | ${gs.map((g) => g.slice(0, 14).padStart(14)).join(' | ')} | LI≥1500 | hardFA`);
    for (const T of v.T ?? [1, 2, 4, 8, 1000]) {
      const sc = new Map(held.map((d) => [d, d.wins.length ? pool(oof.get(d)!, T) : -Infinity]));
      const li = held.filter((d) => d.item.group === 'linkedin-en' && d.item.label === 0);
      if (!li.length) {
        console.log('no linkedin-en fold');
        break;
      }
      const th = thresholdAt(
        li.map((d) => sc.get(d)!),
        0.05,
      );
      const cells: string[] = [];
      const recalls: number[] = [];
      for (const g of gs) {
        const pos = held.filter((d) => d.item.group === g && d.item.label === 1);
        const neg = held.filter((d) => d.item.group === g && d.item.label === 0);
        const r = pos.length ? pos.filter((d) => sc.get(d)! >= th).length / pos.length : NaN;
        const f = neg.length ? neg.filter((d) => sc.get(d)! >= th).length / neg.length : NaN;
        if (pos.length >= 50) recalls.push(r);
        cells.push(`${pos.length ? `R${pct(r)}` : '      '} ${neg.length ? `F${pct(f)}` : '      '}`);
      }
      const long = li.filter((d) => d.item.text.length >= 1500);
      const hard = held.filter((d) => d.item.hard && d.item.label === 0);
      const mean = recalls.reduce((a, b) => a + b, 0) / recalls.length;
      console.log(
        `${String(T).padEnd(5)} | ${pct(mean)} | ${cells.join(' | ')} | ${pct(long.filter((d) => sc.get(d)! >= th).length / long.length)} | ${hard.filter((d) => sc.get(d)! >= th).length}/${hard.length}`,
      );
    }
  }
}

main();
