/**
 * Sync's own merges are signalled to every open page like any write, but must not schedule another
 * sync (the background only asks sync to run for signals that are not `fromSync`): otherwise every
 * sync that receives something is followed by an empty one.
 */
import { describe, expect, it } from 'vitest';
import { ChangeBatcher } from '../../../storage/server';
import type { ChangeSignal } from '../../../storage/api';

function batcher() {
  const sent: Omit<ChangeSignal, 'seq' | 'at'>[] = [];
  return { sent, signals: new ChangeBatcher((change) => sent.push(change), 60_000) };
}

describe('change signals and sync', () => {
  it('a window holding only sync merges is marked as such', () => {
    const { sent, signals } = batcher();
    signals.add(['a', 'b'], false, false, true);
    signals.add(['*'], false, false, true);
    signals.flush();
    expect(sent).toEqual([{ contacts: ['*'], settings: false, fromSync: true }]);
  });

  it('a local write in the same window as a merge still asks sync to run', () => {
    const { sent, signals } = batcher();
    signals.add(['a'], false, false, true);
    signals.add(['b'], false);
    signals.flush();
    signals.add(['c'], false, false, true);
    signals.flush();
    expect(sent).toEqual([
      { contacts: ['a', 'b'], settings: false },
      { contacts: ['c'], settings: false, fromSync: true },
    ]);
  });
});
