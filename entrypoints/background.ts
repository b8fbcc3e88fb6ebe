import { browser } from 'wxt/browser';
import { CHANGE_SIGNAL_KEY, type ChangeSignal } from '../storage/api';
import { openDb } from '../storage/db';
import { createServer } from '../storage/server';

export default defineBackground(() => {
  const db = openDb();
  let seq = 0;
  const server = createServer({
    db,
    extensionId: browser.runtime.id,
    notify: ({ contacts, settings }) => {
      const signal: ChangeSignal = { seq: ++seq, at: Date.now(), contacts, settings };
      void browser.storage.local.set({ [CHANGE_SIGNAL_KEY]: signal });
    },
  });

  // Registered synchronously so a message that wakes the service worker is not missed.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void server.handle(message, sender).then(sendResponse);
    return true;
  });
});
