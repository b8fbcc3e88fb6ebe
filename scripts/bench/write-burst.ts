/**
 * Write bursts (issue 14, item 10): 1,000 note saves, one after another, from a content script, with
 * 10,000 contacts and 30,000 notes seeded; first with no other tab open, then with a saved person's
 * profile page (panel showing) and the manager (contacts table) open — every write used to make each of
 * them re-read what it shows. Runs alternate between the two set-ups so machine load hits both alike.
 * The last save of each run goes to the profile's person: the run ends when the panel shows it, so a
 * burst that only defers the work (or loses the last change) would show up here.
 *
 * The same two set-ups then time a burst as the product makes them (an import, a bulk edit, sync): one
 * request that writes every contact (the manager's "Add tag" on all of them), ending with tabs when the
 * panel shows the new tag.
 *
 * BENCH_BURST_SAVES (default 1,000), BENCH_BURST_RUNS (default 2 of each), BENCH_BURST_CONTACTS (10,000).
 * BENCH_BURST_CPU=1 also prints, for each save burst, the CPU time of this browser's processes by kind
 * (Linux /proc) and the main-thread task time of the open profile and manager pages: where the cost goes.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { FrameLocator, Page } from 'playwright-core';
import { inContentScript, launch, type Session } from '../../tests/e2e/harness';
import { seedDatabase } from './seed';
import { ms, type Row } from './types';

const SAVES = Number(process.env.BENCH_BURST_SAVES ?? 1_000);
const RUNS = Number(process.env.BENCH_BURST_RUNS ?? 2);
const CONTACTS = Number(process.env.BENCH_BURST_CONTACTS ?? 10_000);
const PROFILE = '/in/lesley-marsh-demo/';
const PANEL = '[data-boundaries="profile-panel"]';
const BLANK =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LinkedIn</title></head><body><main></main></body></html>';

/** Sends `count` addNote requests one after another; the last one goes to the profile's person. */
function burst(count: number, marker: string): string {
  return `(async () => {
    const started = performance.now();
    for (let i = 0; i < ${count}; i++) {
      const ref = i === ${count} - 1 ? 'lesley-marsh-demo' : 'bench-person-' + ((i * 37) % ${CONTACTS});
      const text = i === ${count} - 1 ? ${JSON.stringify(marker)} : 'Burst note ' + i;
      const r = await chrome.runtime.sendMessage({ boundaries: 1, type: 'addNote', payload: { ref, text } });
      if (!r.ok) throw new Error('save ' + i + ' failed: ' + r.error.message);
    }
    return performance.now() - started;
  })()`;
}

/** One bulk edit that tags every seeded contact and the profile's person; resolves to its duration. */
function bulkTag(tag: string): string {
  return `(async () => {
    const refs = Array.from({ length: ${CONTACTS} }, (_, i) => 'bench-person-' + i).concat('lesley-marsh-demo');
    const started = performance.now();
    const r = await chrome.runtime.sendMessage({ boundaries: 1, type: 'bulkUpdateContacts', payload: { refs, addTags: [${JSON.stringify(tag)}] } });
    if (!r.ok) throw new Error('bulk edit failed: ' + r.error.message);
    return performance.now() - started;
  })()`;
}

async function runBulk(saver: Page, panel: FrameLocator | null, index: number): Promise<Run> {
  const tag = `bulk-${index}`;
  const started = Date.now();
  const saves = await inContentScript<number>(saver, bulkTag(tag));
  if (!panel) return { saves };
  await panel.getByRole('button', { name: `Remove tag ${tag}` }).waitFor({ timeout: 120_000 });
  return { saves, seen: Date.now() - started };
}

/** CPU milliseconds used so far by the browser started with `profileDir` and its child processes, by kind. */
function cpuByKind(profileDir: string): Record<string, number> {
  const procs = new Map<number, { ppid: number; cmd: string; ticks: number }>();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      procs.set(Number(pid), { ppid: Number(stat[1]), cmd, ticks: Number(stat[11]) + Number(stat[12]) });
    } catch {
      // gone meanwhile
    }
  }
  const ours = new Set(
    [...procs].filter(([, p]) => p.cmd.includes(profileDir) && !p.cmd.includes('--type=')).map(([pid]) => pid),
  );
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, p] of procs) {
      if (ours.has(pid) || !ours.has(p.ppid)) continue;
      ours.add(pid);
      grew = true;
    }
  }
  const byKind: Record<string, number> = {};
  for (const pid of ours) {
    const { cmd, ticks } = procs.get(pid)!;
    const type = /--type=([\w-]+)/.exec(cmd)?.[1] ?? 'browser';
    const kind =
      type === 'renderer' ? (cmd.includes('--extension-process') ? 'extension renderer' : 'page renderer') : type;
    byKind[kind] = (byKind[kind] ?? 0) + ticks * 10; // USER_HZ = 100 on Linux
  }
  return byKind;
}

/** Runs `work`, printing where the CPU went (BENCH_BURST_CPU=1 on Linux only). */
async function accounted<T>(label: string, session: Session, pages: Page[], work: () => Promise<T>): Promise<T> {
  if (!process.env.BENCH_BURST_CPU || !existsSync('/proc/self/stat')) return work();
  const cdps = await Promise.all(
    pages.map(async (page) => {
      const cdp = await session.context.newCDPSession(page);
      await cdp.send('Performance.enable');
      return cdp;
    }),
  );
  const durations = () =>
    Promise.all(
      cdps.map(async (cdp) => {
        const { metrics } = (await cdp.send('Performance.getMetrics')) as {
          metrics: { name: string; value: number }[];
        };
        return Object.fromEntries(metrics.filter((m) => m.name.endsWith('Duration')).map((m) => [m.name, m.value]));
      }),
    );
  const before = { cpu: cpuByKind(session.userDataDir), pages: await durations() };
  const result = await work();
  const after = { cpu: cpuByKind(session.userDataDir), pages: await durations() };
  const cpu = Object.entries(after.cpu).map(([kind, value]) => `${kind} ${value - (before.cpu[kind] ?? 0)} ms`);
  process.stderr.write(`${label}: CPU ${cpu.join(', ')}\n`);
  after.pages.forEach((metrics, i) => {
    const part = (name: string) => Math.round(((metrics[name] ?? 0) - (before.pages[i]![name] ?? 0)) * 1000);
    process.stderr.write(
      `  ${pages[i]!.url().slice(0, 60)}: main-thread tasks ${part('TaskDuration')} ms (script ${part('ScriptDuration')}, layout ${part('LayoutDuration')}, style ${part('RecalcStyleDuration')}, other ${part('TaskOtherDuration')})\n`,
    );
  });
  for (const cdp of cdps) await cdp.detach();
  return result;
}

interface Run {
  saves: number;
  /** From the first save to the panel showing the last one (with tabs only). */
  seen?: number;
}

async function runBurst(saver: Page, panel: FrameLocator | null, index: number): Promise<Run> {
  const marker = `Burst ${index} finished`;
  const started = Date.now();
  const saves = await inContentScript<number>(saver, burst(SAVES, marker));
  if (!panel) return { saves };
  await panel.getByText(marker).waitFor({ timeout: 120_000 });
  return { saves, seen: Date.now() - started };
}

/** The profile tab (its panel showing `latest`, the person's newest note) and the manager's contacts table. */
async function openTabs(
  session: Session,
  latest: string,
): Promise<{ profile: Page; manager: Page; panel: FrameLocator }> {
  const profile = await session.open(PROFILE);
  const panel = profile.frameLocator(`${PANEL} iframe`);
  await panel.getByText(latest).first().waitFor({ timeout: 60_000 });
  const manager = await session.extensionPage('options.html');
  // The contacts table has rows (its header is the first).
  await manager.locator('[data-boundaries="contact-table"] [role="row"]').nth(2).waitFor({ timeout: 60_000 });
  return { profile, manager, panel };
}

export async function benchWriteBurst(): Promise<Row[]> {
  const session = await launch();
  try {
    session.serve(PROFILE, 'linkedin/profile-sdui-2026.html');
    session.serve('/feed/', { html: BLANK });
    const saver = await session.open('/feed/');
    await inContentScript(saver, `chrome.runtime.sendMessage({ boundaries: 1, type: 'getSettings', payload: {} })`);
    await seedDatabase(session.worker, CONTACTS, 3);
    await inContentScript(
      saver,
      `chrome.runtime.sendMessage({ boundaries: 1, type: 'addNote', payload: { ref: 'lesley-marsh-demo', text: 'Burst seed' } })`,
    );
    const alone: Run[] = [];
    const withTabs: Run[] = [];
    const bulkAlone: Run[] = [];
    const bulkWithTabs: Run[] = [];
    const load: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      load.push(loadavg()[0]!);
      alone.push(await accounted(`burst ${run * 2}, no tab`, session, [], () => runBurst(saver, null, run * 2)));
      bulkAlone.push(await runBulk(saver, null, run * 2));
      const tabs = await openTabs(session, `Burst ${run * 2} finished`);
      load.push(loadavg()[0]!);
      withTabs.push(
        await accounted(`burst ${run * 2 + 1}, with tabs`, session, [tabs.profile, tabs.manager], () =>
          runBurst(saver, tabs.panel, run * 2 + 1),
        ),
      );
      bulkWithTabs.push(await runBulk(saver, tabs.panel, run * 2 + 1));
      await tabs.profile.close();
      await tabs.manager.close();
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const aloneMs = median(alone.map((r) => r.saves));
    const tabsMs = median(withTabs.map((r) => r.saves));
    const seenMs = median(withTabs.map((r) => r.seen!));
    const ratio = tabsMs / aloneMs;
    const bulkAloneMs = median(bulkAlone.map((r) => r.saves));
    const bulkTabsMs = median(bulkWithTabs.map((r) => r.saves));
    const bulkRatio = bulkTabsMs / bulkAloneMs;
    const s = (value: number) => `${(value / 1000).toFixed(1)} s`;
    const context = `${CONTACTS.toLocaleString('en')} contacts, median of ${RUNS}, load ${Math.min(...load).toFixed(0)}–${Math.max(...load).toFixed(0)}`;
    return [
      {
        name: `write burst: ${SAVES} note saves, no tab open (${context})`,
        value: s(aloneMs),
        target: '—',
        pass: true,
      },
      {
        name: `write burst: the same with a profile tab + manager open (per save ${ms(tabsMs / SAVES)})`,
        value: s(tabsMs),
        target: '≤ 1.5× alone',
        pass: ratio <= 1.5,
      },
      { name: 'write burst: with tabs / alone', value: `${ratio.toFixed(2)}×`, target: '≤ 1.5×', pass: ratio <= 1.5 },
      { name: 'write burst: first save → profile panel shows the last one', value: s(seenMs), target: '—', pass: true },
      {
        name: `bulk edit: tag ${(CONTACTS + 1).toLocaleString('en')} contacts in one request, no tab / with tabs`,
        value: `${s(bulkAloneMs)} / ${s(bulkTabsMs)}`,
        target: '—',
        pass: true,
      },
      {
        name: 'bulk edit: with tabs / alone',
        value: `${bulkRatio.toFixed(2)}×`,
        target: '≤ 1.5×',
        pass: bulkRatio <= 1.5,
      },
      {
        name: 'bulk edit: request sent → profile panel shows the tag',
        value: s(median(bulkWithTabs.map((r) => r.seen!))),
        target: '—',
        pass: true,
      },
    ];
  } finally {
    await session.close();
  }
}
