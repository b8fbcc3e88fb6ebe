/**
 * Tells the toolbar popup who is on this page, so it can show that person first: on a profile, the
 * profile's person; in a one-to-one conversation, the other person. The popup asks with
 * `browser.tabs.sendMessage(tabId, {boundaries: 'active-contact'})` and gets
 * `{ref, aliases, displayName, headline}` or null. Reads the page only when asked; writes nothing.
 */
import { browser } from 'wxt/browser';
import { defineFeature } from '../feature-manager';
import { conversationOf, resolveConversation } from '../linkedin/conversation';
import { queryAllDeep } from '../linkedin/dom';
import { readProfileIdentity } from '../linkedin/profile-identity';
import { MESSAGE_COMPOSER } from '../linkedin/selectors/messaging';
import { isMessagingPage, isProfilePage } from '../linkedin/urls';

export interface ActiveContact {
  ref: string;
  aliases: string[];
  displayName: string;
  headline: string;
}

/** Who this page is about, or null. Never throws. */
export function activeContactOf(doc: Document, url: URL): ActiveContact | null {
  try {
    if (isProfilePage(url)) {
      const identity = readProfileIdentity(doc, url);
      if (!identity) return null;
      // Only what the page proves belongs to the address's person (the DOM can lag or lead the URL), and
      // only aliases two elements agree on (one element's id could be someone else's, issue 14 item 5).
      return {
        ref: identity.key,
        aliases: identity.proven ? identity.confirmed : [],
        displayName: identity.proven ? identity.displayName : '',
        headline: identity.proven ? identity.headline : '',
      };
    }
    if (isMessagingPage(url)) {
      // The thread being written in: the conversation around the first message box.
      const [composer] = queryAllDeep(MESSAGE_COMPOSER, doc);
      const conversation = composer ? conversationOf(composer) : null;
      if (!conversation) return null;
      const { participants, group } = resolveConversation(conversation);
      if (group || participants.length !== 1) return null;
      const [person] = participants;
      return {
        ref: person!.key,
        aliases: person!.refs.filter((key) => key !== person!.key),
        displayName: person!.name,
        headline: '',
      };
    }
  } catch {
    // Odd markup: the popup simply shows no one first.
  }
  return null;
}

export default defineFeature({
  id: 'popup-active-contact',
  include: [isProfilePage, isMessagingPage],
  init({ signal }) {
    const listener = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
      if ((message as { boundaries?: unknown } | null)?.boundaries !== 'active-contact') return undefined;
      sendResponse(activeContactOf(document, new URL(location.href)));
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
  },
});

/* Test URLs:
   https://www.linkedin.com/in/lesley-marsh-demo/    tests/fixtures/linkedin/profile-sdui-2026.html
   https://www.linkedin.com/messaging/thread/2-N2U1N2YxYTctMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAxXzEwMA==/
                                                     tests/fixtures/linkedin/messaging-thread-2026.html
*/
