import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EXT, freshStorageServer } from './storage-fixture';
import { AnchorLog, MAX_ANCHOR_STATS } from '../../storage/manager-queries';
import { backupReminderDue } from '../../storage/reminders';
import { todayIso } from '../../storage/directory';

const storage = freshStorageServer();
const { call } = storage;

describe('popup queries', () => {
  it('recent contacts: most recently edited or messaged first, with their latest notes', async () => {
    await call('addNote', { ref: 'old-demo', text: 'first' });
    await new Promise((r) => setTimeout(r, 5));
    await call('saveContact', { ref: 'new-demo', patch: { level: 'friendly' } });
    await new Promise((r) => setTimeout(r, 5));
    await call('recordInteraction', { refs: ['old-demo'] });
    const { total, items } = await call('recentContacts', { limit: 10 });
    expect(total).toBe(2);
    expect(items.map((v) => v.contact.id)).toEqual(['old-demo', 'new-demo']);
    expect(items[0]!.latestNotes.map((n) => n.text)).toEqual(['first']);
    expect(items[0]!.noteCount).toBe(1);
  });

  it('follow-ups due: today and overdue, not later or unset', async () => {
    await call('saveContact', { ref: 'today-demo', patch: { followUpOn: todayIso() } });
    await call('saveContact', { ref: 'overdue-demo', patch: { followUpOn: '2020-02-02' } });
    await call('saveContact', { ref: 'later-demo', patch: { followUpOn: '2999-01-01' } });
    await call('saveContact', { ref: 'none-demo', patch: { level: 'personal' } });
    const due = await call('followUpsDue', { limit: 10 });
    expect(due.count).toBe(2);
    expect(due.items.map((v) => v.contact.id)).toEqual(['overdue-demo', 'today-demo']);
  });

  it('lists circles in use', async () => {
    await call('saveContact', { ref: 'a-demo', patch: { circle: 'Work' } });
    await call('saveContact', { ref: 'b-demo', patch: { circle: 'Climbing' } });
    await call('saveContact', { ref: 'c-demo', patch: { circle: '' } });
    expect(await call('listCircles', {})).toEqual(['Climbing', 'Work']);
  });
});

describe('manager table and bulk edits', () => {
  beforeEach(async () => {
    for (let i = 0; i < 60; i++)
      await call('saveContact', { ref: `p${i}-demo`, patch: { tags: [i % 2 ? 'odd' : 'even'] } });
    await call('addNote', { ref: 'p1-demo', text: 'likes sailing' });
  });

  it('lists every contact with note counts, and filters through the search index', async () => {
    const all = await call('listContacts', {});
    expect(all).toHaveLength(60);
    expect(all.find((row) => row.contact.id === 'p1-demo')!.noteCount).toBe(1);
    const sailing = await call('listContacts', { query: 'sailing' });
    expect(sailing.map((row) => row.contact.id)).toEqual(['p1-demo']);
    expect(await call('listContacts', { tag: 'odd' })).toHaveLength(30);
  });

  it('bulk-sets level and tags, and announces a wide change', async () => {
    const odd = (await call('listContacts', { tag: 'odd' })).map((row) => row.contact.id);
    storage.server.flushChanges();
    storage.signals = [];
    expect(
      await call('bulkUpdateContacts', {
        refs: odd,
        level: 'professional',
        addTags: ['sailing-club'],
        removeTags: ['odd'],
      }),
    ).toEqual({ updated: 30 });
    storage.server.flushChanges();
    expect(storage.signals).toEqual([{ contacts: odd, settings: false }]);
    expect(await call('listContacts', { tag: 'odd' })).toHaveLength(0);
    const club = await call('listContacts', { tag: 'sailing-club' });
    expect(club).toHaveLength(30);
    expect(club.every((row) => row.contact.level === 'professional')).toBe(true);
    // The badge directory sees it too.
    expect((await call('lookupContacts', { refs: ['p1-demo'] }))['p1-demo']!.contact.level).toBe('professional');
  });

  it('bulk delete returns everything needed to undo it, notes included', async () => {
    const refs = (await call('listContacts', {})).map((row) => row.contact.id);
    const deleted = await call('bulkDeleteContacts', { refs });
    expect(deleted.contacts).toHaveLength(60);
    expect(deleted.notes.map((n) => n.text)).toEqual(['likes sailing']);
    expect(await call('listContacts', {})).toHaveLength(0);
    expect((await call('lookupContacts', { refs: ['p1-demo'] }))['p1-demo']).toBeNull();
    await call('bulkRestoreContacts', deleted);
    expect(await call('listContacts', {})).toHaveLength(60);
    expect((await call('listNotes', { ref: 'p1-demo' })).map((n) => n.text)).toEqual(['likes sailing']);
    expect((await call('lookupContacts', { refs: ['p1-demo'] }))['p1-demo']).not.toBeNull();
  });
});

describe('diagnostics', () => {
  it('keeps the latest outcome and counts per page kind and chain', async () => {
    await call('reportAnchors', { reports: [{ pageKind: 'profile', chain: 'profile.topCard', found: true, at: 1 }] });
    await call('reportAnchors', {
      reports: [
        { pageKind: 'profile', chain: 'profile.topCard', found: false, at: 2 },
        { pageKind: 'feed', chain: 'feed.shareBox', found: true, at: 3 },
      ],
    });
    const stats = await call('listDiagnostics', {});
    expect(stats).toEqual([
      {
        pageKind: 'feed',
        chain: 'feed.shareBox',
        found: true,
        foundCount: 1,
        missedCount: 0,
        lastFoundAt: 3,
        lastMissedAt: 0,
        at: 3,
      },
      {
        pageKind: 'profile',
        chain: 'profile.topCard',
        found: false,
        foundCount: 1,
        missedCount: 1,
        lastFoundAt: 1,
        lastMissedAt: 2,
        at: 2,
      },
    ]);
    await call('clearDiagnostics', {});
    expect(await call('listDiagnostics', {})).toEqual([]);
  });

  it('rejects oversized or malformed reports', async () => {
    const bad = await storage.server.handle(
      {
        boundaries: 1,
        type: 'reportAnchors',
        payload: { reports: [{ pageKind: 'x', chain: '', found: true, at: 1 }] },
      },
      { id: EXT },
    );
    expect(bad.ok).toBe(false);
  });

  it('is capped', () => {
    const log = new AnchorLog();
    log.add(
      Array.from({ length: MAX_ANCHOR_STATS + 50 }, (_, i) => ({
        pageKind: 'feed',
        chain: `c${i}`,
        found: true,
        at: i,
      })),
    );
    expect(log.list()).toHaveLength(MAX_ANCHOR_STATS);
    expect(log.list().some((s) => s.chain === 'c0')).toBe(false);
  });
});

describe('reportAnchor (content-script helper)', () => {
  it('batches reports: at most one request per interval, repeats within a minute dropped', async () => {
    vi.useFakeTimers();
    vi.resetModules();
    const sent: unknown[] = [];
    vi.doMock('../../storage/client', () => ({
      request: async (type: string, payload: unknown) => void sent.push({ type, payload }),
    }));
    const { reportAnchor, FLUSH_INTERVAL_MS } = await import('../../entrypoints/linkedin.content/linkedin/diagnostics');
    const url = 'https://www.linkedin.com/in/someone-demo/';
    for (let i = 0; i < 50; i++) reportAnchor('profile.topCard', true, url);
    reportAnchor({ name: 'profile.name', selectors: ['h1'] }, false, url);
    await vi.advanceTimersByTimeAsync(600);
    expect(sent).toHaveLength(1);
    const first = sent[0] as {
      type: string;
      payload: { reports: { pageKind: string; chain: string; found: boolean }[] };
    };
    expect(first.type).toBe('reportAnchors');
    expect(first.payload.reports.map(({ pageKind, chain, found }) => [pageKind, chain, found])).toEqual([
      ['profile', 'profile.topCard', true],
      ['profile', 'profile.name', false],
    ]);
    // The same outcome again soon after: not re-sent. A changed outcome: sent, but not before the interval.
    reportAnchor('profile.topCard', true, url);
    reportAnchor('profile.name', true, url);
    await vi.advanceTimersByTimeAsync(600);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(FLUSH_INTERVAL_MS);
    expect(sent).toHaveLength(2);
    expect((sent[1] as typeof first).payload.reports.map((r) => r.chain)).toEqual(['profile.name']);
    vi.doUnmock('../../storage/client');
    vi.useRealTimers();
  });
});

describe('backup reminder', () => {
  it('is due after N weeks without a backup, never when off', () => {
    const week = 7 * 24 * 3600_000;
    expect(backupReminderDue({ backupReminderWeeks: 0, lastBackupAt: 0 }, 10 * week)).toBe(false);
    expect(backupReminderDue({ backupReminderWeeks: 2, lastBackupAt: 9 * week }, 10 * week)).toBe(false);
    expect(backupReminderDue({ backupReminderWeeks: 2, lastBackupAt: 8 * week }, 10 * week)).toBe(true);
  });
});

describe('large imports through the request channel', () => {
  it('accepts a file near the limit even when JSON escaping doubles it, and names a file over it', async () => {
    const quotes = '"'.repeat(99_000);
    const notes = Array.from({ length: 90 }, (_, i) => ({
      id: `n${i}`,
      contactId: 'big-demo',
      text: quotes,
      createdAt: i,
      updatedAt: i,
    }));
    const contact = {
      id: 'big-demo',
      aliases: ['big-demo'],
      displayName: 'Big',
      headline: '',
      level: 'unset',
      circle: '',
      tags: [],
      howWeMet: '',
      followUpOn: '',
      lastInteractionAt: 0,
      driftCheck: true,
      createdAt: 0,
      updatedAt: 0,
    };
    const text = JSON.stringify({
      format: 'boundaries-backup',
      version: 1,
      exportedAt: 0,
      contacts: [contact],
      notes,
      events: [],
    });
    expect(text.length).toBeGreaterThan(17_000_000);
    const preview = await call('previewImport', { kind: 'backup', text, strategy: 'keep-newer' });
    expect(preview).toMatchObject({ new: 1, notesAdded: 90 });

    const tooBig = await storage.server.handle(
      {
        boundaries: 1,
        type: 'previewImport',
        payload: { kind: 'backup', text: ' '.repeat(25_500_000), strategy: 'keep-newer' },
      },
      { id: EXT },
    );
    // Larger files go in parts (backup.test.ts); one message this big is refused by name.
    expect(tooBig).toEqual({
      ok: false,
      error: {
        code: 'too-large',
        message: expect.stringMatching(/a file this large is sent in parts \(stageImport\), not in one message/),
      },
    });
  }, 60_000);
});
