import { browser } from 'wxt/browser';
import { CHANGE_SIGNAL_KEY, type ChangeSignal } from '../storage/api';
import { openDb } from '../storage/db';
import { createServer } from '../storage/server';
import { AnchorLog, type AnchorStat } from '../storage/manager-queries';
import { startReminders } from '../storage/reminders';
import { createSyncService, originPattern, type SyncMessage } from '../storage/sync/service';

const ANCHORS_KEY = 'boundaries:anchors';

export default defineBackground(() => {
  const db = openDb();
  let seq = 0;
  // Toolbar badge (follow-ups due), alarms, optional notifications, backup reminder (issue 7).
  const reminders = startReminders(db);
  // Anchor diagnostics live in memory, mirrored to storage.session so a worker restart keeps them.
  const anchors = new AnchorLog();
  const anchorsLoaded = browser.storage.session
    ?.get(ANCHORS_KEY)
    .then((stored) => anchors.load((stored[ANCHORS_KEY] as AnchorStat[] | undefined) ?? []))
    .catch(() => {});
  const server = createServer({
    db,
    extensionId: browser.runtime.id,
    notify: (change) => {
      const signal: ChangeSignal = { seq: ++seq, at: Date.now(), ...change };
      void browser.storage.local.set({ [CHANGE_SIGNAL_KEY]: signal });
      // What the tone analyzer learned is neither synced nor counted by reminders.
      if (change.contacts.length === 0 && !change.settings) return;
      reminders.onWrite();
      // Sync's own merges are not local changes: they would only schedule an empty run.
      if (!change.fromSync) sync.onLocalChange();
    },
    anchors,
    onAnchors: (stats) => void browser.storage.session?.set({ [ANCHORS_KEY]: stats }).catch(() => {}),
    onLocalWrite: (contacts) => sync.noteLocalWrite(contacts),
  });

  // Sync (issue 13): makes no request unless the user turned it on in the manager.
  const sync = createSyncService({
    db,
    onDataChanged: (contacts) => void server.changedElsewhere(contacts).catch(() => {}),
    alarms: browser.alarms,
    hasAccess: async (server) => {
      const pattern = originPattern(server);
      return pattern !== null && browser.permissions.contains({ origins: [pattern] });
    },
  });
  browser.alarms.onAlarm.addListener((alarm) => sync.onAlarm(alarm.name));
  const extensionPages = browser.runtime.getURL('/');

  // Registered synchronously so a message that wakes the service worker is not missed.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if ((message as { boundaries?: unknown } | null)?.boundaries === 'sync') {
      // Sync settings hold the server password: only the extension's own pages may ask, never a content script.
      if (sender.id !== browser.runtime.id || !sender.url?.startsWith(extensionPages)) {
        sendResponse({
          ok: false,
          error: { code: 'forbidden', message: 'Sync is managed from the Boundaries manager only' },
        });
        return false;
      }
      void sync
        .handle(message as SyncMessage)
        .then((value) => ({ ok: true, value }))
        .catch((error: unknown) => ({
          ok: false,
          error: { code: 'internal', message: error instanceof Error ? error.message : String(error) },
        }))
        .then(sendResponse);
      return true;
    }
    void Promise.resolve(anchorsLoaded)
      .then(() => server.handle(message, sender))
      .then(sendResponse);
    return true;
  });

  // Extension commands (Alt+Shift+N: focus the profile panel's quick-note box), relayed to the active tab.
  browser.commands.onCommand.addListener((name, tab) => {
    if (name !== 'focus-note') return;
    void (async () => {
      const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id !== undefined) await browser.tabs.sendMessage(id, { boundaries: 'command', name });
    })().catch(() => {});
  });
});
