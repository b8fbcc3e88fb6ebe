/**
 * Messaging benchmarks (issue #5) in real Chromium with the e2e build (open shadow roots), on our
 * compose fixture (2026: bubbles inside #interop-outlet's shadow root), Lesley saved as "Keep it
 * professional":
 * - keystroke → drift hint updated: a real (CDP) key press that adds or removes a flagged word, from the
 *   keydown event's timestamp (wall time) to our hint's frame receiving the new hint (the automation
 *   build's frame stamps `__boundariesHintAt` as it hands the hint to React); for information, every keystroke's cost
 *   from `beforeinput` to the end of the `input` dispatch;
 * - bubble opens → badge shown: from inserting a conversation bubble (as LinkedIn does when a chat opens)
 *   to our badge's frame getting its height (the content script has the lookup's answer and sent it to
 *   the frame, which renders it in the extension's process), i.e. scan + one lookup round trip, for a
 *   person never seen before (the target applies here), and for a bubble reopened for the same person.
 */
import type { Page } from 'playwright-core';
import { inContentScript, launch, storageCall } from '../../tests/e2e/harness';
import { ms, percentile, type Row } from './types';

const COMPOSE = '[data-fixture-surface="compose"]';
const COMPOSER = `${COMPOSE} .msg-form__contenteditable[contenteditable="true"]`;

declare global {
  interface Window {
    __benchHint?: { keydowns: number[]; start: number; sync: number[] };
    __benchOpen?: { t0: number; t1: number; done: boolean };
    __fixtureOpenBubble?: (id: string) => void;
    __fixtureCloseBubble?: (selector?: string) => boolean;
  }
}

async function keystrokeToHint(
  page: Page,
  cycles: number,
): Promise<{ changes: number[]; sync: number[]; length: number }> {
  await page.locator(COMPOSER).click();
  // ~330 characters; typing the last letter of "party" makes the draft read personal, Backspace clears it.
  const base =
    'Hello Lesley, it was good to catch up. See you soon, and say hi to everyone. '.repeat(4) +
    'Also: beers at the part';
  await page.keyboard.insertText(base);
  // Instrumentation as source text: tsx would wrap named functions in a helper the page lacks.
  await page.evaluate(`
    (() => {
      const outlet = document.getElementById('interop-outlet').shadowRoot;
      const bubble = outlet.querySelector(${JSON.stringify(COMPOSE)});
      const composer = bubble.querySelector('.msg-form__contenteditable');
      const state = { keydowns: [], start: 0, sync: [] };
      window.__benchHint = state;
      window.addEventListener('keydown', (event) => { state.keydowns.push(performance.timeOrigin + event.timeStamp); }, true);
      composer.addEventListener('beforeinput', () => { state.start = performance.now(); }, true);
      window.addEventListener('input', () => state.sync.push(performance.now() - state.start));
    })()
  `);
  // The hint's frame is made on the draft's first text: wait for it to be there and listening.
  await page
    .locator(`${COMPOSE} [data-boundaries="drift-hint"] iframe`)
    .contentFrame()
    .locator('[role="status"]')
    .waitFor({ timeout: 15_000 });
  const hintFrame = page.frames().find((frame) => frame.url().includes('/frame.html?hint'));
  if (!hintFrame) throw new Error('no drift hint frame');
  const before = await hintFrame.evaluate(
    () => ((window as { __boundariesHintAt?: number[] }).__boundariesHintAt ?? []).length,
  );
  for (let i = 0; i < cycles; i++) {
    await page.keyboard.type('y');
    await page.waitForTimeout(30);
    await page.keyboard.press('Backspace');
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(200);
  const length = await page.locator(COMPOSER).evaluate((el) => (el.textContent ?? '').length);
  const { keydowns, sync } = await page.evaluate(() => ({
    keydowns: window.__benchHint!.keydowns,
    sync: window.__benchHint!.sync,
  }));
  const shown = (
    await hintFrame.evaluate(() => (window as { __boundariesHintAt?: number[] }).__boundariesHintAt ?? [])
  ).slice(before);
  // Each hint the frame showed answers the latest keydown before it.
  const changes = shown
    .map((at) => at - Math.max(...keydowns.filter((down) => down <= at)))
    .filter((delta) => Number.isFinite(delta));
  return { changes, sync, length };
}

/**
 * Opens a bubble and measures until its badge shows. `fresh`: each run is a person never looked up
 * before (a unique `/in/bench-person-N/` in the header and messages), so the time includes the lookup
 * round trip to the background; otherwise Lesley's bubble is reopened.
 */
async function bubbleToBadge(page: Page, runs: number, fresh: boolean): Promise<number[]> {
  await page.evaluate(`
    window.__benchOpenOnce = (fresh, n) => {
      const outlet = document.getElementById('interop-outlet').shadowRoot;
      const state = { t0: 0, t1: 0, done: false };
      window.__benchOpen = state;
      const shown = () => {
        const bubble = outlet.querySelector('[data-fixture-opened]');
        const host = bubble && bubble.querySelector('[data-boundaries="composer-badge"]');
        const frame = host && host.shadowRoot && host.shadowRoot.querySelector('iframe');
        return !!frame && frame.getBoundingClientRect().height > 0;
      };
      const observers = [];
      const check = () => {
        if (state.done || !shown()) return;
        state.t1 = performance.now();
        state.done = true;
        observers.forEach((o) => o.disconnect());
      };
      const seen = new WeakSet();
      const watch = (root) => { const o = new MutationObserver(() => { check(); watchHosts(); }); o.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['style'] }); observers.push(o); };
      const watchHosts = () => outlet.querySelectorAll('[data-boundaries="composer-badge"]').forEach((h) => { if (h.shadowRoot && !seen.has(h)) { seen.add(h); watch(h.shadowRoot); } });
      watch(outlet);
      const template = document.getElementById('fixture-bubble-lesley');
      const bubble = document.importNode(template.content, true).firstElementChild;
      if (fresh) bubble.querySelectorAll('a[href*="/in/"]').forEach((a) => a.setAttribute('href', '/in/bench-person-' + n + '/'));
      state.t0 = performance.now();
      outlet.querySelector('.msg-overlay-container').appendChild(bubble);
    };
  `);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.evaluate(`window.__benchOpenOnce(${fresh}, ${i})`);
    await page.waitForFunction(() => window.__benchOpen?.done === true, undefined, { timeout: 10_000 });
    samples.push(await page.evaluate(() => window.__benchOpen!.t1 - window.__benchOpen!.t0));
    await page.evaluate(() => window.__fixtureCloseBubble!('[data-fixture-opened]'));
    await page.waitForTimeout(50);
  }
  return samples;
}

export async function benchMessaging(): Promise<Row[]> {
  const session = await launch();
  try {
    session.serve('/in/lesley-marsh-demo/', 'boundaries/messaging-compose-2026.html');
    const seed = await session.open('/jobs/');
    const saved = await inContentScript<{ ok: boolean }>(
      seed,
      storageCall('saveContact', {
        ref: 'lesley-marsh-demo',
        identity: {
          aliases: ['urn:li:fsd_profile:ACoAADemoLesleyMarsh0000000000000000001'],
          displayName: 'Lesley Marsh',
        },
        patch: { level: 'professional' },
      }),
    );
    if (!saved.ok) throw new Error('could not save the contact');
    const page = await session.open('/in/lesley-marsh-demo/');
    await page
      .locator(`${COMPOSE} [data-boundaries="composer-badge"] iframe`)
      .contentFrame()
      .locator('.b-cb')
      .waitFor({ timeout: 15_000 });
    await page.locator(`${COMPOSE} [data-boundaries="drift-hint"]`).waitFor({ state: 'attached', timeout: 15_000 });

    const keys = await keystrokeToHint(page, 40);
    if (keys.changes.length < 60) throw new Error(`the hint changed only ${keys.changes.length} times`);
    const open = await bubbleToBadge(page, 40, true);
    const reopen = await bubbleToBadge(page, 40, false);
    await page.close();

    const key95 = percentile(keys.changes, 95);
    if (process.env.BENCH_DEBUG) {
      const sorted = (values: number[]) => [...values].sort((a, b) => a - b).map((v) => +v.toFixed(1));
      console.error(JSON.stringify({ changes: sorted(keys.changes), open: sorted(open), reopen: sorted(reopen) }));
    }
    const open95 = percentile(open, 95);
    return [
      {
        name: `messaging: keystroke → new hint delivered to its frame p50 (${keys.length}-char draft)`,
        value: ms(percentile(keys.changes, 50)),
        target: '—',
        pass: true,
      },
      {
        name: `messaging: keystroke → new hint delivered to its frame p95 (${keys.length}-char draft)`,
        value: ms(key95),
        target: '≤ 16 ms',
        pass: key95 <= 16,
      },
      {
        name: 'messaging: any keystroke, beforeinput → input handled p95',
        value: ms(percentile(keys.sync, 95)),
        target: '—',
        pass: true,
      },
      {
        name: 'messaging: bubble opens (new person, lookup round trip) → badge frame sized p50',
        value: ms(percentile(open, 50)),
        target: '—',
        pass: true,
      },
      {
        name: 'messaging: bubble opens (new person, lookup round trip) → badge frame sized p95',
        value: ms(open95),
        target: '≤ 100 ms',
        pass: open95 <= 100,
      },
      {
        name: 'messaging: bubble reopened (same person) → badge frame sized p95',
        value: ms(percentile(reopen, 95)),
        target: '≤ 100 ms',
        pass: percentile(reopen, 95) <= 100,
      },
    ];
  } finally {
    await session.close();
  }
}
