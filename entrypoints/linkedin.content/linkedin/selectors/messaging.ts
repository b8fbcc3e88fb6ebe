/**
 * LinkedIn messaging: composers, their conversations, who they are with, and the Send control.
 *
 * Eras covered (fixtures in tests/fixtures/linkedin/ and tests/fixtures/boundaries/; every chain is
 * exercised in tests/dom/selectors-messaging.test.ts):
 * - legacy Ember light DOM: the `/messaging/thread/…` page and 2023–25 overlay bubbles (`msg-*` classes,
 *   stable since ~2019: same names in 2019 Selenium scripts, the 2023 sales-pilot capture and 2026 tools);
 * - 2026: overlay bubbles and the profile "Message" compose window inside `#interop-outlet`'s open shadow
 *   root (same `msg-*` markup; queries go through linkedin/dom.ts, which pierces that root);
 * - localized UIs (2023 Spanish capture: "Escribe un mensaje…", "Enviar"): no chain depends on English
 *   text. Where a label is the only hook, it is a last fallback, next to a structural selector.
 * Sources: ../shared/linkedin-dom.md §2.2.
 */
import { chain } from './chain';

/** The message box itself: a contenteditable textbox inside LinkedIn's message form. */
export const MESSAGE_COMPOSER = chain('messaging.composer', [
  // Ember msg-form, 2019–2026, light DOM and inside #interop-outlet (aria-label localized, not used)
  'form.msg-form div.msg-form__contenteditable[contenteditable="true"]',
  // same form when the class list of the box changes: any textbox inside the message form
  'form.msg-form [contenteditable="true"][role="textbox"]',
  // forms keep their Ember id `msg-form-<ember id>` (2026-10 capture) even if the class goes
  'form[id^="msg-form"] [contenteditable="true"][role="textbox"]',
  // English-only last resort (linkedin-mcp-server `_MESSAGING_COMPOSE_SELECTOR`)
  'div[role="textbox"][contenteditable="true"][aria-label^="Write a message"]',
]);

/** The form around a composer (holds the Send button and the send-mode toggle). */
export const MESSAGE_FORM = chain('messaging.form', [
  // Ember msg-form, all eras
  'form.msg-form',
  // `form#msg-form-ember301` (2026-10 capture)
  'form[id^="msg-form"]',
]);

/** LinkedIn's Send button, within a message form. */
export const SEND_BUTTON = chain('messaging.sendButton', [
  // `button.msg-form__send-button[type=submit]` "Send" / "Enviar" (2023–2026)
  'button.msg-form__send-button',
  // the form's submit button by role, whatever its class (linkedin-mcp-server; sarahcallmesmadds)
  '.msg-form__right-actions button[type="submit"]',
  'button[type="submit"]',
]);

/**
 * The "Open send options" toggle next to Send. In our fixtures it carries `aria-pressed="false"` when
 * "Press Enter to Send" is off; LinkedIn's own menu is not captured, so the feature also learns from
 * what an Enter actually did (see message-drift-check.tsx).
 */
export const SEND_MODE_TOGGLE = chain('messaging.sendModeToggle', [
  // `button.msg-form__send-toggle[data-test-msg-ui-send-mode-toggle-presenter__button]` (2023–2026)
  'button[data-test-msg-ui-send-mode-toggle-presenter__button]',
  'button.msg-form__send-toggle',
]);

/** One conversation: an overlay bubble, the compose window, or the thread pane of /messaging/. */
export const CONVERSATION = chain('messaging.conversation', [
  // overlay bubble and compose window: `div.msg-convo-wrapper.msg-overlay-conversation-bubble[role=dialog]`
  '.msg-overlay-conversation-bubble',
  // 2026-10 capture: bubbles keep this data-view-name
  '[data-view-name="message-overlay-conversation-bubble-item"]',
  // full-page thread: `.msg-convo-wrapper.msg-thread`
  '.msg-convo-wrapper',
  '.msg-thread',
  // the /messaging/ detail pane (when the wrapper class changes)
  '.scaffold-layout__detail',
]);

/** The header (title bar) of a conversation. */
export const CONVERSATION_HEADER = chain('messaging.header', [
  // overlay bubble header (2023–2026)
  '.msg-overlay-bubble-header',
  // thread page title bar
  '.msg-title-bar',
  // the bubble header by tag, when classes change
  'header',
]);

/** Links to the person in a conversation's header: vanity (`/in/slug/`) or member-id (`/in/ACoAA…/`) form. */
export const HEADER_PROFILE_LINKS = chain('messaging.headerProfileLinks', [
  // overlay: `h2.msg-overlay-bubble-header__title > a[href="/in/…/"]`
  '.msg-overlay-bubble-header__title a[href]',
  // thread page: `.msg-title-bar__title-bar-title a.msg-thread__link-to-profile`
  'a.msg-thread__link-to-profile[href]',
  '.msg-title-bar__title-bar-title a[href]',
  // lockup title variants (Briskine getToName)
  '.msg-entity-lockup a[href]',
  '.artdeco-entity-lockup__title a[href]',
]);

/** The visible title of a conversation (a name, a list of names, or "New message"). */
export const HEADER_TITLE = chain('messaging.headerTitle', [
  '.msg-overlay-bubble-header__title',
  '.msg-entity-lockup__entity-title',
  '.msg-title-bar__title-bar-title',
]);

/** The one-to-one profile card at the top of a thread (links by member id, or slug for never-messaged people). */
export const PROFILE_CARD_LINKS = chain('messaging.profileCardLinks', [
  // `a.profile-card-one-to-one__profile-link` (2023 capture, 2026 fixtures)
  'a.profile-card-one-to-one__profile-link[href]',
  '.msg-s-profile-card a[href]',
]);

/** Messages from other people (never the viewer's own), whose author links identify group participants. */
export const OTHER_MESSAGE_AUTHOR_LINKS = chain('messaging.otherAuthorLinks', [
  // `.msg-s-event-listitem--other a.msg-s-event-listitem__link[href="…/in/<id>"]`
  '.msg-s-event-listitem--other a.msg-s-event-listitem__link[href]',
  // the name link in the message group meta
  '.msg-s-event-listitem--other .msg-s-message-group__meta a[href]',
]);

/** Messages the viewer sent (no `--other` modifier): their author links are the viewer, never a recipient. */
export const OWN_MESSAGE_AUTHOR_LINKS = chain('messaging.ownAuthorLinks', [
  '.msg-s-event-listitem:not(.msg-s-event-listitem--other) a.msg-s-event-listitem__link[href]',
  '.msg-s-event-listitem:not(.msg-s-event-listitem--other) .msg-s-message-group__meta a[href]',
]);

/** Message items carrying `data-event-urn="urn:li:msg_message:(urn:li:fsd_profile:<viewer>,…)"`. */
export const MESSAGE_EVENT_URNS = chain('messaging.eventUrns', ['[data-event-urn^="urn:li:msg_message:"]']);

/** Recipients chosen in a new-message composition (pills; LinkedIn links them only by data attributes). */
export const NEW_MESSAGE_RECIPIENTS = chain('messaging.newMessageRecipients', [
  // reconstruction (no capture exists): typeahead pills carrying the recipient's profile URN
  '.msg-connections-typeahead__added-recipients [data-entity-urn]',
  '.msg-connections-typeahead [data-entity-urn^="urn:li:fsd_profile:"]',
]);

/** The message list (to tell a reply from a draft that LinkedIn appended after a send). */
export const MESSAGE_LIST_ITEMS = chain('messaging.messageListItems', [
  'li.msg-s-message-list__event',
  '[data-view-name="message-list-item"]',
]);

/** Names LinkedIn shows for deleted or hidden accounts, in the locales we have seen. Never a contact. */
export const ANONYMOUS_MEMBER_NAMES = [
  'linkedin member', // en
  'miembro de linkedin', // es
  'membre de linkedin', // fr
  'linkedin-mitglied', // de
  'membro do linkedin', // pt
  'membro di linkedin', // it
  'linkedin-lid', // nl
];

/** Every chain in this module, for the selector canary test. */
export const MESSAGING_CHAINS = [
  MESSAGE_COMPOSER,
  MESSAGE_FORM,
  SEND_BUTTON,
  SEND_MODE_TOGGLE,
  CONVERSATION,
  CONVERSATION_HEADER,
  HEADER_PROFILE_LINKS,
  HEADER_TITLE,
  PROFILE_CARD_LINKS,
  OTHER_MESSAGE_AUTHOR_LINKS,
  OWN_MESSAGE_AUTHOR_LINKS,
  MESSAGE_EVENT_URNS,
  NEW_MESSAGE_RECIPIENTS,
  MESSAGE_LIST_ITEMS,
];
