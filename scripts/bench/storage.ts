/**
 * Storage benchmarks (issue #2) in real Chromium, 10,000 contacts and 30,000 notes seeded: lookup round
 * trips from a content script, a batch of 200, saving a note, and the first request after the service
 * worker was stopped (worker start + database open + query).
 */
import { inContentScript, launch } from '../../tests/e2e/harness';
import { seedDatabase } from './seed';
import { ms, percentile, type Row } from './types';

export async function benchStorage(): Promise<Row[]> {
  const session = await launch();
  try {
    const page = await session.open('/feed/');
    await inContentScript(page, `chrome.runtime.sendMessage({ boundaries: 1, type: 'getSettings', payload: {} })`);
    await seedDatabase(session.worker);
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    // Restart the worker so nothing it cached predates the seeding.
    await cdp.send('ServiceWorker.stopAllWorkers');
    const firstBatch = await inContentScript<number>(
      page,
      `(async () => { const t = performance.now(); const r = await chrome.runtime.sendMessage({ boundaries: 1, type: 'lookupContacts', payload: { refs: Array.from({ length: 200 }, (_, k) => 'bench-person-' + k * 50) } }); if (!r.ok || Object.values(r.value).some((v) => !v)) throw new Error('first batch failed'); return performance.now() - t; })()`,
    );

    const timings = await inContentScript<{ single: number[]; batch: number[]; save: number[] }>(
      page,
      `(async () => {
        const send = (type, payload) => chrome.runtime.sendMessage({ boundaries: 1, type, payload });
        const single = [], batch = [], save = [];
        for (let i = 0; i < 20; i++) await send('getContact', { ref: 'bench-person-' + i });
        for (let i = 0; i < 300; i++) {
          const t = performance.now();
          const r = await send('getContact', { ref: 'bench-person-' + ((i * 37) % 10000) });
          if (!r.ok || !r.value) throw new Error('lookup failed');
          single.push(performance.now() - t);
        }
        for (let i = 0; i < 30; i++) {
          const refs = Array.from({ length: 200 }, (_, k) => k % 2 ? 'bench-person-' + ((i * 200 + k) % 10000) : 'not-saved-' + k);
          const t = performance.now();
          const r = await send('lookupContacts', { refs });
          if (!r.ok || Object.values(r.value).filter(Boolean).length !== 100) throw new Error('batch failed');
          batch.push(performance.now() - t);
        }
        for (let i = 0; i < 50; i++) {
          const t = performance.now();
          const r = await send('addNote', { ref: 'bench-person-' + i, text: 'Quick note ' + i });
          if (!r.ok) throw new Error('save failed');
          save.push(performance.now() - t);
        }
        return { single, batch, save };
      })()`,
    );

    // Cold start: stop the service worker, then time the first request (worker start + Dexie open + query).
    const cold: number[] = [];
    for (let i = 0; i < 5; i++) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await page.waitForTimeout(300);
      cold.push(
        await inContentScript<number>(
          page,
          `(async () => { const t = performance.now(); const r = await chrome.runtime.sendMessage({ boundaries: 1, type: 'getContact', payload: { ref: 'bench-person-5' } }); if (!r.ok) throw new Error('cold failed'); return performance.now() - t; })()`,
        ),
      );
    }
    await cdp.detach();

    const p50 = percentile(timings.single, 50);
    const p95 = percentile(timings.single, 95);
    const batch95 = percentile(timings.batch, 95);
    const save95 = percentile(timings.save, 95);
    const cold50 = percentile(cold, 50);
    return [
      { name: 'storage: single lookup round trip p50', value: ms(p50), target: '—', pass: true },
      { name: 'storage: single lookup round trip p95', value: ms(p95), target: '≤ 5 ms', pass: p95 <= 5 },
      { name: 'storage: batch lookup of 200 ids p50', value: ms(percentile(timings.batch, 50)), target: '—', pass: true },
      { name: 'storage: batch lookup of 200 ids p95', value: ms(batch95), target: '≤ 15 ms', pass: batch95 <= 15 },
      { name: 'storage: first batch of 200 after worker start (builds directory)', value: ms(firstBatch), target: '—', pass: true },
      { name: 'storage: save a note p95', value: ms(save95), target: '—', pass: true },
      { name: 'storage: first request after worker stop, median', value: ms(cold50), target: '≤ 100 ms', pass: cold50 <= 100 },
    ];
  } finally {
    await session.close();
  }
}
