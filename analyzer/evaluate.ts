/**
 * `npm run -s evaluate [-- --verbose] [--dir path] [--json]`
 *
 * Reads every tests/analyzer-corpus/*.jsonl and prints precision, recall and F1 for "personal" and
 * the false-alarm rate on professional items, at each sensitivity, overall and per language.
 * Items in other.jsonl (languages we do not support) must never be flagged personal; they are
 * reported separately as "unsupported-language false alarms".
 *
 * Exit code: 0 when default sensitivity meets the targets (precision ≥ 0.90, recall ≥ 0.85,
 * false alarms ≤ 5%, no unsupported-language false alarm), 1 when it does not, 2 when the corpus
 * cannot be read.
 */

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyze } from './bundled.ts';
import type { Sensitivity } from './bundled.ts';

export const TARGETS = { precision: 0.9, recall: 0.85, falseAlarmRate: 0.05 } as const;
export const SENSITIVITIES: Sensitivity[] = ['low', 'default', 'high'];

export interface CorpusItem {
  id: string;
  lang: string;
  kind?: string;
  text: string;
  hasImage?: boolean;
  label: 'personal' | 'professional';
  category?: string | null;
  hard?: boolean;
  /** File the item came from, without extension ("en", "other"). */
  file: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Metrics extends Counts {
  n: number;
  precision: number;
  recall: number;
  f1: number;
  /** False positives / professional items. */
  falseAlarmRate: number;
}

export interface Miss {
  id: string;
  label: string;
  score: number;
  personal: boolean;
  hard: boolean;
  evidence: string;
  text: string;
}

export interface SensitivityReport {
  sensitivity: Sensitivity;
  overall: Metrics;
  byLang: Record<string, Metrics>;
  unsupported: { n: number; falseAlarms: number; unsure: number; ids: string[] };
  misses: Miss[];
}

export interface EvaluationReport {
  dir: string;
  files: string[];
  items: number;
  ms: number;
  reports: SensitivityReport[];
  meetsTargets: boolean;
  failures: string[];
}

export function defaultCorpusDir(): string {
  return fileURLToPath(new URL('../tests/analyzer-corpus/', import.meta.url));
}

/** Load all *.jsonl files of a folder. Throws if the folder is missing or holds no items. */
export function loadCorpus(dir: string = defaultCorpusDir()): {
  items: CorpusItem[];
  files: string[];
  errors: string[];
} {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`corpus folder not found: ${dir}`);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  if (files.length === 0) throw new Error(`no .jsonl files in ${dir}`);
  const items: CorpusItem[] = [];
  const errors: string[] = [];
  for (const f of files) {
    const lines = readFileSync(join(dir, f), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      try {
        const o = JSON.parse(line) as Partial<CorpusItem>;
        if (typeof o.text !== 'string' || (o.label !== 'personal' && o.label !== 'professional')) {
          errors.push(`${f}:${i + 1}: missing text or label`);
          return;
        }
        items.push({
          ...o,
          id: String(o.id ?? `${f}:${i + 1}`),
          lang: String(o.lang ?? ''),
          file: f.replace(/\.jsonl$/, ''),
        } as CorpusItem);
      } catch (e) {
        errors.push(`${f}:${i + 1}: ${(e as Error).message}`);
      }
    });
  }
  if (items.length === 0) throw new Error(`no items in ${dir}`);
  return { items, files, errors };
}

function metrics(c: Counts): Metrics {
  const n = c.tp + c.fp + c.fn + c.tn;
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const falseAlarmRate = c.fp + c.tn === 0 ? 0 : c.fp / (c.fp + c.tn);
  return { ...c, n, precision, recall, f1, falseAlarmRate };
}

const isUnsupportedFile = (item: CorpusItem): boolean => item.file === 'other';

/** Run the analyzer over the corpus at every sensitivity. */
export function evaluate(items: CorpusItem[], dir = ''): EvaluationReport {
  const t0 = performance.now();
  const reports: SensitivityReport[] = [];
  for (const sensitivity of SENSITIVITIES) {
    const overall: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
    const byLang: Record<string, Counts> = {};
    const unsupported = { n: 0, falseAlarms: 0, unsure: 0, ids: [] as string[] };
    const misses: Miss[] = [];
    for (const item of items) {
      const r = analyze({ text: item.text, hasImage: item.hasImage === true, settings: { sensitivity } });
      if (isUnsupportedFile(item)) {
        unsupported.n++;
        if (r.unsure) unsupported.unsure++;
        if (r.personal) {
          unsupported.falseAlarms++;
          unsupported.ids.push(item.id);
        }
        continue;
      }
      const c = (byLang[item.file] ??= { tp: 0, fp: 0, fn: 0, tn: 0 });
      const truth = item.label === 'personal';
      const key = truth ? (r.personal ? 'tp' : 'fn') : r.personal ? 'fp' : 'tn';
      c[key]++;
      overall[key]++;
      if (truth !== r.personal) {
        misses.push({
          id: item.id,
          label: item.label,
          score: r.score,
          personal: r.personal,
          hard: item.hard === true,
          evidence: r.evidence
            .slice(0, 6)
            .map((e) => `${e.text}(${e.category} ${e.weight})`)
            .join(' '),
          text: item.text,
        });
      }
    }
    const lm: Record<string, Metrics> = {};
    for (const [l, c] of Object.entries(byLang)) lm[l] = metrics(c);
    reports.push({ sensitivity, overall: metrics(overall), byLang: lm, unsupported, misses });
  }
  const def = reports.find((r) => r.sensitivity === 'default')!;
  const failures: string[] = [];
  if (def.overall.tp + def.overall.fn === 0) failures.push('no supported-language personal items');
  if (def.overall.precision < TARGETS.precision)
    failures.push(`precision ${fmt(def.overall.precision)} < ${TARGETS.precision}`);
  if (def.overall.recall < TARGETS.recall) failures.push(`recall ${fmt(def.overall.recall)} < ${TARGETS.recall}`);
  if (def.overall.falseAlarmRate > TARGETS.falseAlarmRate)
    failures.push(`false alarms ${pct(def.overall.falseAlarmRate)} > ${pct(TARGETS.falseAlarmRate)}`);
  if (def.unsupported.falseAlarms > 0)
    failures.push(
      `${def.unsupported.falseAlarms} unsupported-language false alarm(s): ${def.unsupported.ids.join(', ')}`,
    );
  return {
    dir,
    files: [],
    items: items.length,
    ms: performance.now() - t0,
    reports,
    meetsTargets: failures.length === 0,
    failures,
  };
}

const fmt = (x: number): string => x.toFixed(3);
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

export function formatReport(rep: EvaluationReport, verbose = false): string {
  const out: string[] = [];
  out.push(
    `Analyzer evaluation: ${rep.items} items from ${rep.files.join(', ') || rep.dir} (${rep.ms.toFixed(0)} ms for ${SENSITIVITIES.length} passes)`,
  );
  out.push('');
  const head = ['sensitivity', 'scope', 'n', 'TP', 'FP', 'FN', 'TN', 'precision', 'recall', 'F1', 'false alarms'];
  const rows: string[][] = [];
  for (const r of rep.reports) {
    const add = (scope: string, m: Metrics): void => {
      rows.push([
        r.sensitivity,
        scope,
        String(m.n),
        String(m.tp),
        String(m.fp),
        String(m.fn),
        String(m.tn),
        fmt(m.precision),
        fmt(m.recall),
        fmt(m.f1),
        `${pct(m.falseAlarmRate)} (${m.fp}/${m.fp + m.tn})`,
      ]);
    };
    add('overall', r.overall);
    for (const l of Object.keys(r.byLang).sort()) add(l, r.byLang[l]!);
    const u = r.unsupported;
    rows.push([
      r.sensitivity,
      'unsupported',
      String(u.n),
      '',
      String(u.falseAlarms),
      '',
      '',
      '',
      '',
      '',
      `${u.falseAlarms}/${u.n} flagged, ${u.unsure}/${u.n} unsure`,
    ]);
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  out.push(line(head));
  out.push(widths.map((w) => '-'.repeat(w)).join('  '));
  let prev = '';
  for (const r of rows) {
    if (prev && r[0] !== prev) out.push('');
    out.push(line(r));
    prev = r[0]!;
  }
  out.push('');
  out.push(
    `Targets at default sensitivity: precision >= ${TARGETS.precision}, recall >= ${TARGETS.recall}, false alarms <= ${pct(TARGETS.falseAlarmRate)}, no unsupported-language false alarm.`,
  );
  out.push(rep.meetsTargets ? 'PASS' : `FAIL: ${rep.failures.join('; ')}`);
  if (verbose) {
    for (const r of rep.reports) {
      out.push('');
      out.push(`Misclassified at ${r.sensitivity} (${r.misses.length}):`);
      for (const m of r.misses) {
        const txt = m.text.replace(/\s+/g, ' ');
        out.push(
          `  ${m.id.padEnd(9)} ${m.label === 'personal' ? 'missed personal ' : 'false alarm     '} score ${m.score.toFixed(3)}${m.hard ? ' hard' : '     '}  ${txt.length > 110 ? txt.slice(0, 107) + '...' : txt}`,
        );
        if (m.evidence) out.push(`            evidence: ${m.evidence}`);
      }
      if (r.unsupported.ids.length) out.push(`  unsupported-language false alarms: ${r.unsupported.ids.join(', ')}`);
    }
  }
  return out.join('\n');
}

function main(argv: string[]): number {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const json = argv.includes('--json');
  const di = argv.indexOf('--dir');
  const dir = di >= 0 && argv[di + 1] ? resolve(argv[di + 1]!) : defaultCorpusDir();
  let loaded;
  try {
    loaded = loadCorpus(dir);
  } catch (e) {
    process.stderr.write(`evaluate: ${(e as Error).message}\n`);
    return 2;
  }
  for (const err of loaded.errors) process.stderr.write(`evaluate: skipped ${err}\n`);
  const rep = evaluate(loaded.items, dir);
  rep.files = loaded.files;
  if (json) {
    const slim = {
      ...rep,
      reports: rep.reports.map((r) => ({ ...r, misses: verbose ? r.misses : r.misses.map((m) => m.id) })),
    };
    process.stdout.write(JSON.stringify(slim, null, 2) + '\n');
  } else process.stdout.write(formatReport(rep, verbose) + '\n');
  return rep.meetsTargets ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
