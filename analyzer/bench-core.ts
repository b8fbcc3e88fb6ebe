/**
 * Benchmark core, shared by Node (analyzer/bench.ts) and Chromium (bundled and run in a page).
 * Pure: only `performance.now()` and `TextEncoder`, which both environments have.
 */

import type { AnalyzeInput, AnalyzeResult } from './types.ts';

type AnalyzeFn = (input: AnalyzeInput) => AnalyzeResult;

/** Sentences of the kind people post: work updates, personal notes, emoji, hashtags, five languages. */
const POOL = [
  'Thrilled to share that our team just shipped the new onboarding flow, and activation is up 14% in the first week.',
  'Huge thanks to everyone in product, design and engineering who stayed flexible while the requirements kept moving.',
  'We learned that small, reversible releases beat one big launch every single time, especially under deadline pressure.',
  'If you are hiring senior backend engineers in Lisbon or remote, our alumni channel is full of great people right now.',
  'Sunday brunch with the kids: blueberry pancakes, far too much coffee and a very sticky kitchen floor 🥞☕',
  'Quarterly planning is done, the roadmap is public, and the customer advisory board meets again in March.',
  'Our CEO will speak at the Harbourside Retail Summit about pricing experiments, see you at booth B42! 🚀',
  'My daughter lost her first tooth during my standup and announced it proudly to fourteen people on camera 🦷',
  'Three lessons from migrating 140 dashboards to a semantic layer: start with the metrics, not the charts.',
  'Nuestro equipo de datos ha reducido el ETL nocturno de cuatro horas a cincuenta y cinco minutos 📈',
  'Fin de semana en la playa con mi familia, por fin un poco de descanso después de un trimestre intenso 🏖️',
  'Estamos contratando: procuramos uma pessoa engenheira de dados para o nosso time em São Paulo.',
  'Nous recrutons deux développeurs backend pour notre plateforme de paiement, lien en commentaire.',
  'Wir freuen uns über 900 Betriebe in der Beta und über jedes ehrliche Feedback zur neuen Buchhaltung.',
  'Read the full case study here: https://example.com/blog/semantic-layer-migration?utm_source=linkedin',
  '#leadership #productmanagement #hiring #dataengineering #weekendvibes',
  'Grateful for mentors who took the time to review my first conference talk and tell me the truth about slide 12.',
  'Celebrated our fifth anniversary last night with a quiet dinner and a very good bottle of wine 🍷❤️',
];

/** Deterministic realistic text of about `chars` characters. */
export function sampleText(chars: number, offset = 0): string {
  const parts: string[] = [];
  let len = 0;
  let i = offset;
  while (len < chars) {
    const s = POOL[i % POOL.length]!;
    parts.push(s);
    len += s.length + 1;
    i++;
    if (i % 4 === 0) {
      parts.push('\n');
      len++;
    }
  }
  return parts.join(' ').slice(0, chars);
}

function stats(samples: number[]): { median: number; p99: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number): number => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]!;
  return { median: at(0.5), p99: at(0.99) };
}

export interface CoreBenchResult {
  /** Same 3,000-character post analysed repeatedly (word caches warm). */
  post3k: { median: number; p99: number; runs: number };
  /** A keystroke: one character appended, then the whole draft re-analysed. */
  keystroke3k: { median: number; p99: number; runs: number };
  /** 3,000 characters with every per-word cache cleared first. */
  cold3k: { median: number; p99: number; runs: number };
  /** Megabytes (UTF-8) per second on the 1 MB text, warm. */
  throughputMBs: number;
  /** 1 MB of text: first (uncached) call and median of warm calls. */
  oneMB: { bytes: number; chars: number; firstMs: number; medianMs: number };
  /** Time per character at growing sizes (warm): median and best of the repetitions. */
  linear: { chars: number; ms: number; best: number; nsPerChar: number; bestNsPerChar: number }[];
}

export interface CoreBenchOptions {
  runs?: number;
  clearCaches?: () => void;
}

/** Run every measurement. Takes a few seconds. */
export function runCoreBench(analyze: AnalyzeFn, opts: CoreBenchOptions = {}): CoreBenchResult {
  const runs = opts.runs ?? 2000;
  const now = (): number => performance.now();
  const post = sampleText(3000);
  // Warm up the JIT and the lexicon: a content script analyses on every keystroke, so the steady
  // state is what users feel. (The cold-cache rows show the uncached path.)
  for (let i = 0; i < 3000; i++) analyze({ text: post, hasImage: i % 2 === 0 });

  const t3k: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    analyze({ text: post });
    t3k.push(now() - t0);
  }
  const keys: number[] = [];
  let draft = post.slice(0, 2500);
  const typed = post.slice(2500);
  for (let i = 0; i < runs; i++) {
    draft = draft.length >= 3000 ? post.slice(0, 2500) : draft + typed[(draft.length - 2500) % typed.length];
    const t0 = now();
    analyze({ text: draft });
    keys.push(now() - t0);
  }
  const cold: number[] = [];
  if (opts.clearCaches) {
    const coldRuns = Math.max(50, Math.floor(runs / 10));
    for (let i = 0; i < coldRuns; i++) {
      const text = sampleText(3000, i);
      opts.clearCaches();
      const t0 = now();
      analyze({ text });
      cold.push(now() - t0);
    }
  }

  const big = sampleText(1_000_000);
  const bytes = new TextEncoder().encode(big).length;
  opts.clearCaches?.();
  let t0 = now();
  analyze({ text: big });
  const firstMs = now() - t0;
  const bigRuns: number[] = [];
  for (let i = 0; i < 11; i++) {
    t0 = now();
    analyze({ text: big });
    bigRuns.push(now() - t0);
  }
  const medianMs = stats(bigRuns).median;

  const linear: CoreBenchResult['linear'] = [];
  for (const chars of [3_000, 30_000, 300_000, 1_000_000, 3_000_000]) {
    const text = sampleText(chars);
    analyze({ text });
    const reps = Math.max(7, Math.min(200, Math.floor(3_000_000 / chars)));
    const ts: number[] = [];
    for (let i = 0; i < reps; i++) {
      t0 = now();
      analyze({ text });
      ts.push(now() - t0);
    }
    const ms = stats(ts).median;
    const best = Math.min(...ts);
    linear.push({ chars, ms, best, nsPerChar: (ms * 1e6) / chars, bestNsPerChar: (best * 1e6) / chars });
  }

  const s3 = stats(t3k);
  const sk = stats(keys);
  const sc = cold.length ? stats(cold) : { median: NaN, p99: NaN };
  return {
    post3k: { ...s3, runs },
    keystroke3k: { ...sk, runs },
    cold3k: { ...sc, runs: cold.length },
    throughputMBs: bytes / 1e6 / (medianMs / 1000),
    oneMB: { bytes, chars: big.length, firstMs, medianMs },
    linear,
  };
}

/** One-time costs of a tab, in the order it pays them. */
export const COLD_STEPS = ['model install (decode the weights)', '1 MB draft, first call', 'then a 3,000-char post'];

/**
 * Steps to run one by one in a fresh page (or process), before anything else: `step(i)` runs step i
 * and returns its wall time in ms. Nothing is compiled or cached before step 1.
 */
export function coldStart(analyze: AnalyzeFn, install: () => void): (step: number) => number {
  const big = sampleText(1_000_000);
  const post = sampleText(3000, 7);
  const steps = [install, () => analyze({ text: big }), () => analyze({ text: post })];
  return (i) => {
    const t0 = performance.now();
    steps[i]!();
    return performance.now() - t0;
  };
}

/** Per fresh page, per step: wall time and main-thread CPU time (ms). */
export interface ColdStartResult {
  wall: number[];
  cpu: number[];
}

/**
 * Cold-start rows over several fresh pages: median and worst wall time, and main-thread CPU time. On a
 * loaded machine the wall time includes waiting for a core; the CPU time is what the step costs the page
 * (its long-task length on an idle machine), so the 50 ms target is checked on it.
 */
export function coldRows(runs: ColdStartResult[], where: string): BenchRow[] {
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
  const f = (xs: number[]) => `${med(xs).toFixed(1)} / ${Math.max(...xs).toFixed(1)}`;
  return COLD_STEPS.map((name, i) => {
    const wall = runs.map((r) => r.wall[i]!);
    const cpu = runs.map((r) => r.cpu[i]!);
    return {
      name: `analyzer (${where}): ${name}, ${runs.length} fresh pages, median / worst: wall; main-thread CPU`,
      value: `${f(wall)}; ${f(cpu)} ms`,
      target: i < 2 ? '≤ 50 ms CPU' : 'info',
      pass: i < 2 ? Math.max(...cpu) <= 50 : true,
    };
  });
}

/** One line of the project's benchmark table (scripts/bench/types.ts has the same shape). */
export interface BenchRow {
  name: string;
  value: string;
  target: string;
  pass: boolean;
}

const fmtMs = (v: number): string => (Number.isNaN(v) ? 'n/a' : `${v < 10 ? v.toFixed(3) : v.toFixed(1)} ms`);

/** Table rows with issue #10's targets: median ≤ 0.5 ms per 3,000 chars (keystroke → hint ≤ 16 ms p95 is the e2e bench); 1 MB ≤ 100 ms; linear. */
export function toRows(r: CoreBenchResult, where: string): BenchRow[] {
  const lin = r.linear;
  const small = lin.find((x) => x.chars === 30_000) ?? lin[0]!;
  const mb = lin.find((x) => x.chars === 1_000_000) ?? lin[lin.length - 1]!;
  const largest = lin[lin.length - 1]!;
  // Best-of-N per size: the ratio is about the algorithm, not about a noisy neighbour on the machine.
  const ratio = mb.bestNsPerChar / small.bestNsPerChar;
  const ratio3 = largest.bestNsPerChar / small.bestNsPerChar;
  return [
    {
      name: `analyzer (${where}): 3,000-char post, median`,
      value: fmtMs(r.post3k.median),
      target: '≤ 0.5 ms',
      pass: r.post3k.median <= 0.5,
    },
    { name: `analyzer (${where}): 3,000-char post, p99`, value: fmtMs(r.post3k.p99), target: 'info', pass: true },
    {
      name: `analyzer (${where}): keystroke in 3,000 chars, median`,
      value: fmtMs(r.keystroke3k.median),
      target: '≤ 0.5 ms',
      pass: r.keystroke3k.median <= 0.5,
    },
    {
      name: `analyzer (${where}): keystroke in 3,000 chars, p99`,
      value: fmtMs(r.keystroke3k.p99),
      target: 'info',
      pass: true,
    },
    {
      name: `analyzer (${where}): 3,000 chars, cold caches, median`,
      value: fmtMs(r.cold3k.median),
      target: 'info',
      pass: true,
    },
    {
      name: `analyzer (${where}): throughput`,
      value: `${r.throughputMBs.toFixed(1)} MB/s`,
      target: '≥ 10 MB/s',
      pass: r.throughputMBs >= 10,
    },
    {
      name: `analyzer (${where}): 1 MB of text, median`,
      value: fmtMs(r.oneMB.medianMs),
      target: '≤ 100 ms',
      pass: r.oneMB.medianMs <= 100,
    },
    {
      name: `analyzer (${where}): 1 MB of text, first call, cold caches`,
      value: fmtMs(r.oneMB.firstMs),
      target: 'info',
      pass: true,
    },
    {
      name: `analyzer (${where}): ns/char at 1 MB vs 30 kB`,
      value: `${ratio.toFixed(2)}×`,
      target: '≤ 2× (linear)',
      pass: ratio <= 2,
    },
    {
      name: `analyzer (${where}): ns/char at 3 MB vs 30 kB`,
      value: `${ratio3.toFixed(2)}×`,
      target: 'info',
      pass: true,
    },
  ];
}
