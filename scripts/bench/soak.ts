/**
 * Soak (issue 11, "a tab left open on the feed for 10 minutes of steady updates"): the 300-post feed
 * under scenario B (200 text changes/s + 5 new posts/s, the oldest leaving) for BENCH_SOAK_MINUTES
 * (default 10), in the automation build (its `data-boundaries` marks let us count our hosts), next to
 * the same page in a Chromium without the extension, both at once. Every minute, after a forced garbage
 * collection in both: the page's JS heap, its event listeners and DOM nodes (with minus without: what we
 * hold), our hosts, and on the page with the extension the saved people's name links without a badge
 * (lost) and links followed by more than one badge (duplicated). Long tasks over 50 ms over the whole run.
 *
 * Opt-in (it takes the whole run time): `npm run bench -- soak`.
 */
import type { BrowserContext } from 'playwright-core';
import { inContentScript, launch, storageCall } from '../../tests/e2e/harness';
import { __driver as feedDriver, __grownFeed as grownFeed, launchPlain, meter, PAGE_INIT, UNTHROTTLED } from './feed';
import { seedDatabase } from './seed';
import type { Row } from './types';

const MINUTES = Number(process.env.BENCH_SOAK_MINUTES ?? 10);
const POSTS = 300;
/** bench-person-0 … 199 are saved (seedDatabase); the grown feed links to 0 … 399. */
const SAVED = 200;

interface Sample {
  minute: number;
  heap: number;
  listeners: number;
  nodes: number;
  hosts: number;
  badged: number;
  lost: number;
  duplicated: number;
}

/**
 * Runs in the page: which saved people's links are badged. A link position in a post template (the feed
 * clones the fixture's 5 posts in turn) is "badge-worthy" once any saved person's link there got a badge
 * (a name, not a count or a button); afterwards a saved person's link at such a position without a badge
 * is lost.
 */
const CENSUS = `((saved) => {
  window.__worthy ??= new Set();
  const isBadge = (el) => el && el.getAttribute('data-boundaries') === 'contact-badge';
  const rows = [];
  for (const unit of window.__benchParent.children) {
    const template = Number(unit.getAttribute('data-lazy-mount-id')) % 5;
    [...unit.querySelectorAll('a[href*="/in/bench-person-"]')].forEach((a, position) => {
      const n = Number(a.getAttribute('href').replace(/^.*bench-person-(\\d+).*$/, '$1'));
      let badges = 0;
      for (let el = a.nextElementSibling; isBadge(el); el = el.nextElementSibling) badges++;
      rows.push({ key: template + ':' + position, saved: n < saved, badges });
    });
  }
  for (const r of rows) if (r.saved && r.badges > 0) window.__worthy.add(r.key);
  return {
    hosts: document.querySelectorAll('[data-boundaries]').length,
    badged: rows.filter((r) => r.badges > 0).length,
    lost: rows.filter((r) => r.saved && r.badges === 0 && window.__worthy.has(r.key)).length,
    duplicated: rows.filter((r) => r.badges > 1).length,
  };
})(${SAVED})`;

async function open(context: BrowserContext, withExtension: boolean) {
  const page = await context.newPage();
  await page.addInitScript(PAGE_INIT);
  const metrics = await meter(page);
  const cdp = await context.newCDPSession(page);
  await page.goto('https://www.linkedin.com/feed/', { timeout: 120_000 });
  if (withExtension) await inContentScript(page, 'true');
  await page.waitForTimeout(3000);
  return {
    page,
    async sample(minute: number): Promise<Omit<Sample, 'hosts' | 'badged' | 'lost' | 'duplicated'>> {
      await cdp.send('HeapProfiler.collectGarbage');
      const m = await metrics();
      return { minute, heap: m.JSHeapUsedSize!, listeners: m.JSEventListeners!, nodes: m.Nodes! };
    },
  };
}

export async function benchSoak(): Promise<Row[]> {
  const ext = await launch({ extraArgs: UNTHROTTLED });
  const plain = await launchPlain();
  try {
    const html = grownFeed(POSTS);
    ext.serve('/feed/', { html });
    plain.serve('/feed/', html);
    // The schema exists after any storage request; then 10,000 saved people (bench-person-N).
    const blank = await ext.context.newPage();
    await blank.goto('https://www.linkedin.com/robots-blank/');
    await inContentScript(blank, storageCall('getSettings', {}));
    await seedDatabase(ext.worker);
    await blank.close();

    const on = await open(ext.context, true);
    const off = await open(plain.context, false);
    const samples: { on: Sample; off: Awaited<ReturnType<typeof off.sample>> }[] = [];
    const census = async () => on.page.evaluate<Omit<Sample, 'minute' | 'heap' | 'listeners' | 'nodes'>>(CENSUS);
    const take = async (minute: number) => {
      const [a, b] = await Promise.all([on.sample(minute), off.sample(minute)]);
      samples.push({ on: { ...a, ...(await census()) }, off: b });
      if (process.env.BENCH_DEBUG) console.error(JSON.stringify(samples.at(-1)));
    };
    await take(0);
    for (let minute = 1; minute <= MINUTES; minute++) {
      await Promise.all([on.page.evaluate(feedDriver('B', 60)), off.page.evaluate(feedDriver('B', 60))]);
      // The last posts arrived just now: give their badges a moment before counting.
      await on.page.waitForTimeout(500);
      await take(minute);
    }
    const longOn = await on.page.evaluate<number[]>('window.__longTasks.map((e) => e[1]).filter((d) => d > 50)');
    const longOff = await off.page.evaluate<number[]>('window.__longTasks.map((e) => e[1]).filter((d) => d > 50)');

    // Ours = with minus without, at the first full minute (the start settled) and at the end.
    const first = samples[1]!;
    const last = samples.at(-1)!;
    const ours = (s: (typeof samples)[number], key: 'heap' | 'listeners' | 'nodes') => s.on[key] - s.off[key];
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
    const heapGrowth = ours(last, 'heap') - ours(first, 'heap');
    const listenerGrowth = ours(last, 'listeners') - ours(first, 'listeners');
    const hostGrowth = last.on.hosts - first.on.hosts;
    const lost = Math.max(...samples.map((s) => s.on.lost));
    const duplicated = Math.max(...samples.map((s) => s.on.duplicated));
    const label = `soak: ${MINUTES} min on the ${POSTS}-post feed, scenario B`;
    return [
      {
        name: `${label}: our heap, minute 1 → ${MINUTES}`,
        value: `${mb(ours(first, 'heap'))} → ${mb(ours(last, 'heap'))}`,
        target: '≤ +1 MB',
        pass: heapGrowth <= 1024 * 1024,
      },
      {
        name: `${label}: our event listeners, minute 1 → ${MINUTES}`,
        value: `${ours(first, 'listeners')} → ${ours(last, 'listeners')}`,
        target: 'flat',
        pass: listenerGrowth <= 0,
      },
      {
        name: `${label}: our hosts, minute 1 → ${MINUTES}`,
        value: `${first.on.hosts} → ${last.on.hosts}`,
        target: 'flat',
        // The feed keeps its size; the hosts follow the saved people on it, which vary a little.
        pass: Math.abs(hostGrowth) <= Math.max(5, first.on.hosts * 0.1),
      },
      {
        name: `${label}: saved people's names without a badge (worst minute)`,
        value: String(lost),
        target: '0',
        pass: lost === 0,
      },
      {
        name: `${label}: links with a duplicated badge (worst minute)`,
        value: String(duplicated),
        target: '0',
        pass: duplicated === 0,
      },
      {
        name: `${label}: long tasks > 50 ms, with / without`,
        value: `${longOn.length} / ${longOff.length}`,
        target: 'no more',
        pass: longOn.length <= longOff.length,
      },
    ];
  } finally {
    await ext.close();
    await plain.close();
  }
}
