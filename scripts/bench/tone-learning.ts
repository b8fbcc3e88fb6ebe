/**
 * What learning from the user costs (issue 10, "It learns from you"), in Node: a keystroke's analysis
 * with a full learned state (MAX_ENTRIES adjusted weights) beside the shipped model alone, one learning
 * step as the background takes it per choice, and the size of the state that reaches every tab.
 *
 *   npm run bench -- tone-learning
 */
import { analyze } from '../../analyzer/bundled';
import { currentModel } from '../../analyzer/analyze';
import { sampleText } from '../../analyzer/bench-core';
import { MAX_ENTRIES, emptyLearned, learn, spaceOf, type LearnedState } from '../../analyzer/learn';
import { LIMITS } from '../../storage/api';
import { ms, percentile, type Row } from './types';

/** Learns from generated drafts until the state holds MAX_ENTRIES weights (the most it keeps). */
function fullState(): { state: LearnedState; labels: number } {
  const model = currentModel();
  if (!model) throw new Error('no tone model');
  let state = emptyLearned(spaceOf(model));
  let labels = 0;
  while (Object.keys(state.weights).length < MAX_ENTRIES && labels < 5000) {
    // Fresh made-up words each time, beside personal ones, so every label adds weights.
    const words = Array.from({ length: 12 }, (_, i) => `w${labels.toString(36)}x${i}q`);
    state = learn(
      model,
      state,
      `${words.join(' ')} breakfast with my kids at the beach`,
      labels % 2 ? 'fine' : 'agreed',
    );
    labels++;
  }
  return { state, labels };
}

function time(run: () => void, reps: number): number[] {
  const samples: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
  }
  return samples;
}

export async function benchToneLearning(): Promise<Row[]> {
  const model = currentModel();
  if (!model) throw new Error('no tone model');
  const { state, labels } = fullState();
  const post = sampleText(3000);
  for (let i = 0; i < 500; i++) {
    analyze({ text: post });
    analyze({ text: post, learned: state });
  }
  const plain = time(() => analyze({ text: post }), 1000);
  const learned = time(() => analyze({ text: post, learned: state }), 1000);
  const longest = sampleText(LIMITS.learnedText, 7);
  const steps3k = time(() => learn(model, state, post, 'fine'), 200);
  const stepsMax = time(() => learn(model, state, longest, 'fine'), 100);
  const bytes = new TextEncoder().encode(JSON.stringify(state)).length;
  return [
    {
      name: 'tone learning: 3,000-char post, shipped model alone, median',
      value: ms(percentile(plain, 50)),
      target: 'info',
      pass: true,
    },
    {
      name: `tone learning: 3,000-char post with a full learned state (${MAX_ENTRIES.toLocaleString('en')} weights), median`,
      value: ms(percentile(learned, 50)),
      target: 'info',
      pass: true,
    },
    {
      name: 'tone learning: full learned state vs shipped model alone (median)',
      value: `${(percentile(learned, 50) / percentile(plain, 50)).toFixed(2)}×`,
      target: '≤ 1.25×',
      pass: percentile(learned, 50) / percentile(plain, 50) <= 1.25,
    },
    { name: 'tone learning: same, p99', value: ms(percentile(learned, 99)), target: 'info', pass: true },
    {
      name: 'tone learning: one choice learned (background), 3,000-char draft, median',
      value: ms(percentile(steps3k, 50)),
      target: 'info',
      pass: true,
    },
    {
      name: `tone learning: one choice learned, ${LIMITS.learnedText.toLocaleString('en')}-char draft, median`,
      value: ms(percentile(stepsMax, 50)),
      target: '≤ 50 ms',
      pass: percentile(stepsMax, 50) <= 50,
    },
    {
      name: `tone learning: full state sent to tabs (${labels} labels to fill it)`,
      value: `${(bytes / 1024).toFixed(0)} KB`,
      target: 'info',
      pass: true,
    },
  ];
}
