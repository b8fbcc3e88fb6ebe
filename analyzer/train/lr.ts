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
