/**
 * The project-written corpora through `npm run -s evaluate`'s code path.
 * - tests/analyzer-holdout/sealed.jsonl is never trained on: it is the measure. The hand-tuned analyzer
 *   scored precision 0.824 / recall 0.875 there (README of that folder); the trained model must not fall
 *   more than 0.03 below either.
 * - tests/analyzer-corpus/ is part of the training data (as hard cases and languages), so it is not a
 *   measure; only its other-language file, which is not trained on, is checked: never flagged.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCorpusDir, evaluate, formatReport, loadCorpus } from '../../analyzer/evaluate';

describe('analyzer: project-written held-out set', () => {
  const { items, errors } = loadCorpus(join(defaultCorpusDir(), '..', 'analyzer-holdout'));
  const report = evaluate(items);
  const def = report.reports.find((r) => r.sensitivity === 'default')!;

  it('parses, both labels, five languages', () => {
    expect(errors).toEqual([]);
    expect(items.length).toBeGreaterThanOrEqual(90);
  });

  it('does not fall more than 0.03 below the hand-tuned analyzer (precision 0.824, recall 0.875)', () => {
    const summary = formatReport(report, true);
    expect(def.overall.precision, summary).toBeGreaterThanOrEqual(0.824 - 0.03);
    expect(def.overall.recall, summary).toBeGreaterThanOrEqual(0.875 - 0.03);
  });
});

describe('analyzer: languages without training data', () => {
  const { items } = loadCorpus(defaultCorpusDir());
  const report = evaluate(items.filter((item) => item.file === 'other'));

  it('never flags an unsupported-language item as personal, at any sensitivity', () => {
    for (const r of report.reports) expect(r.unsupported.ids, r.sensitivity).toEqual([]);
    expect(report.reports[0]!.unsupported.n).toBeGreaterThan(0);
  });
});
