/**
 * Live-feed benchmark (issue 11), in real Chromium with the PRODUCTION build (closed shadow roots, no
 * test hooks): the feed fixture grown to 50, 300 and 1,000 posts while the page changes the way
 * LinkedIn's does, with and without the extension, interleaved in the same run.
 *
 * - Scenario A: 10 small text changes per second (half `node.data = …`, half `el.textContent = …`).
 * - Scenario B: 200 text changes per second (4 every 20 ms) plus 5 new posts per second appended at the
 *   end while the oldest leaves (the feed keeps its size, as when scrolling): one timer, a new post with
 *   every 10th batch of text changes (BENCH_FEED_B=split: the first driver's two timers, see SPLIT_B).
 *
 * Script time = main-thread ScriptDuration (CDP Performance.getMetrics, thread CPU time) over the window,
 * after our start has settled. Cost per mutation batch = script time per driver tick with the extension
 * minus the same without (each tick is one batch of changes in one task; the page's own work per tick
 * cancels out). Share of wall time = that cost × the scenario's nominal batches per second (A: 10,
 * B: 50; 55 with BENCH_FEED_B=split): on a shared, overloaded machine the page gets fewer ticks than it asks for and wall time
 * stretches, so the share is taken against the rate the scenario specifies. The raw difference of
 * script time over the window is printed too. Long tasks come
 * from a PerformanceObserver('longtask') installed before the page's first script.
 *
 * Also: CPU per profile page load (ScriptDuration from navigation until the page settles, with minus
 * without), content-script start cost on a blank LinkedIn page, and the content script's size.
 *
 * Subsets for quick iteration (env): BENCH_FEED_SIZES=50,300  BENCH_FEED_SCENARIOS=A  BENCH_FEED_SECONDS=5
 * BENCH_FEED_REPS=1  BENCH_FEED_PARTS=feed,profile,start,size  BENCH_FEED_BUILD=<dir of a chrome-mv3 build>.
 * `npm run bench -- feed` runs only this file (see scripts/bench.ts).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import {
  BLANK_PAGE,
  findChromium,
  fixture,
  inContentScript,
  launch,
  ROOT,
  type Session,
} from '../../tests/e2e/harness';
import { seedDatabase } from './seed';
import { percentile, type Row } from './types';

const PROD_BUILD = process.env.BENCH_FEED_BUILD ?? join(ROOT, '.output/chrome-mv3');
const SIZES = (process.env.BENCH_FEED_SIZES ?? '50,300,1000').split(',').map(Number);
const SCENARIOS = (process.env.BENCH_FEED_SCENARIOS ?? 'A,B').split(',') as ('A' | 'B')[];
const SECONDS = Number(process.env.BENCH_FEED_SECONDS ?? 15);
const REPS = Number(process.env.BENCH_FEED_REPS ?? 1);
/**
 * Scenario B's first driver: text changes and new posts on two timers. When the page gets fewer ticks than
 * it asks for, the 200 ms post timer keeps its rate while the 20 ms one is starved, so the run with the
 * extension (a little slower to render) does a larger share of its ticks as new posts, and the page's own
 * cost of those posts counted as ours. Kept for comparison with figures measured with it.
 */
const SPLIT_B = process.env.BENCH_FEED_B === 'split';
const PARTS = new Set((process.env.BENCH_FEED_PARTS ?? 'feed,profile,start,size').split(','));
/** Saved contacts: bench-person-0 … 199. The grown feed links to bench-person-0 … 399 (half saved). */
const SAVED = 200;

/** Both browsers: timers run at the rate the page asks, whatever Chromium thinks of the tab's visibility. */
export const UNTHROTTLED = [
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/** Runs in the page before its first script: long tasks and the feed grower/driver. */
export const PAGE_INIT = `
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
`;

/**
 * Grows the feed to \`posts\` posts by cloning the fixture's 5 (each clone's person links re-pointed at
 * bench-person-N, half of them saved contacts), synchronously before the content script starts.
 */
function grownFeed(posts: number): string {
  const html = fixture('linkedin/feed-2026.html');
  const grow = `<script>(() => {
    const feed = document.querySelector('[data-testid="mainFeed"]');
    const units = [...feed.querySelectorAll('[data-lazy-mount-id]')];
    const parent = units[0].parentElement;
    let n = 0;
    window.__benchPerson = 0;
    window.__benchClone = () => {
      const unit = units[n % units.length].cloneNode(true);
      const slugs = new Map();
      for (const a of unit.querySelectorAll('a[href*="/in/"]')) {
        const slug = a.getAttribute('href').replace(/^.*\\/in\\/([^/?#]+).*$/, '$1');
        if (!slugs.has(slug)) slugs.set(slug, 'bench-person-' + (window.__benchPerson++ % ${SAVED * 2}));
        a.setAttribute('href', 'https://www.linkedin.com/in/' + slugs.get(slug) + '/');
      }
      unit.setAttribute('data-lazy-mount-id', String(n++));
      return unit;
    };
    for (const unit of units) unit.remove();
    for (let i = 0; i < ${posts}; i++) parent.append(window.__benchClone());
    window.__benchParent = parent;
  })();</script>`;
  return html.replace('</body>', `${grow}</body>`);
}

/** The scenario driver, evaluated in the page's main world; resolves after `seconds` with its tick count. */
function driver(scenario: 'A' | 'B', seconds: number): string {
  return `new Promise((resolve) => {
    const parent = window.__benchParent;
    // Text targets: the reaction counts and post texts LinkedIn updates in place. Kept up to date as
    // posts come and go (a page-wide query per post would make the page's own work grow with its size).
    const TEXT = 'p span, [data-testid="expandable-text-box"] span';
    const pool = [...parent.querySelectorAll(TEXT)];
    let ticks = 0, changes = 0, i = 0;
    const change = () => {
      const at = (i * 7919) % pool.length;
      const el = pool[at];
      i++;
      if (!el.isConnected) { pool[at] = pool[pool.length - 1]; pool.pop(); return; }
      if (i % 2 === 0 && el.firstChild && el.firstChild.nodeType === 3) el.firstChild.data = String(i) + ' reactions';
      else el.textContent = String(i) + ' reactions';
      changes++;
    };
    const newPost = () => {
      const post = window.__benchClone();
      parent.append(post);
      pool.push(...post.querySelectorAll(TEXT));
      parent.firstElementChild.remove();
    };
    const timers = [];
    if (${JSON.stringify(scenario)} === 'A') {
      timers.push(setInterval(() => { ticks++; change(); }, 100));
    } else if (${JSON.stringify(SPLIT_B)}) {
      timers.push(setInterval(() => { ticks++; for (let k = 0; k < 4; k++) change(); }, 20));
      timers.push(setInterval(() => { ticks++; newPost(); }, 200));
    } else {
      // One timer: every tick 4 text changes, every 10th tick a new post too. A page that gets fewer
      // ticks than it asks for (a 1,000-post page is bound by rendering) then still does the same mix of
      // work per tick with and without the extension.
      timers.push(setInterval(() => { ticks++; for (let k = 0; k < 4; k++) change(); if (ticks % 10 === 0) newPost(); }, 20));
    }
    setTimeout(() => { for (const t of timers) clearInterval(t); resolve({ ticks, changes }); }, ${seconds * 1000});
  })`;
}

interface Browser {
  context: BrowserContext;
  serve(path: string, html: string): void;
  close(): Promise<void>;
}

/** A Chromium like the harness's, without any extension (the baseline). */
export async function launchPlain(): Promise<Browser> {
  const dir = mkdtempSync(join(tmpdir(), 'boundaries-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      ...UNTHROTTLED,
    ],
  });
  const routes = new Map<string, string>();
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    if (url.hostname === 'www.linkedin.com' && route.request().resourceType() === 'document') {
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: routes.get(url.pathname) ?? BLANK_PAGE,
      });
    }
    return route.abort('blockedbyclient');
  });
  return {
    context,
    serve: (path, html) => routes.set(path, html),
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function wrap(session: Session): Browser {
  return {
    context: session.context,
    serve: (path, html) => session.serve(path, { html }),
    close: () => session.close(),
  };
}

/** One CDP session per page, enabled before navigation: its counters run from then on. */
export async function meter(page: Page): Promise<() => Promise<Record<string, number>>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return async () => {
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(list.map((m) => [m.name, m.value]));
  };
}

interface Window {
  script: number;
  task: number;
  ticks: number;
  longTasks: number[];
  wall: number;
  heap: number;
  listeners: number;
  nodes: number;
}

async function runFeedWindow(
  browser: Browser,
  posts: number,
  scenario: 'A' | 'B',
  withExtension: boolean,
): Promise<Window> {
  browser.serve('/feed/', grownFeed(posts));
  const page = await browser.context.newPage();
  await page.addInitScript(PAGE_INIT);
  const metrics = await meter(page);
  await page.goto('https://www.linkedin.com/feed/', { timeout: 120_000 });
  if (withExtension) await inContentScript(page, 'true');
  // Let the start (first full scan, lookups, badges) settle: the window measures the steady state. Our
  // hosts are in the light DOM even with closed shadow roots: wait until their number stops changing.
  await page.waitForTimeout(1500);
  await page.evaluate(`new Promise((resolve) => {
    let last = -1, stable = 0;
    const started = performance.now();
    const check = () => {
      // The production build marks nothing: our badge hosts are the bare spans right after person links.
      const n = [...document.querySelectorAll('a[href*="/in/"] + span')].filter((el) => el.getAttributeNames().length === 0).length;
      stable = n === last ? stable + 1 : 0;
      last = n;
      // With the extension the grown feed always gets badges: wait for them, then for quiet.
      const ready = stable >= 6 && (n > 0 || !${withExtension});
      if (ready || performance.now() - started > 60000) resolve(n); else setTimeout(check, 250);
    };
    check();
  })`);
  const longBefore = await page.evaluate<number>('window.__longTasks.length');
  const before = await metrics();
  const t0 = Date.now();
  const { ticks } = await page.evaluate<{ ticks: number }>(driver(scenario, SECONDS));
  const after = await metrics();
  const wall = (Date.now() - t0) / 1000;
  const longTasks = await page.evaluate<number[]>(`window.__longTasks.slice(${longBefore}).map((e) => e[1])`);
  await page.close();
  return {
    script: after.ScriptDuration! - before.ScriptDuration!,
    task: after.TaskDuration! - before.TaskDuration!,
    ticks,
    longTasks,
    wall,
    heap: after.JSHeapUsedSize!,
    listeners: after.JSEventListeners!,
    nodes: after.Nodes!,
  };
}

const pct = (value: number) => `${(value * 100).toFixed(2)}%`;
const msv = (seconds: number) => `${(seconds * 1000).toFixed(2)} ms`;

async function benchLiveFeed(ext: Browser, plain: Browser): Promise<Row[]> {
  const rows: Row[] = [];
  const perBatch = new Map<string, number[]>();
  for (const scenario of SCENARIOS) {
    for (const posts of SIZES) {
      const added: number[] = [];
      const batches: number[] = [];
      const raw: number[] = [];
      const longOurs: number[] = [];
      let worstLong = 0;
      for (let rep = 0; rep < REPS; rep++) {
        // Interleaved, alternating which goes first.
        const order = rep % 2 === 0 ? [true, false] : [false, true];
        const result: Record<string, Window> = {};
        for (const withExtension of order)
          result[String(withExtension)] = await runFeedWindow(
            withExtension ? ext : plain,
            posts,
            scenario,
            withExtension,
          );
        const on = result.true!;
        const off = result.false!;
        // The machine may be shared and slow: CPU time is measured per thread, and each run is taken per
        // batch the page actually made (a starved page makes fewer), the page's own per-batch script
        // subtracted; the share is that per-batch cost at the scenario's nominal rate.
        const nominal = scenario === 'A' ? 10 : SPLIT_B ? 55 : 50;
        const perBatch = on.script / Math.max(1, on.ticks) - off.script / Math.max(1, off.ticks);
        added.push(perBatch * nominal);
        batches.push(perBatch);
        raw.push(on.script - off.script);
        const over = (list: number[]) => list.filter((d) => d > 50).length;
        longOurs.push(over(on.longTasks) - over(off.longTasks));
        worstLong = Math.max(worstLong, ...on.longTasks, 0);
        if (process.env.BENCH_DEBUG) {
          console.error(
            JSON.stringify({
              scenario,
              posts,
              on: { ...on, longTasks: on.longTasks.length },
              off: { ...off, longTasks: off.longTasks.length },
            }),
          );
        }
      }
      const share = percentile(added, 50);
      const batch = percentile(batches, 50);
      perBatch.set(`${scenario}:${posts}`, [batch]);
      const label = `feed ${scenario === 'A' ? 'A (10 text changes/s)' : 'B (200 changes/s + 5 posts/s)'}, ${posts} posts`;
      const gated = posts >= 300;
      rows.push({
        name: `${label}: added script time / wall`,
        value: pct(share),
        target: gated ? '≤ 2%' : 'info',
        pass: !gated || share <= 0.02,
      });
      rows.push({ name: `${label}: added cost per batch`, value: msv(batch), target: '', pass: true });
      rows.push({
        name: `${label}: added script CPU in the window (raw)`,
        value: msv(percentile(raw, 50)),
        target: 'info',
        pass: true,
      });
      rows.push({
        name: `${label}: extra long tasks > 50 ms`,
        value: `${Math.max(0, ...longOurs)} (worst ${worstLong.toFixed(0)} ms)`,
        target: '0',
        pass: Math.max(0, ...longOurs) <= 0,
      });
    }
    const costs = SIZES.map((posts) => perBatch.get(`${scenario}:${posts}`)![0]!);
    if (costs.length > 1) {
      // Flat within 2×; below 0.05 ms per batch the difference is measurement noise, so the floor is that.
      const floor = 0.05 / 1000;
      const ratio =
        Math.max(...costs.map((c) => Math.max(c, floor))) /
        Math.max(floor, Math.min(...costs.map((c) => Math.max(c, floor))));
      rows.push({
        name: `feed ${scenario}: cost per batch, largest / smallest size`,
        value: `${ratio.toFixed(2)}×`,
        target: '≤ 2×',
        pass: ratio <= 2,
      });
    }
  }
  return rows;
}

async function loadCost(
  browser: Browser,
  path: string,
  settleMs: number,
): Promise<{ script: number; task: number; longTasks: number[] }> {
  const page = await browser.context.newPage();
  await page.addInitScript(PAGE_INIT);
  const metrics = await meter(page);
  const before = await metrics();
  await page.goto(`https://www.linkedin.com${path}`);
  await page.waitForTimeout(settleMs);
  const after = await metrics();
  const longTasks = await page.evaluate<number[]>('window.__longTasks.map((e) => e[1])');
  await page.close();
  return {
    script: after.ScriptDuration! - before.ScriptDuration!,
    task: after.TaskDuration! - before.TaskDuration!,
    longTasks,
  };
}

/** CPU our content script costs per profile page load and per blank LinkedIn page (its start alone). */
async function benchLoads(
  ext: Browser,
  plain: Browser,
  path: string,
  html: string,
  label: string,
  target: number | null,
): Promise<Row[]> {
  ext.serve(path, html);
  plain.serve(path, html);
  const script: number[] = [];
  const task: number[] = [];
  let extraLong = 0;
  let worst = 0;
  const runs = Number(process.env.BENCH_FEED_LOADS ?? 7);
  // The first load of each warms caches (compile cache, fonts); it is not counted.
  await loadCost(ext, path, 1500);
  await loadCost(plain, path, 1500);
  for (let i = 0; i < runs; i++) {
    const on = await loadCost(ext, path, 2500);
    const off = await loadCost(plain, path, 2500);
    script.push(on.script - off.script);
    task.push(on.task - off.task);
    extraLong = Math.max(
      extraLong,
      on.longTasks.filter((d) => d > 50).length - off.longTasks.filter((d) => d > 50).length,
    );
    worst = Math.max(worst, ...on.longTasks, 0);
  }
  const median = percentile(script, 50) * 1000;
  return [
    {
      name: `${label}: our script CPU per load, median`,
      value: `${median.toFixed(0)} ms`,
      target: target === null ? 'info' : `≤ ${target} ms`,
      pass: target === null || median <= target,
    },
    {
      name: `${label}: our main-thread task time per load, median`,
      value: `${(percentile(task, 50) * 1000).toFixed(0)} ms`,
      target: 'info',
      pass: true,
    },
    {
      name: `${label}: extra long tasks > 50 ms per load, worst`,
      value: `${extraLong} (worst task ${worst.toFixed(0)} ms)`,
      target: '0',
      pass: extraLong <= 0,
    },
  ];
}

function bundleRows(): Row[] {
  const file = join(PROD_BUILD, 'content-scripts/linkedin.js');
  if (!existsSync(file))
    return [{ name: 'content script (production, minified)', value: 'not built', target: '≤ 300 KB', pass: false }];
  const raw = statSync(file).size;
  const gzip = gzipSync(readFileSync(file)).length;
  return [
    {
      name: 'content script (production, minified)',
      value: `${(raw / 1024).toFixed(0)} KB`,
      target: '≤ 300 KB',
      pass: raw <= 300 * 1024,
    },
    { name: 'content script (production, gzip)', value: `${(gzip / 1024).toFixed(0)} KB`, target: 'info', pass: true },
  ];
}

export async function benchFeed(): Promise<Row[]> {
  const rows: Row[] = [];
  if (PARTS.has('size')) rows.push(...bundleRows());
  if (!PARTS.has('feed') && !PARTS.has('profile') && !PARTS.has('start')) return rows;
  const ext = wrap(await launch({ extensionPath: PROD_BUILD, extraArgs: UNTHROTTLED }));
  const plain = await launchPlain();
  try {
    // Schema first (any storage request), then the saved people the grown feed links to.
    ext.serve('/feed/', BLANK_PAGE);
    const warm = await ext.context.newPage();
    await warm.goto('https://www.linkedin.com/feed/');
    await inContentScript(warm, `chrome.runtime.sendMessage({ boundaries: 1, type: 'getSettings', payload: {} })`);
    const session = ext as unknown as { context: BrowserContext };
    const worker = session.context.serviceWorkers()[0]!;
    await seedDatabase(worker, SAVED, 1);
    await warm.close();
    if (PARTS.has('start'))
      rows.push(
        ...(await benchLoads(ext, plain, '/notifications/', BLANK_PAGE, 'blank LinkedIn page (start cost)', null)),
      );
    if (PARTS.has('profile')) {
      rows.push(
        ...(await benchLoads(
          ext,
          plain,
          '/in/lesley-marsh-demo/',
          fixture('linkedin/profile-sdui-2026.html'),
          'profile page load (SDUI 2026)',
          100,
        )),
      );
    }
    if (PARTS.has('feed')) rows.push(...(await benchLiveFeed(ext, plain)));
  } finally {
    await ext.close();
    await plain.close();
  }
  return rows;
}

/** For ad-hoc profiling scripts. */
export const __grownFeed = grownFeed;
export const __driver = driver;
