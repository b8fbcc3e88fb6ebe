/** Weighted L2-regularised logistic regression on sparse rows, trained with AdaGrad (seeded, single-threaded). */

export interface Row {
  idx: Int32Array;
  val: Float32Array;
  y: 0 | 1;
  weight: number;
}

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TrainOptions {
  dim: number;
  epochs: number;
  l2: number;
  lr: number;
  seed: number;
  /** Experiments only: "mhuber" = modified Huber loss (default: logistic). */
  loss?: string;
  /** Experiments only: drop each feature of a row with this probability while training (survivors × 1/(1−p)). */
  dropout?: number;
  /** Experiments only: return the mean of the weights at the end of each epoch. */
  average?: boolean;
}

export function trainLR(rows: Row[], o: TrainOptions): { w: Float32Array; bias: number } {
  const w = new Float32Array(o.dim);
  const g2 = new Float32Array(o.dim).fill(1e-6);
  let bias = 0;
  let gb2 = 1e-6;
  const order = Int32Array.from(rows.keys());
  const rand = rng(o.seed);
  const drop = o.dropout ? rng(o.seed + 17) : null;
  const avg = o.average ? new Float32Array(o.dim) : null;
  let avgBias = 0;
  const n = rows.length;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    for (let r = 0; r < n; r++) {
      let row = rows[order[r]!]!;
      if (o.dropout) {
        const keep = 1 - o.dropout;
        const ks: number[] = [];
        for (let k = 0; k < row.idx.length; k++) if (drop!() < keep) ks.push(k);
        const src = row;
        row = {
          idx: Int32Array.from(ks, (k) => src.idx[k]!),
          val: Float32Array.from(ks, (k) => src.val[k]! / keep),
          y: src.y,
          weight: src.weight,
        };
      }
      let z = bias;
      for (let k = 0; k < row.idx.length; k++) z += w[row.idx[k]!]! * row.val[k]!;
      let g: number;
      if (o.loss === 'mhuber') {
        const y = row.y ? 1 : -1;
        const m = y * z;
        g = (m >= -1 ? -2 * y * Math.max(0, 1 - m) : -4 * y) * row.weight;
      } else g = (1 / (1 + Math.exp(-z)) - row.y) * row.weight;
      for (let k = 0; k < row.idx.length; k++) {
        const i = row.idx[k]!;
        // L2 applied where the row touches (scaled so that a feature's total penalty ≈ λ‖w‖² per epoch).
        const gi = g * row.val[k]! + o.l2 * w[i]!;
        g2[i] = g2[i]! + gi * gi;
        w[i] = w[i]! - (o.lr * gi) / Math.sqrt(g2[i]!);
      }
      gb2 += g * g;
      bias -= (o.lr * g) / Math.sqrt(gb2);
    }
    if (avg) {
      for (let i = 0; i < o.dim; i++) avg[i] = avg[i]! + w[i]! / o.epochs;
      avgBias += bias / o.epochs;
    }
  }
  return avg ? { w: avg, bias: avgBias } : { w, bias };
}

/** Slots past the hashed table for the training-only language feature (REPORT.md round 7). */
export const LANGUAGE_SLOTS = 8;
const languageSlots = new Map<string, number>();

/**
 * The row with its text's language as one more feature of this value, at index `dim` + the language's slot: a
 * slot of its own, so no text feature shares its weight, and the asset (weights below `dim`) leaves it out.
 */
export function withLanguage(row: Row, lang: string, value: number, dim: number): Row {
  let k = languageSlots.get(lang);
  if (k === undefined) languageSlots.set(lang, (k = languageSlots.size));
  if (k >= LANGUAGE_SLOTS) throw new Error(`more than ${LANGUAGE_SLOTS} training languages`);
  return withFeature(row, dim + k, value);
}

/** The row with one more feature (a training-only slot past the hashed table). */
export function withFeature(row: Row, index: number, value: number): Row {
  return { ...row, idx: Int32Array.from([...row.idx, index]), val: Float32Array.from([...row.val, value]) };
}

/** Rows of each label (0, 1) with their cumulative weights, to draw a row in proportion to its weight. */
function byLabel(rows: Row[]): { rs: Row[]; cum: Float64Array; t: number }[] {
  return [0, 1].map((y) => {
    const rs = rows.filter((r) => r.y === y);
    const cum = new Float64Array(rs.length);
    let t = 0;
    rs.forEach((r, i) => (cum[i] = t += r.weight));
    return { rs, cum, t };
  });
}

/**
 * Pairwise (ranking) logistic loss, log(1 + exp(−(z⁺ − z⁻))), with AdaGrad: each step draws a personal and a
 * professional row in proportion to their weights (so the length-bucket balancing still holds: both labels
 * have the same length mix) and pushes the personal one above. No bias: Platt calibration sets the scale.
 * As many row updates as `trainLR` makes in the same number of epochs.
 */
export function trainPairwise(
  rows: Row[],
  o: TrainOptions,
  x: {
    /** Also the pointwise logistic loss on both rows of a pair (with a bias). */
    mix?: boolean;
    /** Draw pairs within one language (by this map of rows to languages)… */
    langOf?: Map<Row, string>;
    /** …for this share of the pairs, the rest across all rows. */
    langShare?: number;
    /** The pairwise gradient × this (0 with `mix`: the pointwise loss alone, rows drawn by weight). */
    pairG?: number;
  } = {},
): { w: Float32Array; bias: number } {
  const { mix = false, langOf, pairG = 1, langShare = 1 } = x;
  const w = new Float32Array(o.dim);
  const g2 = new Float32Array(o.dim).fill(1e-6);
  let bias = 0;
  let gb2 = 1e-6;
  const rand = rng(o.seed);
  const langs = langOf ? [...new Set(langOf.values())].sort() : [''];
  const pools = langs
    .map((lang) => {
      const rs = langOf ? rows.filter((r) => langOf.get(r) === lang) : rows;
      const both = byLabel(rs);
      return { both, t: Math.min(both[0]!.t, both[1]!.t) };
    })
    .filter((p) => p.both[0]!.rs.length && p.both[1]!.rs.length);
  const global = byLabel(rows);
  const poolCum = new Float64Array(pools.length);
  let poolT = 0;
  pools.forEach((p, i) => (poolCum[i] = poolT += p.t));
  const draw = (l: { rs: Row[]; cum: Float64Array; t: number }) => {
    const x = rand() * l.t;
    let lo = 0;
    let hi = l.cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (l.cum[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return l.rs[lo]!;
  };
  const steps = Math.round((o.epochs * rows.length) / 2);
  const upd = (r: Row, g: number) => {
    for (let k = 0; k < r.idx.length; k++) {
      const i = r.idx[k]!;
      const gi = g * r.val[k]! + o.l2 * w[i]!;
      g2[i] = g2[i]! + gi * gi;
      w[i] = w[i]! - (o.lr * gi) / Math.sqrt(g2[i]!);
    }
  };
  for (let s = 0; s < steps; s++) {
    let pi = 0;
    if (pools.length > 1) {
      const x = rand() * poolT;
      while (pi < pools.length - 1 && poolCum[pi]! < x) pi++;
    }
    const free = langShare < 1 && rand() >= langShare;
    const src = free ? global : pools[pi]!.both;
    const p = draw(src[1]!);
    const n = draw(src[0]!);
    const zp = logitOf(w, p.idx, p.val);
    const zn = logitOf(w, n.idx, n.val);
    const g = -pairG / (1 + Math.exp(zp - zn));
    if (mix) {
      // Pointwise logistic on both rows as well (each row's weight is already in how often it is drawn).
      const gp = 1 / (1 + Math.exp(-(zp + bias))) - 1;
      const gn = 1 / (1 + Math.exp(-(zn + bias)));
      upd(p, g + gp);
      upd(n, -g + gn);
      gb2 += (gp + gn) * (gp + gn);
      bias -= (o.lr * (gp + gn)) / Math.sqrt(gb2);
    } else {
      upd(p, g);
      upd(n, -g);
    }
  }
  return { w, bias };
}

function logitOf(w: Float32Array, idx: Int32Array, val: Float32Array): number {
  let z = 0;
  for (let k = 0; k < idx.length; k++) z += w[idx[k]!]! * val[k]!;
  return z;
}

/** Platt scaling: fit a, b so that sigmoid(a·s + b) matches labels (Newton steps, weighted). */
export function fitPlatt(scores: number[], labels: number[], weights?: number[]): [number, number] {
  let a = 1;
  let b = 0;
  for (let it = 0; it < 100; it++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    for (let i = 0; i < scores.length; i++) {
      const s = scores[i]!;
      const wt = weights ? weights[i]! : 1;
      const p = 1 / (1 + Math.exp(-(a * s + b)));
      const d = (p - labels[i]!) * wt;
      const h = p * (1 - p) * wt;
      ga += d * s;
      gb += d;
      haa += h * s * s;
      hab += h * s;
      hbb += h;
    }
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-12) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return [a, b];
}
