/**
 * The evaluation corpus (tests/analyzer-corpus/*.jsonl) meets the issue's targets at default
 * sensitivity. A missing or empty corpus folder fails this test; nothing is skipped.
 */
import { describe, expect, it } from 'vitest';
import { defaultCorpusDir, evaluate, formatReport, loadCorpus, TARGETS } from '../../analyzer/evaluate';

describe('analyzer evaluation corpus', () => {
  const { items, files, errors } = loadCorpus(defaultCorpusDir());
  const report = evaluate(items);
  report.files = files;
  const def = report.reports.find((r) => r.sensitivity === 'default')!;

  it('is present, parses, and has at least 400 items in the five supported languages plus others', () => {
    expect(errors).toEqual([]);
    expect(items.length).toBeGreaterThanOrEqual(400);
    for (const f of ['en', 'es', 'pt', 'fr', 'de', 'other']) expect(files).toContain(`${f}.jsonl`);
  });

  it(`meets the targets at default sensitivity (precision ≥ ${TARGETS.precision}, recall ≥ ${TARGETS.recall}, false alarms ≤ ${TARGETS.falseAlarmRate * 100}%)`, () => {
    const summary = formatReport(report, true);
    expect(def.overall.precision, summary).toBeGreaterThanOrEqual(TARGETS.precision);
    expect(def.overall.recall, summary).toBeGreaterThanOrEqual(TARGETS.recall);
    expect(def.overall.falseAlarmRate, summary).toBeLessThanOrEqual(TARGETS.falseAlarmRate);
    expect(report.meetsTargets, report.failures.join('; ')).toBe(true);
  });

  it('never flags an unsupported-language item as personal', () => {
    for (const r of report.reports) expect(r.unsupported.ids, r.sensitivity).toEqual([]);
    expect(def.unsupported.n).toBeGreaterThan(0);
  });

  it('every supported language is evaluated on both labels', () => {
    for (const lang of ['en', 'es', 'pt', 'fr', 'de']) {
      const m = def.byLang[lang]!;
      expect(m.tp + m.fn, lang).toBeGreaterThan(0);
      expect(m.fp + m.tn, lang).toBeGreaterThan(0);
    }
  });

  it('evaluates ~500 items in well under a second per pass', () => {
    expect(report.ms / report.reports.length).toBeLessThan(1000);
  });
});
