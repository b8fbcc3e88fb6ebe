/**
 * Learning where this user draws the line (analyzer/learn.ts), on the shipped model: bounded, local to
 * the drafts' own words, and safe with corrupt or foreign state.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyzer/bundled';
import { currentModel } from '../../analyzer/analyze';
import { LEARNED_VERSION, MAX_DELTA, emptyLearned, learn, parseLearned, spaceOf } from '../../analyzer/learn';

const model = currentModel()!;
const BAKERY = [
  'Fresh sourdough and cinnamon rolls out of the oven at the bakery this morning 🥐',
  'Our bakery sold out of croissants before 9am, the almond ones went first',
  'New at the bakery: pistachio cream buns and a rye loaf with caraway 🍞',
];
const SIMILAR = [
  'Baked a fresh batch of sourdough loaves and croissants at the bakery today',
  'The bakery is full of cinnamon rolls and almond croissants this weekend 🥐',
];
const UNRELATED = [
  'My daughter took her first steps today, we are over the moon',
  'Our dog got sick last night, at the vet now with the kids',
  'Celebrating our wedding anniversary with a dinner in Lisbon ❤️',
];

describe('per-user learning', () => {
  it('after "Post anyway" three times on bakery posts, similar posts stop nudging; unrelated personal posts still do', () => {
    let state = emptyLearned(spaceOf(model));
    for (const text of [...BAKERY, ...SIMILAR, ...UNRELATED]) expect(analyze({ text }).personal, text).toBe(true);
    for (const text of BAKERY) state = learn(model, state, text, 'fine');
    for (const text of SIMILAR) expect(analyze({ text, learned: state }).personal, text).toBe(false);
    for (const text of UNRELATED) expect(analyze({ text, learned: state }).personal, text).toBe(true);
    expect(state.counts).toEqual({ fine: 3, agreed: 0 });
  });

  it('one click cannot silence everything: it moves only texts that share the draft’s words, within caps', () => {
    const state = learn(model, emptyLearned(spaceOf(model)), BAKERY[0]!, 'fine');
    for (const w of Object.values(state.weights)) expect(Math.abs(w)).toBeLessThanOrEqual(MAX_DELTA);
    for (const text of UNRELATED) expect(analyze({ text, learned: state }).personal, text).toBe(true);
    expect(Object.keys(state.weights).length).toBeLessThan(60);
  });

  it('"agreed" (Edit / Personal) on a borderline draft raises similar drafts', () => {
    const text = 'Great dinner with the team after the offsite in Porto';
    let state = emptyLearned(spaceOf(model));
    const before = analyze({ text }).score;
    for (let i = 0; i < 3; i++) state = learn(model, state, text, 'agreed');
    expect(
      analyze({ text: 'Great dinner with the team after the offsite in Lisbon', learned: state }).score,
    ).toBeGreaterThan(before);
  });

  it('learning is pure: the old state is unchanged', () => {
    const empty = emptyLearned(spaceOf(model));
    learn(model, empty, BAKERY[0]!, 'fine');
    expect(empty.weights).toEqual({});
  });

  it('corrupt, newer or foreign state is ignored with a reason', () => {
    expect(parseLearned('nonsense')).toEqual({ error: 'learned state is not an object' });
    expect(parseLearned({ version: LEARNED_VERSION + 1, space: 'h18', weights: {} })).toEqual({
      error: `learned state is from a newer version (${LEARNED_VERSION + 1})`,
    });
    expect(parseLearned({ version: LEARNED_VERSION, space: 'h18', weights: { x: 1 } })).toEqual({
      error: 'learned weights are corrupt',
    });
    expect(parseLearned({ version: LEARNED_VERSION, space: 'h18', weights: { '12': 'NaN' } })).toEqual({
      error: 'learned weights are corrupt',
    });
    const ok = parseLearned({ version: LEARNED_VERSION, space: 'h18', weights: { '12': 99 } });
    expect('state' in ok && ok.state.weights['12']).toBe(MAX_DELTA);
    // Another feature space: weights index other features, so they are not applied.
    const text = BAKERY[0]!;
    const foreign = { ...learn(model, emptyLearned(spaceOf(model)), text, 'fine'), space: 'h12' };
    expect(analyze({ text, learned: foreign }).score).toBe(analyze({ text }).score);
  });
});
