/**
 * Background-only: the toolbar badge (follow-ups due today or overdue), the hourly/daily alarms that
 * keep it current across midnight, the optional follow-up notification (only when the user turned it on
 * AND granted the optional "notifications" permission), and the backup reminder every N weeks.
 */
import { browser } from 'wxt/browser';
import type { BoundariesDb } from './db';
import { getSettings } from './contacts';
import { countFollowUpsDue } from './manager-queries';
import { todayIso } from './directory';

export const FOLLOW_UP_ALARM = 'boundaries:follow-ups';
export const BACKUP_ALARM = 'boundaries:backup-reminder';
const NOTIFIED_KEY = 'boundaries:notified';
const FOLLOW_UP_NOTIFICATION = 'boundaries-follow-ups';
const BACKUP_NOTIFICATION = 'boundaries-backup';
const WEEK = 7 * 24 * 3600_000;

/** True when a backup reminder is due under these settings. */
export function backupReminderDue(
  settings: { backupReminderWeeks: number; lastBackupAt: number },
  now = Date.now(),
): boolean {
  return settings.backupReminderWeeks > 0 && now - settings.lastBackupAt >= settings.backupReminderWeeks * WEEK;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the optional API is absent until granted
type AnyApi = any;

function notificationsApi(): AnyApi | undefined {
  return (browser as AnyApi).notifications;
}

async function mayNotify(): Promise<boolean> {
  try {
    return notificationsApi() !== undefined && (await browser.permissions.contains({ permissions: ['notifications'] }));
  } catch {
    return false;
  }
}

let iconUrl: Promise<string> | null = null;
/** A small round icon drawn once (the extension ships no bitmap icons of its own yet). */
function notificationIcon(): Promise<string> {
  iconUrl ??= (async () => {
    const canvas = new OffscreenCanvas(64, 64);
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#0a66c2';
    g.beginPath();
    g.arc(32, 32, 30, 0, Math.PI * 2);
    g.fill();
    g.fillStyle = '#ffffff';
    g.font = 'bold 36px sans-serif';
    g.textAlign = 'center';
    g.textBaseline = 'middle';
    g.fillText('B', 32, 34);
    const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return `data:image/png;base64,${btoa(binary)}`;
  })();
  return iconUrl;
}

export function startReminders(db: BoundariesDb) {
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function refreshBadge(): Promise<number> {
    const count = await countFollowUpsDue(db);
    const action = browser.action ?? (browser as AnyApi).browserAction;
    await action.setBadgeText({ text: count > 0 ? String(count > 99 ? '99+' : count) : '' });
    if (count > 0) await action.setBadgeBackgroundColor({ color: '#c37d16' });
    await action.setTitle({
      title: count > 0 ? `Boundaries: ${count} follow-up${count === 1 ? '' : 's'} due` : 'Boundaries',
    });
    return count;
  }

  async function notifyOnce(kind: string, id: string, title: string, message: string): Promise<void> {
    if (!(await mayNotify())) return;
    const today = todayIso();
    const stored = (await browser.storage.local.get(NOTIFIED_KEY))[NOTIFIED_KEY] as Record<string, string> | undefined;
    if (stored?.[kind] === today) return;
    await browser.storage.local.set({ [NOTIFIED_KEY]: { ...stored, [kind]: today } });
    await notificationsApi().create(id, { type: 'basic', iconUrl: await notificationIcon(), title, message });
  }

  async function check(): Promise<void> {
    const count = await refreshBadge();
    const settings = await getSettings(db);
    if (settings.followUpNotifications && count > 0) {
      await notifyOnce(
        'follow-ups',
        FOLLOW_UP_NOTIFICATION,
        'Boundaries',
        `${count} follow-up${count === 1 ? ' is' : 's are'} due today.`,
      );
    }
    if (backupReminderDue(settings)) {
      const weeks = settings.backupReminderWeeks;
      await notifyOnce(
        'backup',
        BACKUP_NOTIFICATION,
        'Back up your Boundaries notes',
        `It has been over ${weeks} week${weeks === 1 ? '' : 's'} since your last backup. Open the manager to export one.`,
      );
    }
  }

  // Work started by events runs detached from them; kept here so `settled()` can wait for it.
  const running = new Set<Promise<unknown>>();
  const safely = (work: () => Promise<unknown>) => {
    const done: Promise<unknown> = work()
      .catch((error) => console.debug('[Boundaries] reminders:', error))
      .finally(() => running.delete(done));
    running.add(done);
  };

  // Listeners first, synchronously, so an alarm that wakes the worker is handled.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FOLLOW_UP_ALARM || alarm.name === BACKUP_ALARM) safely(check);
  });
  notificationsApi()?.onClicked?.addListener((id: string) => {
    if (id === FOLLOW_UP_NOTIFICATION || id === BACKUP_NOTIFICATION) safely(() => browser.runtime.openOptionsPage());
  });
  safely(async () => {
    if (!(await browser.alarms.get(FOLLOW_UP_ALARM)))
      await browser.alarms.create(FOLLOW_UP_ALARM, { periodInMinutes: 60, delayInMinutes: 1 });
    if (!(await browser.alarms.get(BACKUP_ALARM)))
      await browser.alarms.create(BACKUP_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 5 });
  });
  safely(refreshBadge);

  return {
    /** After any write: recount (debounced) and maybe notify. */
    onWrite(): void {
      clearTimeout(timer);
      timer = setTimeout(() => safely(check), 300);
    },
    refreshBadge,
    /** Resolves once every check, notification and alarm set-up started so far has finished. */
    async settled(): Promise<void> {
      while (running.size) await Promise.all([...running]);
    },
  };
}
