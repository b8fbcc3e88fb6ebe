/**
 * The trained model: a hashed linear model over window features (features.ts), pooled over the windows
 * of a text, then calibrated (Platt) to a probability. Weights come from `npm run train`
 * (analyzer/train/) as a compact asset (model-data.ts); nothing here is hand-set.
 */

export const MODEL_FORMAT = 1;

/** The asset as written by the trainer (JSON-safe). */
export interface ModelAsset {
  format: number;
  /** Identifies the training run (date + data hash); learned per-user state is tied to it. */
  id: string;
  /** log2 of the number of hashed weights. */
  bits: number;
  /** Int8 weights, base64; weight = q × scale. */
  weights: string;
  scale: number;
  bias: number;
  /** Window pooling: log-mean-exp with this temperature (1 = between mean and max). */
  temperature: number;
  /** Platt calibration: p = 1 / (1 + exp(-(a × pooled + b))). */
  platt: [number, number];
  /** Probability thresholds per sensitivity. */
  thresholds: { low: number; default: number; high: number };
  /** Words the model learned as personal, with the category they co-occur with: "word:cat word:cat …". */
  wordCategories: string;
  /** Languages with training data in both classes; other languages answer "not sure". */
  languages: string[];
}

export interface Model {
  asset: ModelAsset;
  dim: number;
  mask: number;
  /** The Int8 weights as shipped (weight = q × scale): 1 MB per tab instead of 4 MB of floats. */
  q: Int8Array;
  scale: number;
  /** Weights as floats, made on first use (per-user learning reads them; scoring uses `q`). */
  readonly w: Float32Array;
  wordCats: Map<string, number>;
}

function decodeBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function encodeBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Check and unpack an asset. Throws with a readable reason when it is missing, corrupt or too new. */
export function loadModel(asset: unknown, categories: readonly string[]): Model {
  if (!asset || typeof asset !== 'object') throw new Error('model asset missing');
  const a = asset as ModelAsset;
  if (a.format !== MODEL_FORMAT) throw new Error(`model asset format ${String(a.format)} is not ${MODEL_FORMAT}`);
  if (!Number.isInteger(a.bits) || a.bits < 10 || a.bits > 22) throw new Error('model asset: bad size');
  const fin = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
  if (!fin(a.scale) || !fin(a.bias) || !fin(a.temperature) || a.temperature <= 0)
    throw new Error('model asset: bad numbers');
  if (!Array.isArray(a.platt) || !fin(a.platt[0]) || !fin(a.platt[1])) throw new Error('model asset: bad calibration');
  const t = a.thresholds;
  if (!t || !fin(t.low) || !fin(t.default) || !fin(t.high)) throw new Error('model asset: bad thresholds');
  if (typeof a.weights !== 'string') throw new Error('model asset: no weights');
  let bytes: Uint8Array;
  try {
    bytes = decodeBase64(a.weights);
  } catch {
    throw new Error('model asset: weights are not base64');
  }
  const dim = 1 << a.bits;
  if (bytes.length !== dim) throw new Error(`model asset: ${bytes.length} weights, expected ${dim}`);
  const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  let w: Float32Array | null = null;
  const wordCats = new Map<string, number>();
  for (const pair of String(a.wordCategories ?? '').split(' ')) {
    const k = pair.lastIndexOf(':');
    if (k <= 0) continue;
    const ci = categories.indexOf(pair.slice(k + 1));
    if (ci >= 0) wordCats.set(pair.slice(0, k), ci);
  }
  return {
    asset: a,
    dim,
    mask: dim - 1,
    q,
    scale: a.scale,
    get w() {
      if (!w) {
        w = new Float32Array(dim);
        for (let i = 0; i < dim; i++) w[i] = q[i]! * a.scale;
      }
      return w;
    },
    wordCats,
  };
}

/** Raw logit of one window under a loaded model (Int8 weights, scaled once). */
export function modelWindowLogit(m: Model, idx: Int32Array, val: Float32Array): number {
  const q = m.q;
  let s = 0;
  for (let k = 0; k < idx.length; k++) s += q[idx[k]!]! * val[k]!;
  return m.asset.bias + s * m.scale;
}

/** Raw logit of one window's features. */
export function windowLogit(w: Float32Array, bias: number, idx: Int32Array, val: Float32Array): number {
  let z = bias;
  for (let k = 0; k < idx.length; k++) z += w[idx[k]!]! * val[k]!;
  return z;
}

/** Pool window logits: log-mean-exp at temperature T (T → 0: max; large T: mean). */
export function pool(logits: ArrayLike<number>, temperature: number): number {
  const n = logits.length;
  if (n === 0) return -Infinity;
  if (n === 1) return logits[0]!;
  let max = -Infinity;
  for (let i = 0; i < n; i++) if (logits[i]! > max) max = logits[i]!;
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.exp((logits[i]! - max) / temperature);
  return max + temperature * Math.log(s / n);
}

export function calibrate(pooled: number, platt: readonly [number, number]): number {
  const z = platt[0] * pooled + platt[1];
  return 1 / (1 + Math.exp(-z));
}
