import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as repo from '../../storage/contacts';
import { openDb, type BoundariesDb } from '../../storage/db';
import { BACKUP_ALARM, FOLLOW_UP_ALARM, startReminders } from '../../storage/reminders';
import { todayIso } from '../../storage/directory';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the fake leaves these APIs unmocked
const fake = fakeBrowser as any;
let db: BoundariesDb;
let badge: string;
let granted: boolean;
let created: { id: string; title: string; message: string }[];

beforeEach(() => {
  fakeBrowser.reset();
  db = openDb(`rem-${crypto.randomUUID()}`);
  badge = '';
  granted = false;
  created = [];
  fake.action.setBadgeText = vi.fn(async ({ text }: { text: string }) => void (badge = text));
  fake.action.setBadgeBackgroundColor = vi.fn(async () => {});
  fake.action.setTitle = vi.fn(async () => {});
  fake.permissions.contains = vi.fn(async () => granted);
  fake.notifications.create = vi.fn(async (id: string, options: { title: string; message: string }) => {
    created.push({ id, title: options.title, message: options.message });
    return id;
  });
  // No OffscreenCanvas in Node: the icon drawing is stubbed.
  vi.stubGlobal(
    'OffscreenCanvas',
    class {
      getContext() {
        return new Proxy({}, { get: () => () => {}, set: () => true });
      }
      async convertToBlob() {
        return new Blob([new Uint8Array([137, 80, 78, 71])]);
      }
    },
  );
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await db.delete();
});

const fire = async (reminders: ReturnType<typeof startReminders>, name: string) => {
  await fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: Date.now(), persistAcrossSessions: true });
  // The alarm's work runs detached from the event: wait until it has finished (or done nothing).
  await reminders.settled();
};

describe('toolbar badge and reminders', () => {
  it('counts follow-ups due today or overdue on the badge, and schedules its alarms', async () => {
    await repo.saveContact(db, 'today-demo', undefined, { followUpOn: todayIso() });
    await repo.saveContact(db, 'overdue-demo', undefined, { followUpOn: '2020-01-01' });
    await repo.saveContact(db, 'later-demo', undefined, { followUpOn: '2999-01-01' });
    const reminders = startReminders(db);
    expect(await reminders.refreshBadge()).toBe(2);
    expect(badge).toBe('2');
    await reminders.settled();
    expect((await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name).sort()).toEqual(
      [BACKUP_ALARM, FOLLOW_UP_ALARM].sort(),
    );
    await repo.saveContact(db, 'today-demo', undefined, { followUpOn: '' });
    await repo.saveContact(db, 'overdue-demo', undefined, { followUpOn: '' });
    expect(await reminders.refreshBadge()).toBe(0);
    expect(badge).toBe('');
  });

  it('notifies about follow-ups only when turned on and permitted, once a day', async () => {
    await repo.saveContact(db, 'today-demo', undefined, { followUpOn: todayIso() });
    const reminders = startReminders(db);
    granted = true;
    await fire(reminders, FOLLOW_UP_ALARM);
    expect(created).toEqual([]); // setting off

    await repo.updateSettings(db, { followUpNotifications: true });
    granted = false;
    await fire(reminders, FOLLOW_UP_ALARM);
    expect(created).toEqual([]); // permission not granted

    granted = true;
    await fire(reminders, FOLLOW_UP_ALARM);
    await fire(reminders, FOLLOW_UP_ALARM);
    expect(created).toEqual([
      { id: 'boundaries-follow-ups', title: 'Boundaries', message: '1 follow-up is due today.' },
    ]);
  });

  it('reminds to back up every N weeks when permitted', async () => {
    const reminders = startReminders(db);
    granted = true;
    await fire(reminders, BACKUP_ALARM);
    expect(created).toEqual([]); // reminder off
    await repo.updateSettings(db, { backupReminderWeeks: 2, lastBackupAt: Date.now() - 15 * 24 * 3600_000 });
    await fire(reminders, BACKUP_ALARM);
    expect(created.map((n) => n.title)).toEqual(['Back up your Boundaries notes']);
    expect(created[0]!.message).toMatch(/over 2 weeks since your last backup/);
  });
});
