/**
 * What moved the score: each token's share of the pooled logit, from the same features the model read
 * (its word, the word pairs it is in, its character n-grams, and its category cue), so explanations name
 * the words that really counted, not a list of suspicious words.
 */
import { CAT_CUE, MY_CAT_CUE, K_WORD, fmix, type Featurized } from './features.ts';
import { modelWindowLogit, type Model } from './model.ts';
import type { Adjustment } from './learn.ts';

/** Contribution of every token to its window's logit, weighted by the window's pooling share (0 for skipped tokens). */
export function explainTokens(m: Model, f: Featurized, adjust: Adjustment | null): Float64Array {
  const { tokens, windows } = f;
  const out = new Float64Array(tokens.length);
  const W = (h: number) => {
    const i = h & m.mask;
    return m.q[i]! * m.scale + (adjust ? adjust.weight(i) : 0);
  };
  // Pooling weights: d pooled / d window logit (softmax at the model's temperature; mean when large).
  const logits = windows.map((w) => modelWindowLogit(m, w.idx, w.val));
  const T = m.asset.temperature;
  const max = Math.max(...logits);
  const ex = logits.map((z) => Math.exp((z - max) / T));
  const sum = ex.reduce((a, b) => a + b, 0);
  // Scaled so an average window counts 1: a word's share reads the same in a tweet and a long post.
  windows.forEach((win, wi) => {
    const share = (ex[wi]! / sum) * windows.length;
    const [gw, gp, gc, gq] = win.gv;
    const catCount = new Map<number, number>();
    for (let k = win.t0; k < win.t1; k++) {
      const t = tokens[k]!;
      if (f.skipped?.[k] || t.cat < 0) continue;
      catCount.set(t.cat, (catCount.get(t.cat) ?? 0) + 1);
    }
    let prev = -1;
    for (let k = win.t0; k < win.t1; k++) {
      if (f.skipped?.[k]) {
        prev = -1;
        continue;
      }
      const t = tokens[k]!;
      let c = gw! * W(t.info.uni);
      if (prev >= 0 && tokens[prev]!.sentence === t.sentence) {
        const pair = W(fmix(tokens[prev]!.info.pairL ^ t.info.pairR)) * gp! * 0.5;
        c += pair;
        out[prev] = out[prev]! + pair * share;
      }
      if (t.kind === K_WORD) {
        // A word's character n-grams weigh the same wherever it appears: summed once per word and model.
        const info = t.info;
        const ch = info.chars;
        if (info.charSumOf !== m.q) {
          let q = 0;
          for (let j = 0; j < ch.length; j++) q += m.q[ch[j]! & m.mask]!;
          info.charSum = q * m.scale;
          info.charSumOf = m.q;
        }
        let s = info.charSum;
        if (adjust) for (let j = 0; j < ch.length; j++) s += adjust.weight(ch[j]! & m.mask);
        c += gc! * s;
      }
      if (t.cat >= 0) {
        const n = catCount.get(t.cat) ?? 1;
        c += (gq! * W(CAT_CUE[t.cat]!)) / n;
        if (t.mine) c += (gq! * W(MY_CAT_CUE[t.cat]!)) / n;
      }
      out[k] = out[k]! + c * share;
      prev = k;
    }
  });
  return out;
}
