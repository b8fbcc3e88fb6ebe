/**
 * Profile panel and contact badge benchmarks (issue #4), in real Chromium with the e2e build:
 * - top card in the DOM → note box usable in the panel's extension-origin frame (p95 over in-app
 *   navigations; target ≤ 100 ms, issue 15 allows 150 ms);
 * - the badge pass on a page with 500 profile links and 200 saved contacts (target ≤ 30 ms), and no
 *   long task over 50 ms while it runs (PerformanceObserver 'longtask' in the page);
 * - the content script's bundle size next to the page's own weight.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { E2E_BUILD, FIXTURES, inContentScript, launch, ROOT } from '../../tests/e2e/harness';
import { seedDatabase } from './seed';
import { ms, percentile, type Row } from './types';

const BADGE = '[data-boundaries="contact-badge"]';
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LinkedIn</title></head><body><main id="workspace"></main></body></html>`;

/** The real 2026 SDUI top card from the fixture, as a template with the person swapped in. */
function topCardTemplate(): string {
  const html = readFileSync(join(FIXTURES, 'linkedin/profile-sdui-2026.html'), 'utf8');
  const start =
    /<section[^>]*componentkey="com\.linkedin\.sdui\.profile\.card\.ref[^"]*Topcard"[^>]*>/.exec(html)?.index ?? -1;
  const end = html.indexOf('</section>', start) + '</section>'.length;
  if (start < 0 || end <= start) throw new Error('top card not found in the fixture');
  return html.slice(start, end);
}

function topCardFor(template: string, i: number): { html: string; name: string; path: string } {
  const slug = `bench-profile-${i}-demo`;
  const name = `Bench Profile ${i}`;
  const id = `ACoAADemoBenchProfile${String(i).padStart(18, '0')}`;
  return {
    html: template
      .replaceAll('lesley-marsh-demo', slug)
      .replaceAll('ACoAADemoLesleyMarsh0000000000000000001', id)
      .replaceAll('Lesley Marsh', name)
      .replaceAll('Lesley', 'Bench'),
    name,
    path: `/in/${slug}/`,
  };
}

/**
 * The panel lives in our extension-origin frame (issue 15): the automation build's frame stamps
 * `__boundariesReadyAt` (wall time) once it has rendered a person's panel, note box included. Waits for
 * the panel frame showing `name` with a stamp after `t0`; returns the difference. Polling from here does
 * not move the stamp.
 */
async function readyAfter(page: Page, name: string, t0: number): Promise<number> {
  const deadline = Date.now() + 5000;
  let seen = 'no panel frame';
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (!frame.url().includes('/frame.html?panel')) continue;
      const state = await frame
        .evaluate<{ at: number; text: string; box: boolean }>(
          `({ at: window.__boundariesReadyAt || 0, text: document.body.textContent || '', box: !!document.querySelector('textarea[aria-label="Add a note"]') })`,
        )
        .catch(() => null);
      if (!state) continue;
      seen = `a panel frame: ${JSON.stringify(state.text.slice(0, 80))}`;
      if (state.at > t0 && state.text.includes(name) && state.box) return state.at - t0;
    }
    await page.waitForTimeout(20);
  }
  throw new Error(`panel did not appear within 5 s (${seen}, url ${page.url()})`);
}

async function benchPanel(): Promise<Row[]> {
  const session = await launch();
  try {
    const template = topCardTemplate();
    session.serve('/feed/', { html: PAGE });
    const page = await session.open('/feed/');
    await inContentScript(page, 'true');
    const samples: number[] = [];
    const runs = 30;
    for (let i = 0; i < runs; i++) {
      const card = topCardFor(template, i);
      // In-app navigation first (the feature restarts and waits), then the top card arrives.
      await page.evaluate((path) => {
        document.querySelector('#workspace')!.replaceChildren();
        history.pushState({}, '', path);
      }, card.path);
      await page.waitForTimeout(120);
      // A string, not a function: the bundler's helpers (__name) do not exist in the page. t0 is wall
      // time (timeOrigin + now), comparable with the frame's own stamp.
      const t0 = await page.evaluate<number>(`new Promise((resolve) => {
        const fragment = document.createRange().createContextualFragment(${JSON.stringify(card.html)});
        const t = performance.timeOrigin + performance.now();
        document.querySelector('#workspace').append(fragment);
        resolve(t);
      })`);
      const elapsed = await readyAfter(page, card.name, t0);
      samples.push(elapsed);
    }
    const p95 = percentile(samples, 95);
    return [
      {
        name: 'profile: top card → note box usable in the panel frame, p95',
        value: ms(p95),
        target: '≤ 100 ms',
        pass: p95 <= 100,
      },
      {
        name: 'profile: top card → note box usable in the panel frame, median',
        value: ms(percentile(samples, 50)),
        target: '',
        pass: true,
      },
    ];
  } finally {
    await session.close();
  }
}

async function benchBadges(): Promise<Row[]> {
  const session = await launch();
  try {
    session.serve('/feed/', { html: PAGE });
    const warm = await session.open('/feed/');
    await inContentScript(warm, `chrome.runtime.sendMessage({ boundaries: 1, type: 'getSettings', payload: {} })`);
    await seedDatabase(session.worker, 200, 1);
    await warm.close();

    const passes: number[] = [];
    const slices: number[] = [];
    const totals: number[] = [];
    let longTasks = 0;
    let worstLongTask = 0;
    for (let run = 0; run < 5; run++) {
      const page = await session.open('/feed/');
      await inContentScript(page, 'true');
      await page.waitForTimeout(200);
      const before = await inContentScript<number>(page, 'globalThis.__boundariesBadgeStats.passes.length');
      const result = await page.evaluate<{ total: number; longTasks: number[] }>(`new Promise((resolve, reject) => {
        const badge = ${JSON.stringify(BADGE)};
        const longTasks = [];
        const observer = new PerformanceObserver((list) => { for (const entry of list.getEntries()) longTasks.push(entry.duration); });
        observer.observe({ type: 'longtask', buffered: false });
        const list = document.createElement('div');
        list.setAttribute('role', 'list');
        for (let i = 0; i < 500; i++) {
          const item = document.createElement('div');
          item.setAttribute('role', 'listitem');
          const link = document.createElement('a');
          // 200 links to saved people (bench-person-0…199), 300 to strangers.
          link.href = i < 200 ? 'https://www.linkedin.com/in/bench-person-' + i + '/' : '/in/stranger-' + i + '-demo?miniProfileUrn=x';
          link.textContent = 'Person ' + i;
          const headline = document.createElement('p');
          headline.textContent = 'Headline of a person in a list';
          item.append(link, headline);
          list.append(item);
        }
        const t0 = performance.now();
        document.querySelector('#workspace').append(list);
        const check = () => {
          if (document.querySelectorAll(badge).length >= 200) {
            const total = performance.now() - t0;
            setTimeout(() => { observer.disconnect(); resolve({ total, longTasks }); }, 200);
            return;
          }
          requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
        setTimeout(() => reject(new Error('badges did not appear within 10 s')), 10000);
      })`);
      const stats = await inContentScript<{ ms: number; links: number; created: number }[]>(
        page,
        `globalThis.__boundariesBadgeStats.passes.slice(${before})`,
      );
      // The work is sliced (≤ 8 ms a frame, issue 11): a run's cost is the sum of its slices.
      const heavy = [stats.filter((pass) => pass.links > 0).reduce((sum, pass) => sum + pass.ms, 0)].map((ms) => ({
        ms,
      }));
      slices.push(...stats.map((pass) => pass.ms));
      if (process.env.BENCH_DEBUG)
        console.error(
          JSON.stringify(stats.map((p) => [Math.round(p.ms * 10) / 10, p.links, p.created])),
          result.longTasks,
        );
      passes.push(...heavy.map((pass) => pass.ms));
      totals.push(result.total);
      longTasks += result.longTasks.filter((d) => d > 50).length;
      worstLongTask = Math.max(worstLongTask, ...result.longTasks, 0);
      await page.close();
    }
    const worstPass = Math.max(...passes);
    return [
      {
        name: 'badges: work for 500 new links / 200 saved (all slices), worst',
        value: ms(worstPass),
        target: '≤ 30 ms',
        pass: worstPass <= 30,
      },
      {
        name: 'badges: work for 500 new links / 200 saved (all slices), median',
        value: ms(percentile(passes, 50)),
        target: '',
        pass: true,
      },
      {
        name: 'badges: longest single slice',
        value: ms(Math.max(...slices)),
        target: '< 50 ms',
        pass: Math.max(...slices) < 50,
      },
      {
        name: 'badges: links inserted → 200 badges shown, median',
        value: ms(percentile(totals, 50)),
        target: '',
        pass: true,
      },
      {
        name: 'badges: long tasks > 50 ms during 5 runs',
        value: `${longTasks} (max ${worstLongTask.toFixed(0)} ms)`,
        target: '0',
        pass: longTasks === 0,
      },
    ];
  } finally {
    await session.close();
  }
}

function benchBundle(): Row[] {
  const candidates = [join(ROOT, '.output/chrome-mv3'), E2E_BUILD];
  const dir = candidates.find((candidate) => existsSync(join(candidate, 'content-scripts/linkedin.js')));
  if (!dir) return [{ name: 'content script bundle', value: 'not built', target: '', pass: false }];
  const file = join(dir, 'content-scripts/linkedin.js');
  const raw = statSync(file).size;
  const gzip = gzipSync(readFileSync(file)).length;
  const page = statSync(join(FIXTURES, 'linkedin/profile-sdui-2026.html')).size;
  const pageGzip = gzipSync(readFileSync(join(FIXTURES, 'linkedin/profile-sdui-2026.html'))).length;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  return [
    { name: 'content script bundle (raw / gzip)', value: `${kb(raw)} / ${kb(gzip)}`, target: '', pass: true },
    // The issue sets no size target; the fixture page is LinkedIn's HTML alone (its scripts were stripped),
    // so this compares our whole content script with just the HTML of one profile page.
    {
      name: 'content script gzip / profile page HTML gzip',
      value: `${((gzip / pageGzip) * 100).toFixed(0)}% (${kb(gzip)} vs ${kb(pageGzip)}; HTML raw ${kb(page)})`,
      target: 'info',
      pass: true,
    },
  ];
}

export async function benchProfile(): Promise<Row[]> {
  return [...(await benchPanel()), ...(await benchBadges()), ...benchBundle()];
}
