/**
 * The tone model reaches content scripts through the background (the 'analyzerModel' request), so the
 * weights stay out of the content-script bundle: the asset arrives whole and installs; a content script
 * that installs it gets the same verdicts as the bundled analyzer.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResult, RequestResults } from '../../storage/api';
import { openDb } from '../../storage/db';
import { createServer } from '../../storage/server';
import { BUNDLED_MODEL, analyze, modelStatus, setModelAsset } from '../../analyzer/bundled';

const EXT = 'boundaries-test-id';
const db = openDb(`test-${crypto.randomUUID()}`);
afterEach(() => {
  setModelAsset(BUNDLED_MODEL);
});

describe('analyzerModel request', () => {
  it('answers the shipped asset, which installs and judges like the bundled analyzer', async () => {
    const server = createServer({ db, extensionId: EXT });
    const result = (await server.handle(
      { boundaries: 1, type: 'analyzerModel', payload: {} },
      { id: EXT },
    )) as ApiResult<RequestResults['analyzerModel']>;
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.asset).not.toBeNull();
    // Through a structured clone, as runtime messaging delivers it.
    const delivered = structuredClone(result.value.asset);
    const text = 'My daughter scored two goals today!';
    const before = analyze({ text });
    setModelAsset(null);
    expect(analyze({ text }).unsure).toBe(true);
    expect(setModelAsset(delivered)).toEqual({ ok: true, id: BUNDLED_MODEL.id });
    expect(modelStatus()).toEqual({ loaded: true, id: BUNDLED_MODEL.id });
    expect(analyze({ text })).toEqual(before);
  });

  it('refuses other senders', async () => {
    const server = createServer({ db, extensionId: EXT });
    const result = await server.handle({ boundaries: 1, type: 'analyzerModel', payload: {} }, { id: 'someone-else' });
    expect(result.ok).toBe(false);
  });
});
