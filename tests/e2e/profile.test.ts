/**
 * The profile panel and contact badges in real Chromium with the built extension, on fixture pages
 * served at linkedin.com URLs. (The production build's closed shadow roots: moments-extension.ts, both browsers.)
 */
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, inContentScript, launch, storageCall, type Session } from './harness';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const PANEL = '[data-boundaries="profile-panel"]';
const BADGE = '[data-boundaries="contact-badge"]';
const LESLEY = '/in/lesley-marsh-demo/';
const MATEO = '/in/mateo-lindqvist-demo/';

/** The extension-side global inside the service worker (worker.evaluate). */
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, message: unknown): Promise<unknown> };
};

type Result = { ok: boolean; value?: unknown; error?: { message: string } };

async function panelCount(page: Page): Promise<number> {
  return page.evaluate((selector) => document.querySelectorAll(selector).length, PANEL);
}

/**
 * The panel's contents. Issue 15 moved them from the host's (open, in the e2e build) shadow root into our
 * extension-origin frame inside that host: `ui(page)` is that frame, as Playwright reaches it.
 */
function ui(page: Page): FrameLocator {
  return page.frameLocator(`${PANEL} iframe`);
}

/** The panel frame itself, for reading its document directly. */
async function panelFrame(page: Page): Promise<Frame> {
  const handle = await page.locator(`${PANEL} iframe`).elementHandle({ timeout: 15_000 });
  const frame = await handle!.contentFrame();
  if (!frame) throw new Error('no panel frame');
  await frame.waitForLoadState();
  return frame;
}

/** Text of our panel as a user sees it. */
async function panelText(page: Page): Promise<string> {
  return ui(page).locator('section').first().innerText();
}

/** Every panel's text (there should be one), '' for a panel whose frame has not rendered yet. */
async function panelTexts(page: Page): Promise<string[]> {
  const handles = await page.locator(`${PANEL} iframe`).elementHandles();
  return Promise.all(
    handles.map(async (handle) => {
      const frame = await handle.contentFrame();
      return frame ? frame.evaluate(() => document.body?.textContent ?? '').catch(() => '') : '';
    }),
  );
}

async function waitForPanelNamed(page: Page, name: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const texts = await panelTexts(page);
        return texts.length === 1 && texts[0]!.includes(name);
      },
      { timeout: 15_000 },
    )
    .toBe(true);
}

/** Replaces the page's body and title with a fixture's, as LinkedIn's client-side render would. */
async function swapDom(page: Page, file: string): Promise<void> {
  await page.evaluate((html) => {
    const next = new DOMParser().parseFromString(html, 'text/html');
    document.title = next.title;
    document.body.replaceWith(document.adoptNode(next.body));
  }, fixture(file));
}

async function pushState(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => history.pushState({}, '', to), path);
}

describe('profile panel', () => {
  it('saves a level and a note on the 2026 profile; both are there after reload and in another tab', async () => {
    session = await launch();
    session.serve(LESLEY, 'linkedin/profile-sdui-2026.html');
    const page = await session.open(LESLEY);
    await waitForPanelNamed(page, 'Lesley Marsh');
    // Placed right after the top card.
    const placement = await page.evaluate((selector) => {
      const host = document.querySelector(selector)!;
      return {
        placement: host.getAttribute('data-placement'),
        previous: host.previousElementSibling?.getAttribute('componentkey') ?? '',
      };
    }, PANEL);
    expect(placement.placement).toBe('anchored');
    expect(placement.previous).toMatch(/^com\.linkedin\.sdui\.profile\.card\.refACoAADemoLesleyMarsh0+1Topcard$/);

    const group = ui(page).getByRole('radiogroup', { name: 'Familiarity' });
    for (const label of ['Keep it professional', 'Friendly professional', 'Personal', 'Not set']) {
      await expect(group.getByRole('radio', { name: label }).count()).resolves.toBe(1);
    }
    await group.getByRole('radio', { name: 'Keep it professional' }).check();
    const box = ui(page).getByRole('textbox', { name: 'Add a note' });
    await box.fill('Met at the Berlin fintech meetup; prefers email');
    await box.press('Control+Enter');
    await ui(page).getByText('Met at the Berlin fintech meetup; prefers email').waitFor();
    await expect.poll(() => box.inputValue()).toBe(''); // the box empties once the save is confirmed
    const first = await panelText(page);
    expect(first).toMatch(/just now/);

    // Saving created the contact with what the page shows, including the member-id alias.
    const stored = (
      await inContentScript<Result>(page, storageCall('getContact', { ref: 'ACoAADemoLesleyMarsh0000000000000000001' }))
    ).value as {
      contact: { displayName: string; headline: string; level: string; aliases: string[] };
    };
    expect(stored.contact).toMatchObject({
      displayName: 'Lesley Marsh',
      headline: 'Head of Marketing at Northwind Analytics',
      level: 'professional',
    });
    expect(stored.contact.aliases).toEqual(
      expect.arrayContaining(['lesley-marsh-demo', 'urn:li:fsd_profile:ACoAADemoLesleyMarsh0000000000000000001']),
    );

    await page.reload();
    await waitForPanelNamed(page, 'Lesley Marsh');
    await ui(page).getByText('Met at the Berlin fintech meetup; prefers email').waitFor();
    await expect(ui(page).getByRole('radio', { name: 'Keep it professional' }).isChecked()).resolves.toBe(true);

    const other = await session.open(LESLEY);
    await waitForPanelNamed(other, 'Lesley Marsh');
    await ui(other).getByText('Met at the Berlin fintech meetup; prefers email').waitFor();
    await expect(ui(other).getByRole('radio', { name: 'Keep it professional' }).isChecked()).resolves.toBe(true);

    // A change in one tab shows up live in the other.
    await ui(other).getByRole('radio', { name: 'Personal' }).check();
    await expect
      .poll(() => ui(page).getByRole('radio', { name: 'Personal' }).isChecked(), { timeout: 10_000 })
      .toBe(true);
  });

  it('edits a note, deletes it and undoes the delete; tags, how we met and follow-up persist', async () => {
    session = await launch();
    session.serve(LESLEY, 'linkedin/profile-sdui-2026.html');
    const page = await session.open(LESLEY);
    await waitForPanelNamed(page, 'Lesley Marsh');
    const panel = ui(page);
    await ui(page).getByRole('textbox', { name: 'Add a note' }).fill('first version');
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    await panel.getByText('first version').waitFor();

    await panel.getByRole('button', { name: 'Edit note' }).click();
    await panel.getByRole('textbox', { name: 'Edit note' }).fill('second version');
    await panel.getByRole('textbox', { name: 'Edit note' }).press('Control+Enter');
    await panel.getByText('second version').waitFor();

    await panel.getByRole('button', { name: 'Delete note' }).click();
    await panel.getByText('Note deleted.').waitFor();
    await panel.getByText('second version').waitFor({ state: 'detached' });
    await panel.getByRole('button', { name: 'Undo' }).click();
    await panel.getByText('second version').waitFor();

    await inContentScript(
      page,
      storageCall('saveContact', { ref: 'someone-else-demo', patch: { tags: ['berlin-fintech'] } }),
    );
    const tags = ui(page).getByRole('combobox', { name: 'Tags' }); // an input with a <datalist> is a combobox
    await expect(tags.getAttribute('list')).resolves.toBeTruthy();
    await (
      await panelFrame(page)
    ).waitForFunction(
      () =>
        [...document.querySelectorAll('datalist option')].some(
          (o) => (o as HTMLOptionElement).value === 'berlin-fintech',
        ),
      undefined,
      { timeout: 10_000 },
    );
    await tags.fill('investor');
    await tags.press('Enter');
    await panel.getByText('investor').waitFor();
    const met = ui(page).getByRole('textbox', { name: 'How we met' });
    await met.fill('Berlin fintech meetup');
    await met.press('Enter');
    await ui(page).getByLabel('Follow up on').fill('2027-01-15');
    await expect
      .poll(
        async () =>
          (
            (await inContentScript<Result>(page, storageCall('getContact', { ref: LESLEY }))).value as {
              contact: Record<string, unknown>;
            }
          ).contact,
        { timeout: 10_000 },
      )
      .toMatchObject({ tags: ['investor'], howWeMet: 'Berlin fintech meetup', followUpOn: '2027-01-15' });
    await page.reload();
    await waitForPanelNamed(page, 'Lesley Marsh');
    await ui(page).getByText('second version').waitFor();
    await expect(ui(page).getByRole('textbox', { name: 'How we met' }).inputValue()).resolves.toBe(
      'Berlin fintech meetup',
    );
    await expect(ui(page).getByLabel('Follow up on').inputValue()).resolves.toBe('2027-01-15');
    expect(await panelText(page)).toMatch(/Last updated/);
  });

  it('renders HTML- and script-looking notes, emoji and right-to-left text as text', async () => {
    session = await launch();
    session.serve(LESLEY, 'linkedin/profile-sdui-2026.html');
    const page = await session.open(LESLEY);
    await waitForPanelNamed(page, 'Lesley Marsh');
    const nasty = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold</b> 🎉 مرحبا';
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await ui(page).getByRole('textbox', { name: 'Add a note' }).fill(nasty);
    await ui(page).getByRole('textbox', { name: 'Add a note' }).press('Control+Enter');
    await ui(page).getByText(nasty).waitFor();
    const inside = await (
      await panelFrame(page)
    ).evaluate(() => {
      const root = document.body;
      return {
        imgs: root.querySelectorAll('img').length,
        scripts: root.querySelectorAll('script').length,
        bold: root.querySelectorAll('b').length,
      };
    });
    expect(inside).toEqual({ imgs: 0, scripts: 0, bold: 0 });
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);

    // A 100,000-character note is kept whole and shown (scrollable), never truncated in storage.
    const long = 'x'.repeat(100_000 - ' end-marker'.length) + ' end-marker';
    expect((await inContentScript<Result>(page, storageCall('addNote', { ref: LESLEY, text: long }))).ok).toBe(true);
    await ui(page).getByText('end-marker', { exact: false }).waitFor({ state: 'attached' });
    const stored = (await inContentScript<Result>(page, storageCall('listNotes', { ref: LESLEY }))).value as {
      text: string;
    }[];
    expect(stored[0]!.text).toHaveLength(long.length);
  });

  it('finds the top card on the 2024 legacy, 2025 hashed-class and German 2026 profiles', async () => {
    session = await launch();
    const cases = [
      { path: MATEO, file: 'linkedin/profile-legacy-2024.html', name: 'Mateo Lindqvist' },
      {
        path: '/in/aiko-bergstr%C3%B6m-demo/',
        file: 'boundaries/profile-legacy-hashed-2025.html',
        name: 'Aiko Bergström',
      },
      { path: '/in/juergen-weiss-demo/', file: 'boundaries/profile-sdui-2026-de.html', name: 'Jürgen Weiß' },
    ];
    for (const { path, file, name } of cases) {
      session.serve(path, file);
      const page = await session.open(path);
      await waitForPanelNamed(page, name);
      const where = await page.evaluate((selector) => {
        const host = document.querySelector(selector)!;
        return { placement: host.getAttribute('data-placement'), previousTag: host.previousElementSibling?.tagName };
      }, PANEL);
      expect(where, file).toEqual({ placement: 'anchored', previousTag: 'SECTION' });
      await page.close();
    }
  });

  it('follows LinkedIn’s dark theme', async () => {
    session = await launch();
    session.serve(LESLEY, {
      html: fixture('linkedin/profile-sdui-2026.html').replace(
        '<html lang="en"',
        '<html class="theme theme--dark" lang="en"',
      ),
    });
    const page = await session.open(LESLEY);
    await waitForPanelNamed(page, 'Lesley Marsh');
    const frame = await panelFrame(page);
    await frame.waitForFunction(() => document.querySelector('.boundaries-root.b-dark .b-card') !== null);
    const look = await frame.evaluate(() => {
      const card = document.querySelector('.b-card')!;
      return {
        dark: document.querySelector('.boundaries-root')!.classList.contains('b-dark'),
        background: getComputedStyle(card).backgroundColor,
      };
    });
    expect(look).toEqual({ dark: true, background: 'rgb(27, 31, 35)' });
  });

  it('a profile whose markup matches nothing still gets the floating panel; unproven, it shows the slug and saves only the note', async () => {
    session = await launch();
    session.serve('/in/nora-quint-demo/', 'boundaries/profile-no-anchors.html');
    const page = await session.open('/in/nora-quint-demo/');
    await waitForPanelNamed(page, 'nora-quint-demo');
    expect(
      await page.evaluate((selector) => document.querySelector(selector)!.getAttribute('data-placement'), PANEL),
    ).toBe('floating');
    await ui(page).getByRole('textbox', { name: 'Add a note' }).fill('Only the title knew her name');
    await ui(page).getByRole('textbox', { name: 'Add a note' }).press('Control+Enter');
    await ui(page).getByText('Only the title knew her name').waitFor();
    const stored = (await inContentScript<Result>(page, storageCall('getContact', { ref: 'nora-quint-demo' })))
      .value as { contact: { displayName: string } };
    expect(stored.contact.displayName).toBe(''); // the title is no proof: after an in-app navigation it names the previous person

    // When a top card for her shows up later, the same panel (note and all) moves next to it.
    await page.evaluate(() => {
      const card = document
        .createRange()
        .createContextualFragment(
          '<section componentkey="com.linkedin.sdui.profile.card.refACoAADemoNoraQuint000000000000000000009Topcard"><a href="https://www.linkedin.com/in/nora-quint-demo/"><div><h2>Nora Quint</h2></div></a><p>Sample headline</p></section>',
        );
      document.querySelector('.zz-shell')!.prepend(card);
    });
    await page.waitForFunction(
      (selector) => document.querySelector(selector)?.getAttribute('data-placement') === 'anchored',
      PANEL,
      { timeout: 10_000 },
    );
    expect(await panelCount(page)).toBe(1);
    expect(
      await page.evaluate((selector) => document.querySelector(selector)!.previousElementSibling!.tagName, PANEL),
    ).toBe('SECTION');
    await ui(page).getByText('Only the title knew her name').waitFor();
    // Her own card proves the name: the panel shows it and the stored record is repaired.
    await waitForPanelNamed(page, 'Nora Quint');
    await expect
      .poll(
        async () =>
          (
            (await inContentScript<Result>(page, storageCall('getContact', { ref: 'nora-quint-demo' }))).value as {
              contact: { displayName: string };
            }
          ).contact.displayName,
      )
      .toBe('Nora Quint');
  });

  it('in-app navigation races: content first never renames the old person; address first (content 1.5 s later) files the note under the new person without the old name, repaired once the content arrives', async () => {
    session = await launch();
    session.serve(LESLEY, 'linkedin/profile-sdui-2026.html');
    const JUERGEN = '/in/juergen-weiss-demo/';
    session.serve(JUERGEN, 'boundaries/profile-sdui-2026-de.html');
    session.serve('/feed/', 'linkedin/feed-2026.html'); // a page that lets the test swap documents (no Trusted Types policy)
    const page = await session.open('/feed/');
    await inContentScript(page, 'true');
    await pushState(page, LESLEY);
    await swapDom(page, 'linkedin/profile-sdui-2026.html');
    await waitForPanelNamed(page, 'Lesley Marsh');
    const contactOf = async (ref: string) =>
      (
        (await inContentScript<Result>(page, storageCall('getContact', { ref }))).value as {
          contact: { displayName: string; headline: string; aliases: string[] };
        } | null
      )?.contact ?? null;
    const addNote = async (text: string) => {
      const box = ui(page).getByRole('textbox', { name: 'Add a note' });
      await box.fill(text);
      await box.press('Control+Enter');
      await ui(page).getByText(text, { exact: true }).first().waitFor();
      expect(await panelCount(page)).toBe(1);
    };
    await ui(page).getByRole('radio', { name: 'Friendly professional' }).check();
    await expect.poll(async () => (await contactOf('lesley-marsh-demo'))?.displayName).toBe('Lesley Marsh');

    // Content first: Mateo's page renders while the address is still Lesley's.
    await swapDom(page, 'linkedin/profile-legacy-2024.html');
    await addNote('still on Lesley');
    expect(await contactOf('lesley-marsh-demo')).toMatchObject({
      displayName: 'Lesley Marsh',
      headline: 'Head of Marketing at Northwind Analytics',
    });
    expect((await contactOf('lesley-marsh-demo'))!.aliases.every((alias) => !/mateo|900000003|Mateo/.test(alias))).toBe(
      true,
    );
    expect(await contactOf('mateo-lindqvist-demo')).toBeNull();
    await pushState(page, MATEO);
    await waitForPanelNamed(page, 'Mateo Lindqvist');
    expect(await ui(page).getByText('still on Lesley').count()).toBe(0);

    // Address first: Mateo's page (card, title) stays on screen; Jürgen's content arrives later.
    await pushState(page, JUERGEN);
    await waitForPanelNamed(page, 'juergen-weiss-demo'); // the floating panel, named by the address only
    await addNote('typed during the lag');
    expect(await contactOf('juergen-weiss-demo')).toMatchObject({
      displayName: '',
      headline: '',
      aliases: ['juergen-weiss-demo'],
    });
    expect(await contactOf('mateo-lindqvist-demo')).toBeNull();
    await swapDom(page, 'boundaries/profile-sdui-2026-de.html');
    await waitForPanelNamed(page, 'Jürgen Weiß');
    await expect.poll(async () => (await contactOf('juergen-weiss-demo'))?.displayName).toBe('Jürgen Weiß');
    await page.reload();
    await waitForPanelNamed(page, 'Jürgen Weiß');
    await ui(page).getByText('typed during the lag').waitFor();
  });

  it('in-app navigation feed → profile → another profile → back: one panel, for the right person, nothing left behind', async () => {
    session = await launch();
    session.serve('/feed/', 'linkedin/feed-2026.html');
    const page = await session.open('/feed/');
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await inContentScript(page, 'true'); // the content script is up
    expect(await panelCount(page)).toBe(0);

    // Feed → Lesley: the URL changes first, the DOM follows later (as on LinkedIn).
    await pushState(page, LESLEY);
    await page.waitForTimeout(300);
    expect(await panelCount(page)).toBe(0); // the feed's DOM is no profile: wait, do not guess
    await swapDom(page, 'linkedin/profile-sdui-2026.html');
    await waitForPanelNamed(page, 'Lesley Marsh');

    // Lesley → Mateo while Lesley's top card is still on screen: no panel for the wrong person.
    await pushState(page, MATEO);
    await page.waitForTimeout(400);
    const during = await panelTexts(page);
    expect(during.every((text) => !text.includes('Lesley Marsh'))).toBe(true);
    await swapDom(page, 'linkedin/profile-legacy-2024.html');
    await waitForPanelNamed(page, 'Mateo Lindqvist');
    expect(
      await page.evaluate(
        (selector) => document.querySelector(selector)!.previousElementSibling?.getAttribute('data-member-id'),
        PANEL,
      ),
    ).toBe('900000003');

    // Back to Lesley.
    await page.evaluate(() => history.back());
    await page.waitForFunction((path) => location.pathname === path, LESLEY);
    await swapDom(page, 'linkedin/profile-sdui-2026.html');
    await waitForPanelNamed(page, 'Lesley Marsh');
    await page.waitForTimeout(300);
    expect(await panelCount(page)).toBe(1);

    // Back to the feed: the panel goes.
    await page.evaluate(() => history.back());
    await page.waitForFunction(() => location.pathname === '/feed/');
    await swapDom(page, 'linkedin/feed-2026.html');
    await page.waitForFunction((selector) => document.querySelectorAll(selector).length === 0, PANEL, {
      timeout: 10_000,
    });
    expect(consoleErrors).toEqual([]);
  });

  it('the focus-note command focuses the quick-note box (and opens a collapsed panel, whose state is remembered)', async () => {
    session = await launch();
    session.serve(LESLEY, 'linkedin/profile-sdui-2026.html');
    const page = await session.open(LESLEY);
    await waitForPanelNamed(page, 'Lesley Marsh');
    // A draft survives collapsing and expanding (a settings write restarts features; the panel is kept).
    await ui(page).getByRole('textbox', { name: 'Add a note' }).fill('half-typed thought');
    await ui(page).getByRole('button', { name: /Hide/ }).click();
    await page.waitForTimeout(500);
    expect(await panelCount(page)).toBe(1);
    await ui(page).getByRole('button', { name: /Show/ }).click();
    await expect(ui(page).getByRole('textbox', { name: 'Add a note' }).inputValue()).resolves.toBe(
      'half-typed thought',
    );
    await ui(page).getByRole('button', { name: /Hide/ }).click();
    await expect
      .poll(
        async () =>
          ((await inContentScript<Result>(page, storageCall('getSettings', {}))).value as { panelCollapsed: boolean })
            .panelCollapsed,
      )
      .toBe(true);
    await page.reload();
    await waitForPanelNamed(page, 'Lesley Marsh');
    await ui(page).getByRole('button', { name: /Show/ }).waitFor();
    expect(await ui(page).getByRole('textbox', { name: 'Add a note' }).isVisible()).toBe(false);

    // What the background's commands.onCommand listener sends to the active tab.
    await session.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await chrome.tabs.sendMessage(tab!.id!, { boundaries: 'command', name: 'focus-note' });
    });
    // Focus is in our frame (the host's iframe is the page's active element), on its note box.
    await (
      await panelFrame(page)
    ).waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Add a note', undefined, {
      timeout: 10_000,
    });
    // Typing in the panel never reaches LinkedIn's own key listeners.
    await page.evaluate(() => {
      (window as { __keys?: number }).__keys = 0;
      document.addEventListener('keydown', () => ((window as { __keys?: number }).__keys! += 1));
    });
    await page.keyboard.type('abc');
    expect(await page.evaluate(() => (window as { __keys?: number }).__keys)).toBe(0);
  });
});

describe('contact badges', () => {
  it('on the 2026 feed: one badge next to each saved author, none for others, none on the hidden copy, the "likes this" header or the viewer card', async () => {
    session = await launch();
    session.serve('/feed/', 'linkedin/feed-2026.html');
    const page = await session.open('/feed/');
    // Saved: Lesley (with a note), José (by his unicode slug), Priya (by member id alias), and the viewer.
    await inContentScript(
      page,
      storageCall('addNote', {
        ref: 'lesley-marsh-demo',
        text: 'Prefers email <b>not</b> calls',
        identity: { aliases: [], displayName: 'Lesley Marsh' },
      }),
    );
    await inContentScript(
      page,
      storageCall('saveContact', { ref: '/in/jos%C3%A9-garc%C3%ADa-demo/', patch: { level: 'friendly' } }),
    );
    await inContentScript(
      page,
      storageCall('saveContact', {
        ref: 'urn:li:fsd_profile:ACoAADemoPriyaRaman00000000000000000004',
        identity: { aliases: ['Priya-Raman-Demo'] },
        patch: { level: 'personal' },
      }),
    );
    await inContentScript(page, storageCall('saveContact', { ref: 'robin-ellery-demo', patch: { level: 'personal' } }));

    await page.waitForFunction((selector) => document.querySelectorAll(selector).length >= 3, BADGE, {
      timeout: 15_000,
    });
    await page.waitForTimeout(500);
    const badges = await page.evaluate((selector) => {
      return [...document.querySelectorAll(selector)].map((host) => {
        const link = host.previousElementSibling as HTMLAnchorElement | null;
        return {
          href: link?.getAttribute('href') ?? '',
          linkText: link?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 40) ?? '',
          // The label is CSS-generated content (no text node a page could find): read what is drawn.
          label: JSON.parse(
            getComputedStyle(host.shadowRoot!.querySelector('.b-badge__label')!, '::after').content,
          ) as string,
          inHeader: link?.closest('[data-view-name="feed-header-text"]') !== null,
          hidden: host.closest('[aria-hidden="true"]') !== null,
          inRail: host.closest('aside') !== null,
        };
      });
    }, BADGE);
    expect(badges.map((b) => [b.href, b.label])).toEqual([
      ['https://www.linkedin.com/in/lesley-marsh-demo/', 'Saved'],
      ['/in/jos%C3%A9-garc%C3%ADa-demo/', 'Friendly'],
      [
        'https://www.linkedin.com/in/priya-raman-demo/?lipi=urn%3Ali%3Apage%3Ad_flagship3_feed%3Bfixture0000000000',
        'Personal',
      ],
    ]);
    expect(badges.every((b) => !b.inHeader && !b.hidden && !b.inRail)).toBe(true);
    expect(badges[0]!.linkText).toContain('Lesley Marsh');

    // Hover shows the latest note, as text.
    await page.locator(BADGE).first().locator('.b-badge').hover();
    // Issue 15: the tooltip is our extension-origin frame (one per page), not part of the badge.
    const tip = page.frameLocator('[data-boundaries="badge-tip"] iframe').locator('[role=tooltip]');
    await tip.waitFor({ state: 'visible' });
    expect(await tip.innerText()).toContain('Prefers email <b>not</b> calls');

    // A change elsewhere updates the badges on the page, without a reload.
    await inContentScript(
      page,
      storageCall('saveContact', { ref: 'mei-tanaka-demo', patch: { level: 'professional' } }),
    );
    await page.waitForFunction((selector) => document.querySelectorAll(selector).length === 4, BADGE, {
      timeout: 10_000,
    });
    await inContentScript(page, storageCall('deleteContact', { ref: 'lesley-marsh-demo' }));
    await page.waitForFunction((selector) => document.querySelectorAll(selector).length === 3, BADGE, {
      timeout: 10_000,
    });
  });

  it('follows re-renders and infinite scroll, one lookup request per batch, each link badged once', async () => {
    session = await launch();
    session.serve('/feed/', 'linkedin/feed-2026.html');
    const page = await session.open('/feed/');
    for (let i = 0; i < 30; i++)
      await inContentScript(
        page,
        storageCall('saveContact', { ref: `scroll-person-${i}-demo`, patch: { level: 'friendly' } }),
      );
    await inContentScript(page, 'true');
    // Infinite scroll: 60 new links (30 saved) arrive at once.
    await page.evaluate(() => {
      const feed = document.querySelector('[data-testid="mainFeed"]')!;
      const chunk = document.createElement('div');
      for (let i = 0; i < 60; i++) {
        const item = document.createElement('div');
        item.setAttribute('role', 'listitem');
        const link = document.createElement('a');
        link.href = `https://www.linkedin.com/in/${i < 30 ? 'scroll' : 'stranger'}-person-${i % 30}-demo/`;
        link.textContent = `Person ${i}`;
        item.append(link);
        chunk.append(item);
      }
      feed.append(chunk);
    });
    await page.waitForFunction((selector) => document.querySelectorAll(selector).length === 30, BADGE, {
      timeout: 15_000,
    });
    const stats = await inContentScript<{ lookups: number; created: number }[]>(
      page,
      'globalThis.__boundariesBadgeStats.passes.map(p => ({ lookups: p.lookups, created: p.created }))',
    );
    // The pass that saw the 60 new links asked once for all of their keys.
    expect(stats.filter((p) => p.lookups > 0).every((p) => p.lookups === 1)).toBe(true);
    expect(stats.reduce((sum, p) => sum + p.created, 0)).toBe(30);

    // LinkedIn re-renders: our badge is removed from under a link, and another link is replaced.
    await page.evaluate((selector) => {
      const hosts = document.querySelectorAll(selector);
      hosts[0]!.remove();
      const second = hosts[1]!.previousElementSibling as HTMLAnchorElement;
      const clone = second.cloneNode(true);
      hosts[1]!.remove();
      second.replaceWith(clone);
    }, BADGE);
    await page.waitForFunction((selector) => document.querySelectorAll(selector).length === 30, BADGE, {
      timeout: 10_000,
    });
    await page.waitForTimeout(300);
    const perLink = await page.evaluate((selector) => {
      const counts = new Map<Element, number>();
      for (const host of document.querySelectorAll(selector))
        counts.set(host.previousElementSibling!, (counts.get(host.previousElementSibling!) ?? 0) + 1);
      return [...counts.values()];
    }, BADGE);
    expect(perLink.every((n) => n === 1)).toBe(true);
  });

  it('badges bubble headers inside LinkedIn’s open shadow root (messaging overlay)', async () => {
    session = await launch();
    session.serve('/feed/', 'linkedin/messaging-overlay-2026.html');
    const page = await session.open('/feed/');
    await inContentScript(
      page,
      storageCall('saveContact', { ref: 'lesley-marsh-demo', patch: { level: 'professional' } }),
    );
    await page.waitForFunction(
      (selector) =>
        (document.querySelector('#interop-outlet')?.shadowRoot?.querySelectorAll(selector).length ?? 0) >= 1,
      BADGE,
      { timeout: 15_000 },
    );
    const label = await page
      .locator(BADGE)
      .first()
      .locator('.b-badge__label')
      .evaluate((element) => getComputedStyle(element, '::after').content);
    expect(label).toBe('"Professional"'); // drawn by CSS, not a text node
  });

  it('badges the name in a message thread, not the avatar link beside it', async () => {
    session = await launch();
    const thread = '/messaging/thread/2-N2U1N2YxYTctMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAxXzEwMA==/';
    session.serve(thread, 'linkedin/messaging-thread-2026.html');
    const page = await session.open(thread);
    await inContentScript(
      page,
      storageCall('saveContact', {
        ref: 'lesley-marsh-demo',
        identity: { aliases: ['ACoAADemoLesleyMarsh0000000000000000001'] },
        patch: { level: 'professional' },
      }),
    );
    const nameLinks = page.locator('.msg-s-message-group__meta a[href*="/in/ACoAADemoLesleyMarsh"]');
    expect(await nameLinks.count()).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator(`.msg-s-message-group__meta ${BADGE}`).count(), { timeout: 15_000 })
      .toBe(await nameLinks.count());
    // Avatar links carry only screen-reader text ("View Lesley’s profile") and an image.
    const badgedAvatars = await page.evaluate(
      (selector) =>
        [...document.querySelectorAll('a.msg-s-event-listitem__link')].filter((a) =>
          a.nextElementSibling?.matches(selector),
        ).length,
      BADGE,
    );
    expect(badgedAvatars).toBe(0);
  });
});
