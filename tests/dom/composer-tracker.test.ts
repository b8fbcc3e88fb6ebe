// @vitest-environment happy-dom
/**
 * The composer tracker behind the badge and the drift check, against fixtures with the storage client
 * stubbed: one lookupContacts per scan for every participant, shared by both features, and composers
 * that go away are reported gone.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const calls: { type: string; payload: { refs: string[] } }[] = [];
// (declared before the mock factory runs: vi.mock is hoisted, the factory is called lazily)
vi.mock('../../storage/client', () => ({
  request: vi.fn(async (type: string, payload: { refs: string[] }) => {
    calls.push({ type, payload });
    if (type !== 'lookupContacts') throw new Error(`unexpected ${type}`);
    const result: Record<string, unknown> = {};
    for (const ref of payload.refs) {
      result[ref] =
        ref === 'lesley-marsh-demo'
          ? {
              contact: {
                id: 'lesley-marsh-demo',
                level: 'professional',
                displayName: 'Lesley Marsh',
                driftCheck: true,
                lastInteractionAt: 0,
              },
              latestNotes: [],
              noteCount: 0,
            }
          : ref === 'urn:li:fsd_profile:ACoAADemoPriyaRaman00000000000000000004'
            ? {
                contact: {
                  id: ref,
                  level: 'personal',
                  displayName: 'Priya Raman',
                  driftCheck: true,
                  lastInteractionAt: 0,
                },
                latestNotes: [],
                noteCount: 0,
              }
            : null;
    }
    return result;
  }),
  onStorageChange: vi.fn((listener: () => void) => {
    storageListeners.add(listener);
    return () => storageListeners.delete(listener);
  }),
}));
const storageListeners = new Set<() => void>();

const { trackComposers, levelOf } =
  await import('../../entrypoints/linkedin.content/features/composer-familiarity-badge');
const { loadMessagingFixture } = await import('./messaging-fixture');
type Entry = import('../../entrypoints/linkedin.content/features/composer-familiarity-badge').ComposerEntry;

const frame = () => new Promise((resolve) => setTimeout(resolve, 40));

function recorder() {
  const log = { enter: [] as Entry[], update: [] as Entry[], leave: [] as Entry[] };
  return {
    log,
    handlers: {
      onEnter: (entry: Entry) => log.enter.push(entry),
      onUpdate: (entry: Entry) => log.update.push(entry),
      onLeave: (entry: Entry) => log.leave.push(entry),
    },
  };
}

let controllers: AbortController[] = [];
beforeEach(() => {
  calls.length = 0;
  controllers = [];
});
afterEach(() => controllers.forEach((controller) => controller.abort()));

function subscribe(doc: Document, handlers: ReturnType<typeof recorder>['handlers']) {
  const controller = new AbortController();
  controllers.push(controller);
  return { controller, tracker: trackComposers(controller.signal, handlers, doc) };
}

describe('trackComposers', () => {
  it('three bubbles: three entries, ONE lookupContacts for all five keys, strictest level per conversation', async () => {
    const doc = loadMessagingFixture('linkedin/messaging-overlay-2026.html');
    const badge = recorder();
    subscribe(doc, badge.handlers);
    expect(badge.log.enter).toHaveLength(3);
    await frame();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.payload.refs.sort()).toEqual(
      [
        'lesley-marsh-demo',
        'urn:li:fsd_profile:ACoAADemoLesleyMarsh0000000000000000001',
        'urn:li:fsd_profile:ACoAADemoDanielOkafor000000000000000002',
        'urn:li:fsd_profile:ACoAADemoPriyaRaman00000000000000000004',
        'urn:li:fsd_profile:ACoAADemoMeiTanaka000000000000000000005',
      ].sort(),
    );
    expect(badge.log.update).toHaveLength(3);
    expect(badge.log.update.map((entry) => levelOf(entry))).toEqual(['professional', 'unset', 'personal']);
  });

  it('a second feature shares the tracker: replayed entries, no second lookup; both hear a composer leave', async () => {
    const doc = loadMessagingFixture('linkedin/messaging-overlay-2026.html');
    const badge = recorder();
    subscribe(doc, badge.handlers);
    await frame();
    const drift = recorder();
    subscribe(doc, drift.handlers);
    expect(drift.log.enter).toHaveLength(3);
    expect(drift.log.update).toHaveLength(3);
    expect(calls).toHaveLength(1);

    const outlet = doc.getElementById('interop-outlet')!.shadowRoot!;
    outlet.querySelector('.msg-overlay-conversation-bubble')!.remove();
    await frame();
    expect(badge.log.leave).toHaveLength(1);
    expect(drift.log.leave).toHaveLength(1);
    expect(badge.log.leave[0]!.signal.aborted).toBe(true);
    expect(calls).toHaveLength(1);
  });

  it('a subscriber that stops gets onLeave for every entry; the others keep theirs', async () => {
    const doc = loadMessagingFixture('linkedin/messaging-overlay-2026.html');
    const badge = recorder();
    const drift = recorder();
    const first = subscribe(doc, badge.handlers);
    subscribe(doc, drift.handlers);
    await frame();
    first.controller.abort();
    expect(badge.log.leave).toHaveLength(3);
    expect(drift.log.leave).toHaveLength(0);
    expect(drift.log.update.every((entry) => !entry.signal.aborted)).toBe(true);
  });

  it('a 50-person group is looked up in one request', async () => {
    const doc = loadMessagingFixture('boundaries/messaging-odd-2026.html');
    const badge = recorder();
    subscribe(doc, badge.handlers);
    await frame();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.payload.refs.length).toBeGreaterThanOrEqual(50);
    const group = badge.log.update.find((entry) => entry.info.participants.length === 49);
    expect(group).toBeDefined();
  });

  it('a bubble reopened for the same person shows from the last answer at once; a storage change asks again', async () => {
    const doc = loadMessagingFixture('linkedin/messaging-overlay-2026.html');
    const badge = recorder();
    subscribe(doc, badge.handlers);
    await frame();
    expect(calls).toHaveLength(1);
    const outlet = doc.getElementById('interop-outlet')!.shadowRoot!;
    const lesley = outlet.querySelector('.msg-overlay-conversation-bubble')!;
    const parent = lesley.parentNode!;
    lesley.remove();
    await frame();
    parent.append(lesley);
    await frame();
    expect(calls).toHaveLength(1);
    const reopened = badge.log.enter.at(-1)!;
    expect(reopened.loaded).toBe(true);
    expect(levelOf(reopened)).toBe('professional');
    expect(badge.log.update.at(-1)).toBe(reopened);

    for (const listener of storageListeners) listener();
    await frame();
    expect(calls).toHaveLength(2);
    expect(calls[1]!.payload.refs).toHaveLength(5);
  });
});
