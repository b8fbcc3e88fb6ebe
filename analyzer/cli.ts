/**
 * `npm run -s analyze` — the tone analyzer on JSON lines.
 *
 * Reads stdin, one JSON value per line, and writes exactly one JSON line per input line, in order:
 *   in : {"text": "…", "hasImage": false, "sensitivity": "default"}      (only `text` is required)
 *        optional: hasVideo, audience, recipientLevel, settings, id (echoed back)
 *        a bare JSON string is accepted as {"text": …}
 *   out: {"personal": true|false, "score": 0.87, "unsure": false, "language": "en",
 *         "sensitivity": "default", "categories": […], "evidence": […], "professionalSignals": […]}
 * A line that is not valid input — malformed JSON, no string `text`, a bad option, or an empty line —
 * gets {"error": "line 3: …"} (plus "id" when one could be read) and processing continues. Empty
 * lines are answered too, so that output line N always belongs to input line N. A final newline
 * does not count as an extra line. Exit code 0 unless reading stdin itself fails (then 2).
 */

import { createInterface } from 'node:readline';
import { analyze } from './bundled.ts';
import type {
  AnalyzeInput,
  AnalyzeResult,
  AnalyzerSettings,
  Audience,
  FamiliarityLevel,
  Sensitivity,
} from './bundled.ts';

const SENSITIVITIES = new Set<Sensitivity>(['low', 'default', 'high']);
const AUDIENCES = new Set<Audience>(['anyone', 'connections', 'group', 'event', 'private', 'unknown']);
const LEVELS = new Set<FamiliarityLevel>(['professional', 'friendly', 'personal', 'unset']);

export type CliOutput =
  | (Pick<
      AnalyzeResult,
      'personal' | 'score' | 'unsure' | 'language' | 'sensitivity' | 'categories' | 'evidence' | 'professionalSignals'
    > & { id?: unknown; evidenceTruncated?: boolean })
  | { error: string; id?: unknown };

/** Turn one input line into one output object. Never throws. */
export function processLine(line: string, lineNo: number): CliOutput {
  const trimmed = line.trim();
  if (trimmed === '') return { error: `line ${lineNo}: empty line` };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (e) {
    return { error: `line ${lineNo}: invalid JSON (${(e as Error).message})` };
  }
  if (typeof value === 'string') value = { text: value };
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { error: `line ${lineNo}: expected a JSON object with a "text" string` };
  const o = value as Record<string, unknown>;
  const id = 'id' in o ? o.id : undefined;
  const fail = (msg: string): CliOutput =>
    id === undefined ? { error: `line ${lineNo}: ${msg}` } : { error: `line ${lineNo}: ${msg}`, id };
  if (typeof o.text !== 'string') return fail('"text" must be a string');
  for (const k of ['hasImage', 'hasVideo'] as const)
    if (o[k] !== undefined && typeof o[k] !== 'boolean') return fail(`"${k}" must be true or false`);
  if (o.sensitivity !== undefined && !SENSITIVITIES.has(o.sensitivity as Sensitivity))
    return fail('"sensitivity" must be "low", "default" or "high"');
  if (o.audience !== undefined && !AUDIENCES.has(o.audience as Audience))
    return fail(`"audience" must be one of ${[...AUDIENCES].join(', ')}`);
  if (o.recipientLevel !== undefined && !LEVELS.has(o.recipientLevel as FamiliarityLevel))
    return fail(`"recipientLevel" must be one of ${[...LEVELS].join(', ')}`);
  if (o.settings !== undefined && (o.settings === null || typeof o.settings !== 'object' || Array.isArray(o.settings)))
    return fail('"settings" must be an object');
  const settings: AnalyzerSettings = { ...((o.settings as AnalyzerSettings | undefined) ?? {}) };
  if (o.sensitivity !== undefined) settings.sensitivity = o.sensitivity as Sensitivity;
  const input: AnalyzeInput = { text: o.text, settings };
  if (o.hasImage !== undefined) input.hasImage = o.hasImage as boolean;
  if (o.hasVideo !== undefined) input.hasVideo = o.hasVideo as boolean;
  if (o.audience !== undefined) input.audience = o.audience as Audience;
  if (o.recipientLevel !== undefined) input.recipientLevel = o.recipientLevel as FamiliarityLevel;
  const r = analyze(input);
  const out: CliOutput = {
    ...(id === undefined ? {} : { id }),
    personal: r.personal,
    score: r.score,
    unsure: r.unsure,
    language: r.language,
    sensitivity: r.sensitivity,
    categories: r.categories,
    evidence: r.evidence,
    professionalSignals: r.professionalSignals,
  };
  if (r.evidenceTruncated) out.evidenceTruncated = true;
  return out;
}

async function main(): Promise<number> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(
      'usage: npm run -s analyze < drafts.jsonl\n  one JSON object per line: {"text": "...", "hasImage": false, "sensitivity": "default"}\n',
    );
    return 0;
  }
  let failed = false;
  process.stdin.on('error', (e) => {
    failed = true;
    process.stderr.write(`analyze: cannot read stdin: ${e.message}\n`);
  });
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  try {
    for await (const line of rl) {
      lineNo++;
      const ok = process.stdout.write(JSON.stringify(processLine(line, lineNo)) + '\n');
      if (!ok) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
    }
  } catch (e) {
    process.stderr.write(`analyze: cannot read stdin: ${(e as Error).message}\n`);
    return 2;
  }
  return failed ? 2 : 0;
}

const isMain = (() => {
  try {
    const arg = process.argv[1] ?? '';
    return arg.endsWith('cli.ts') || arg.endsWith('cli.js');
  } catch {
    return false;
  }
})();
if (isMain) {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
  });
  main().then((code) => {
    process.exitCode = code;
  });
}
