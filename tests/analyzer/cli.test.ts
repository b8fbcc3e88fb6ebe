import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processLine } from '../../analyzer/cli';

const ROOT = join(import.meta.dirname, '../..');

describe('analyzer CLI: one line', () => {
  it('analyses a JSON object with only text', () => {
    const out = processLine('{"text": "My wife and I got married 💍"}', 1) as Record<string, unknown>;
    expect(out.personal).toBe(true);
    expect(Object.keys(out).slice(0, 7)).toEqual([
      'personal',
      'score',
      'unsure',
      'language',
      'sensitivity',
      'categories',
      'evidence',
    ]);
  });
  it('passes options through and echoes the id', () => {
    const out = processLine(
      JSON.stringify({
        id: 7,
        text: 'Date night 🍷',
        sensitivity: 'low',
        hasImage: true,
        recipientLevel: 'personal',
        settings: { disabledCategories: ['food'] },
      }),
      1,
    ) as Record<string, unknown>;
    expect(out.id).toBe(7);
    expect(out.sensitivity).toBe('low');
    expect(out.personal).toBe(false);
  });
  it('accepts a bare JSON string', () => {
    expect((processLine('"Our food-delivery startup is hiring"', 1) as Record<string, unknown>).personal).toBe(false);
  });
  it.each([
    ['', 'line 4: empty line'],
    ['   ', 'line 4: empty line'],
    ['{"text": ', 'line 4: invalid JSON'],
    ['[1,2]', 'line 4: expected a JSON object'],
    ['{"txt": "x"}', 'line 4: "text" must be a string'],
    ['{"text": "x", "hasImage": "yes"}', 'line 4: "hasImage" must be true or false'],
    ['{"text": "x", "sensitivity": "max"}', 'line 4: "sensitivity" must be'],
    ['{"text": "x", "recipientLevel": "boss"}', 'line 4: "recipientLevel" must be'],
    ['{"text": "x", "settings": [1]}', 'line 4: "settings" must be an object'],
  ])('error result for %j', (line, message) => {
    const out = processLine(line, 4) as { error: string };
    expect(out.error.startsWith(message)).toBe(true);
  });
});

describe('analyzer CLI: process', () => {
  it('answers every line in order, errors included, and exits 0', () => {
    const lines = [
      '{"text": "I baked muffins for breakfast 🧁", "hasImage": true}',
      'not json',
      '',
      '{"id": "b", "text": "Q3 revenue grew 40%"}',
      '"Meine Frau und ich haben geheiratet!"',
    ];
    const res = spawnSync(process.execPath, ['--import', 'tsx', 'analyzer/cli.ts'], {
      cwd: ROOT,
      input: lines.join('\n') + '\n',
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(res.status).toBe(0);
    const out = res.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(5);
    expect(out[0]!.personal).toBe(true);
    expect(out[1]!.error).toMatch(/^line 2: invalid JSON/);
    expect(out[2]!.error).toBe('line 3: empty line');
    expect(out[3]).toMatchObject({ id: 'b', personal: false });
    expect(out[4]).toMatchObject({ personal: true, language: 'de' });
    // A child process (tsx, then the model) on a loaded two-core box: a generous harness limit, not a speed check.
  }, 60_000);
});
