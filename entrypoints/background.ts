import { browser } from 'wxt/browser';
import { CHANGE_SIGNAL_KEY, type ChangeSignal } from '../storage/api';
import { openDb } from '../storage/db';
import { createServer } from '../storage/server';
import { AnchorLog, type AnchorStat } from '../storage/manager-queries';
import { startReminders } from '../storage/reminders';

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
    notify: ({ contacts, settings }) => {
      const signal: ChangeSignal = { seq: ++seq, at: Date.now(), contacts, settings };
      void browser.storage.local.set({ [CHANGE_SIGNAL_KEY]: signal });
      reminders.onWrite();
    },
    anchors,
    onAnchors: (stats) => void browser.storage.session?.set({ [ANCHORS_KEY]: stats }).catch(() => {}),
  });

  // Registered synchronously so a message that wakes the service worker is not missed.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
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
