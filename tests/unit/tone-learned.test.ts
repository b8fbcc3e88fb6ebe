/**
 * Where this user draws the line (issue 10), as storage keeps it: the background's toneOutcome /
 * toneLearned / resetToneLearned requests, bad input and bad stored records, and backups.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../analyzer/bundled';
import { MAX_CHARS } from '../../analyzer/features';
import { LEARNED_VERSION, MAX_DELTA } from '../../analyzer/learn';
import { LIMITS, type ApiResult, type ChangeSignal, type RequestResults, type RequestType } from '../../storage/api';
import { applyImport, exportBackup, previewImport } from '../../storage/backup';
import { TONE_LEARNED_KEY, openDb, type BoundariesDb } from '../../storage/db';
import { emptyContact } from '../../storage/model';
import { createServer } from '../../storage/server';

const EXT = 'boundaries-test-id';
// The same texts as the end-to-end test (tests/e2e/tone-learning.test.ts); the shipped model flags each.
const BAKERY = [
  'Fresh sourdough and cinnamon rolls out of the oven at the bakery this morning 🥐',
  'Weekend baking: chocolate chip muffins and banana bread for breakfast 🧁',
  'Croissants, pain au chocolat and strong coffee: perfect Sunday breakfast 🥐',
];
const SIMILAR = 'Fresh croissants and sourdough at the bakery this weekend 🥐';
const FAMILY = 'Family update: my son started school this week and my wife and I are so proud of him';

let db: BoundariesDb;
let server: ReturnType<typeof createServer>;
let signals: Omit<ChangeSignal, 'seq' | 'at'>[];

beforeEach(() => {
  db = openDb(`tone-${crypto.randomUUID()}`);
  signals = [];
  // Signals go out when a test flushes them, never from an earlier test's timer.
  server = createServer({ db, extensionId: EXT, notify: (change) => signals.push(change), changeWindowMs: 600_000 });
});
afterEach(async () => {
  await db.delete();
});

async function callRaw(type: RequestType, payload: unknown) {
  return (await server.handle({ boundaries: 1, type, payload }, { id: EXT })) as ApiResult<unknown>;
}

async function call<T extends RequestType>(type: T, payload: unknown): Promise<RequestResults[T]> {
  const result = await callRaw(type, payload);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as RequestResults[T];
}

async function storedRecord(): Promise<unknown> {
  return (await db.settings.get(TONE_LEARNED_KEY as 'settings'))?.value;
}

async function learnBakery(): Promise<RequestResults['toneOutcome']> {
  let last!: RequestResults['toneOutcome'];
  for (const text of BAKERY) last = await call('toneOutcome', { text, label: 'fine' });
  return last;
}

describe('toneOutcome / toneLearned / resetToneLearned', () => {
  it('three "Post anyway" on bakery posts: stored, summarised in plain words, signalled; a similar post stops reading personal, a family update does not', async () => {
    expect(await call('toneLearned', {})).toMatchObject({
      state: null,
      problem: null,
      summary: { fine: 0, agreed: 0 },
    });
    const view = await learnBakery();
    expect(view.problem).toBeNull();
    expect(view.summary).toMatchObject({ fine: 3, agreed: 0 });
    expect(view.summary.fineWords).toEqual(expect.arrayContaining(['breakfast', 'bakery', 'muffins']));
    expect(view.summary.personalWords).toEqual([]);
    // Read back as stored, the same state.
    expect((await call('toneLearned', {})).state).toEqual(view.state);
    server.flushChanges();
    expect(signals.filter((s) => s.learned)).toHaveLength(1); // the three outcomes, gathered into one signal
    expect(signals.every((s) => s.contacts.length === 0 && !s.settings)).toBe(true);

    expect(analyze({ text: SIMILAR }).personal).toBe(true);
    expect(analyze({ text: SIMILAR, learned: view.state! }).personal).toBe(false);
    expect(analyze({ text: FAMILY, learned: view.state! }).personal).toBe(true);
    for (const w of Object.values(view.state!.weights)) expect(Math.abs(w)).toBeLessThanOrEqual(MAX_DELTA);
  });

  it('each choice counts: after one or two, the next bakery post is still asked about', async () => {
    for (const [i, text] of BAKERY.entries()) {
      const { state } = await call('toneLearned', {});
      expect(analyze({ text, learned: state ?? undefined }).personal, `before choice ${i + 1}`).toBe(true);
      const after = await call('toneOutcome', { text, label: 'fine' });
      // No single choice moves a word by more than a third of the cap.
      for (const [key, w] of Object.entries(after.state!.weights))
        expect(Math.abs(w - (state?.weights[key] ?? 0))).toBeLessThanOrEqual(MAX_DELTA / 3 + 1e-9);
    }
  });

  it('"Edit" (agreed) counts separately and names the words it now treats as more personal', async () => {
    const text = 'Great dinner with the team after the offsite in Porto';
    for (let i = 0; i < 3; i++) await call('toneOutcome', { text, label: 'agreed' });
    const { summary } = await call('toneLearned', {});
    expect(summary).toMatchObject({ fine: 0, agreed: 3 });
    expect(summary.personalWords).toEqual(expect.arrayContaining(['dinner']));
  });

  it('reset forgets everything and signals it', async () => {
    await learnBakery();
    server.flushChanges(); // signals are gathered for a moment (issue 14, item 10): send the earlier ones
    signals = [];
    const view = await call('resetToneLearned', {});
    server.flushChanges();
    expect(view).toMatchObject({ state: null, problem: null, summary: { fine: 0, agreed: 0, fineWords: [] } });
    expect(await storedRecord()).toBeUndefined();
    expect(signals).toEqual([{ contacts: [], settings: false, learned: true }]);
    expect(analyze({ text: SIMILAR, learned: (await call('toneLearned', {})).state ?? undefined }).personal).toBe(true);
  });

  it('bad input gets a clear error and loses nothing already learned', async () => {
    const before = (await learnBakery()).state;
    const empty = await callRaw('toneOutcome', { text: '   ', label: 'fine' });
    expect(empty).toEqual({
      ok: false,
      error: { code: 'bad-request', message: 'toneOutcome: text: A draft to learn from cannot be empty' },
    });
    const huge = await callRaw('toneOutcome', { text: 'x'.repeat(LIMITS.learnedText + 1), label: 'fine' });
    expect(huge.ok).toBe(false);
    expect(!huge.ok && huge.error.code).toBe('too-large');
    expect(!huge.ok && huge.error.message).toContain(
      `can hold up to ${LIMITS.learnedText.toLocaleString('en')} characters (the analyzer reads no more)`,
    );
    const label = await callRaw('toneOutcome', { text: SIMILAR, label: 'meh' });
    expect(!label.ok && label.error.message).toMatch(/^toneOutcome: label: /);
    const extra = await callRaw('toneOutcome', { text: SIMILAR, label: 'fine', weights: { 1: 99 } });
    expect(!extra.ok && extra.error.code).toBe('bad-request');
    expect((await call('toneLearned', {})).state).toEqual(before);
    // The analyzer reads no further than this: the limit is its own.
    expect(LIMITS.learnedText).toBe(MAX_CHARS);
  });

  it('emoji-only, right-to-left and exactly-at-the-limit drafts are accepted without harm', async () => {
    const before = (await learnBakery()).state!;
    for (const text of [
      '🧁🧁🥐',
      'مرحبا بكم في المخبز صباح اليوم',
      'שלום לכולם מהמאפייה',
      `${'bakery '.repeat(Math.floor((LIMITS.learnedText - 1) / 7))}b`,
    ]) {
      expect(text.length).toBeLessThanOrEqual(LIMITS.learnedText);
      const view = await call('toneOutcome', { text, label: 'fine' });
      expect(view.problem).toBeNull();
    }
    const after = (await call('toneLearned', {})).state!;
    // Everything learned before is still there (texts the analyzer cannot read teach nothing).
    for (const key of Object.keys(before.weights)) expect(after.weights[key]).toBeDefined();
    expect(after.counts.fine).toBeGreaterThanOrEqual(before.counts.fine);
  });

  it('a corrupt stored record is ignored with a reason, never blocks, and the next choice starts afresh', async () => {
    await db.settings.put({ key: TONE_LEARNED_KEY as 'settings', value: 'garbage' as never });
    const view = await call('toneLearned', {});
    expect(view.state).toBeNull();
    expect(view.problem).toBe(
      'What Boundaries learned could not be read (learned state is not an object): it is ignored, drafts are judged by the shipped model, and the next choice starts learning afresh.',
    );
    const next = await call('toneOutcome', { text: BAKERY[0], label: 'fine' });
    expect(next.problem).toBeNull();
    expect(next.summary.fine).toBe(1);
  });

  it('a record from a newer version is kept untouched and not used; learning pauses until a reset', async () => {
    const newer = { version: LEARNED_VERSION + 1, space: 'h18', weights: { '12': 1 }, future: true };
    await db.settings.put({ key: TONE_LEARNED_KEY as 'settings', value: newer as never });
    const view = await call('toneOutcome', { text: BAKERY[0], label: 'fine' });
    expect(view.state).toBeNull();
    expect(view.problem).toContain(`newer version (${LEARNED_VERSION + 1})`);
    expect(view.problem).toContain('kept but not used');
    expect(await storedRecord()).toEqual(newer);
    server.flushChanges();
    expect(signals.filter((s) => s.learned)).toHaveLength(0);
    await call('resetToneLearned', {});
    expect((await call('toneOutcome', { text: BAKERY[0], label: 'fine' })).summary.fine).toBe(1);
  });

  it('learned for an earlier tone model (another feature space): reported, not used, and the next choice starts afresh', async () => {
    const state = (await learnBakery()).state!;
    await db.settings.put({ key: TONE_LEARNED_KEY as 'settings', value: { ...state, space: 'h12' } as never });
    const view = await call('toneLearned', {});
    expect(view.state).toBeNull();
    expect(view.problem).toMatch(/^What Boundaries learned was for an earlier tone model \(h12; now h\d+\)/);
    const next = await call('toneOutcome', { text: BAKERY[0], label: 'fine' });
    expect(next).toMatchObject({ problem: null, summary: { fine: 1, agreed: 0 } });
  });

  it('only Boundaries itself may teach it', async () => {
    const result = await server.handle(
      { boundaries: 1, type: 'toneOutcome', payload: { text: SIMILAR, label: 'fine' } },
      { id: 'another-extension' },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await storedRecord()).toBeUndefined();
  });
});

describe('backups', () => {
  it('a backup holds what was learned and importing it into another profile restores it', async () => {
    const learned = (await learnBakery()).state;
    const text = JSON.stringify(await exportBackup(db));
    expect(JSON.parse(text).toneLearned).toEqual(learned);

    const other = openDb(`tone-other-${crypto.randomUUID()}`);
    try {
      const preview = await applyImport(other, 'backup', text, 'keep-newer');
      expect(preview.toneLearned).toBe('replaced');
      const otherServer = createServer({ db: other, extensionId: EXT });
      const answer = (await otherServer.handle(
        { boundaries: 1, type: 'toneLearned', payload: {} },
        { id: EXT },
      )) as ApiResult<RequestResults['toneLearned']>;
      expect(answer.ok && answer.value.state).toEqual(learned);
    } finally {
      await other.delete();
    }
  });

  it('an import through the server tells the tabs to fetch it again', async () => {
    const file = { ...(await exportBackup(db)), toneLearned: (await learnBakery()).state };
    await call('resetToneLearned', {});
    server.flushChanges();
    signals = [];
    await call('applyImport', { kind: 'backup', text: JSON.stringify(file), strategy: 'keep-newer' });
    server.flushChanges();
    expect(signals.some((s) => s.learned)).toBe(true);
    expect((await call('toneLearned', {})).summary.fine).toBe(3);
  });

  it('an older backup without it still imports, and leaves what was learned alone', async () => {
    const learned = (await learnBakery()).state;
    const old = JSON.stringify({
      format: 'boundaries-backup',
      version: 1,
      exportedAt: 5_000,
      contacts: [emptyContact('ann-demo', 1_000)],
      notes: [],
      events: [],
    });
    const preview = await applyImport(db, 'backup', old, 'keep-theirs');
    expect(preview).toMatchObject({ new: 1, toneLearned: 'none', problemCount: 0 });
    expect((await call('toneLearned', {})).state).toEqual(learned);
  });

  it('a bad learned block is a clear problem; the rest imports when told to skip it', async () => {
    const bad = JSON.stringify({
      format: 'boundaries-backup',
      version: 1,
      exportedAt: 5_000,
      contacts: [emptyContact('ann-demo', 1_000)],
      notes: [],
      events: [],
      toneLearned: { version: LEARNED_VERSION, space: 'h18', weights: { '7': 'lots' } },
    });
    const preview = await previewImport(db, 'backup', bad, 'keep-newer');
    expect(preview.problems).toEqual([
      {
        where: 'what Boundaries learned about your posts',
        message: 'learned weights are corrupt; the rest of the file can be imported without it',
      },
    ]);
    await expect(applyImport(db, 'backup', bad, 'keep-newer')).rejects.toThrow(
      /1 record cannot be imported: what Boundaries learned about your posts: learned weights are corrupt.*Nothing was imported\./,
    );
    expect(await db.contacts.count()).toBe(0);
    const done = await applyImport(db, 'backup', bad, 'keep-newer', { skipInvalid: true });
    expect(done).toMatchObject({ new: 1, toneLearned: 'none' });
    expect(await db.contacts.count()).toBe(1);
    expect(await storedRecord()).toBeUndefined();
  });

  it('merge choice: keep-mine keeps what this device learned, keep-newer takes the more recent', async () => {
    const file = JSON.parse(JSON.stringify(await exportBackup(db)));
    file.toneLearned = { ...(await learnBakery()).state, updatedAt: 1 };
    const mine = (await call('toneLearned', {})).state;
    await call('toneOutcome', { text: SIMILAR, label: 'fine' });
    const newer = (await call('toneLearned', {})).state;
    expect((await applyImport(db, 'backup', JSON.stringify(file), 'keep-mine')).toneLearned).toBe('kept');
    expect((await applyImport(db, 'backup', JSON.stringify(file), 'keep-newer')).toneLearned).toBe('kept');
    expect((await call('toneLearned', {})).state).toEqual(newer);
    expect((await applyImport(db, 'backup', JSON.stringify(file), 'keep-theirs')).toneLearned).toBe('replaced');
    expect((await call('toneLearned', {})).state).toEqual({ ...mine, updatedAt: 1 });
  });
});
