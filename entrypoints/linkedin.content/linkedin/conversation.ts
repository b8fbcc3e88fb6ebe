/**
 * "Who am I writing to?" For a message composer: its form, its conversation (overlay bubble, compose
 * window or thread pane) and the people in it, as profile keys. Pure functions over DOM nodes (no
 * storage, no globals), unit-tested against fixtures in tests/dom/conversation.test.ts.
 *
 * Resolution order for one conversation:
 * 1. header links (`/in/<slug>/`, `/in/ACoAA…/`, `?profileUrn=` links); company pages and anonymous
 *    members ("LinkedIn Member", localized) are skipped, and so is the viewer;
 * 2. with one person in the header: the one-to-one profile card and the other side's message links
 *    are the same person in another key form (slug ↔ member id), kept as aliases for lookups;
 * 3. without header links: the profile card (never-messaged / compose window), the recipients chosen in
 *    a new message, or, for groups, every distinct author of messages that are not the viewer's.
 */
import { keyFromProfileUrl, keyFromUrn, keysFromQuery, type ProfileKey } from '../../../storage/profile-id';
import { LEVEL_STRICTNESS, type Level } from '../../../storage/model';
import { queryAllWithin, queryWithin, visibleText } from './dom';
import { LINK_SCREEN_READER_TEXT } from './selectors/links';
import type { SelectorChain } from './selectors/chain';
import {
  ANONYMOUS_MEMBER_NAMES,
  CONVERSATION,
  CONVERSATION_HEADER,
  HEADER_PROFILE_LINKS,
  HEADER_TITLE,
  MESSAGE_COMPOSER,
  MESSAGE_EVENT_URNS,
  MESSAGE_FORM,
  NEW_MESSAGE_RECIPIENTS,
  OTHER_MESSAGE_AUTHOR_LINKS,
  OWN_MESSAGE_AUTHOR_LINKS,
  PROFILE_CARD_LINKS,
  SEND_BUTTON,
  SEND_MODE_TOGGLE,
} from './selectors/messaging';

/**
 * What the composer tracker looks at (linkedin/dom.ts `interest`): a change touching a message box, its
 * form, its conversation (header re-pointed to another person, bubble closed) or one of our hosts beside
 * it makes it look again; the rest of the page costs it nothing.
 */
export const COMPOSER_INTEREST: readonly string[] = [
  ...MESSAGE_COMPOSER.selectors,
  ...MESSAGE_FORM.selectors,
  ...CONVERSATION.selectors,
  '[data-boundaries="composer-badge"]',
  '[data-boundaries="send-check"]',
  '[data-boundaries="drift-hint"]',
];

export interface Participant {
  /** The key to save this person under (the header's form when there is one). */
  key: ProfileKey;
  /** Every key seen for this person in this conversation, `key` first: lookups try them all. */
  refs: ProfileKey[];
  /** As shown by LinkedIn ('' when only a link was found). */
  name: string;
}

export interface ConversationInfo {
  participants: Participant[];
  /** More than one other person (or a group title without links). */
  group: boolean;
  /** The header title as shown ("Lesley Marsh", "Priya Raman, Mei Tanaka", "New message"). */
  title: string;
  /** Participants that could not be identified (anonymous / deleted members, company pages). */
  skipped: number;
}

function closestInChain(element: Element, selectors: SelectorChain): Element | null {
  for (const selector of selectors.selectors) {
    const found = element.closest(selector);
    if (found) return found;
  }
  return null;
}

/** The message form around a composer. */
export function formOf(composer: Element): HTMLFormElement | null {
  return closestInChain(composer, MESSAGE_FORM) as HTMLFormElement | null;
}

/** The conversation (bubble, compose window, thread pane) around a composer; the form's parent as a last resort. */
export function conversationOf(composer: Element): Element | null {
  return closestInChain(composer, CONVERSATION) ?? formOf(composer)?.parentElement ?? null;
}

/** LinkedIn's Send button for a composer. */
export function sendButtonOf(composer: Element): HTMLButtonElement | null {
  const form = formOf(composer);
  return form ? queryWithin<HTMLButtonElement>(SEND_BUTTON, form) : null;
}

/** True when the element is (inside) the Send button of this composer's form. */
export function isSendButtonOf(composer: Element, target: Element): boolean {
  const button = sendButtonOf(composer);
  return button !== null && (button === target || button.contains(target));
}

/**
 * What the form says about "Press Enter to Send": true (on), false (off), or null (the form does not
 * say). Read from the send-mode toggle's `aria-pressed`.
 */
export function enterSendsFromForm(composer: Element): boolean | null {
  const form = formOf(composer);
  const toggle = form ? queryWithin(SEND_MODE_TOGGLE, form) : null;
  const pressed = toggle?.getAttribute('aria-pressed');
  if (pressed === 'true') return true;
  if (pressed === 'false') return false;
  return null;
}

/**
 * The draft's text as the user sees it: block children (`<p>`, `<div>`) become lines, `<br>` a newline.
 * Read-only: never touches the draft. Cheaper than `innerText` (no layout).
 */
export function composerText(composer: Element): string {
  const parts: string[] = [];
  const walk = (node: Node, out: string[]) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) out.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === 'BR') out.push('\n');
        else if (tag === 'IMG') out.push((child as HTMLImageElement).alt ?? '');
        else if (tag === 'P' || tag === 'DIV' || tag === 'LI') {
          if (out.length && !out[out.length - 1]!.endsWith('\n')) out.push('\n');
          walk(child, out);
          out.push('\n');
        } else walk(child, out);
      }
    }
  };
  walk(composer, parts);
  return parts
    .join('')
    .replace(/\u200b/g, '')
    .replace(/\u00a0/g, ' ')
    .replace(/\n+$/, '')
    .replace(/^\n+/, '');
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

export function isAnonymousName(name: string): boolean {
  return ANONYMOUS_MEMBER_NAMES.includes(clean(name).toLowerCase());
}

/** Every key a link reveals: its `/in/` path and any `profileUrn=` / `miniProfileUrn=` / `recipient=` in its query. */
export function keysOfLink(href: string): ProfileKey[] {
  const keys: ProfileKey[] = [];
  const fromPath = keyFromProfileUrl(href);
  if (fromPath) keys.push(fromPath);
  for (const key of keysFromQuery(href)) if (!keys.includes(key)) keys.push(key);
  return keys;
}

const HIDDEN_TEXT = [...LINK_SCREEN_READER_TEXT.selectors, '[aria-hidden="true"]'].join(',');

/** Visible text of an element, leaving out screen-reader-only helpers ("View Mei’s profile") and hidden parts. */
function shownText(element: Element): string {
  return clean(visibleText(element, HIDDEN_TEXT));
}

function linkName(link: Element): string {
  const text = shownText(link);
  if (text) return text;
  const img = link.querySelector('img[alt]');
  return clean(img?.getAttribute('alt') || link.getAttribute('title') || '');
}

/** The viewer (mailbox owner): the first profile in `data-event-urn` tuples and the author of their own messages. */
export function viewerKeysIn(container: Element): Set<ProfileKey> {
  const keys = new Set<ProfileKey>();
  for (const item of queryAllWithin(MESSAGE_EVENT_URNS, container)) {
    const match = /^urn:li:msg_message:\((urn:li:[a-z_]+:[\w-]+),/i.exec(item.getAttribute('data-event-urn') ?? '');
    const key = match ? keyFromUrn(match[1]!) : null;
    if (key) keys.add(key);
  }
  for (const link of queryAllWithin(OWN_MESSAGE_AUTHOR_LINKS, container))
    for (const key of keysOfLink(link.getAttribute('href') ?? '')) keys.add(key);
  return keys;
}

interface Found {
  keys: ProfileKey[];
  name: string;
}

function collect(links: Element[], viewer: Set<ProfileKey>, counter: { skipped: number }): Found[] {
  const found: Found[] = [];
  for (const link of links) {
    const href = link.getAttribute('href') ?? '';
    const name = linkName(link);
    if (isAnonymousName(name)) {
      counter.skipped++;
      continue;
    }
    const keys = keysOfLink(href);
    if (keys.length === 0) {
      // a company page, a school, a deleted account's dead link
      if (href && !href.startsWith('#')) counter.skipped++;
      continue;
    }
    if (keys.some((key) => viewer.has(key))) continue;
    const same = found.find((entry) => entry.keys.some((key) => keys.includes(key)));
    if (same) {
      for (const key of keys) if (!same.keys.includes(key)) same.keys.push(key);
      if (!same.name) same.name = name;
    } else found.push({ keys, name });
  }
  return found;
}

function recipientsOfNewMessage(container: Element, viewer: Set<ProfileKey>, counter: { skipped: number }): Found[] {
  const found: Found[] = [];
  for (const element of queryAllWithin(NEW_MESSAGE_RECIPIENTS, container)) {
    const urn = element.getAttribute('data-entity-urn');
    const keys = urn
      ? [keyFromUrn(urn)].filter((key): key is ProfileKey => key !== null)
      : keysOfLink(element.getAttribute('href') ?? '');
    const name = shownText(element);
    if (isAnonymousName(name)) {
      counter.skipped++;
      continue;
    }
    if (keys.length === 0 || keys.some((key) => viewer.has(key))) continue;
    if (!found.some((entry) => entry.keys[0] === keys[0])) found.push({ keys, name });
  }
  return found;
}

/** Who a conversation is with. Never throws on odd markup: unknown parts are simply left out. */
export function resolveConversation(container: Element): ConversationInfo {
  const viewer = viewerKeysIn(container);
  const counter = { skipped: 0 };
  const header = queryWithin(CONVERSATION_HEADER, container);
  const titleElement = queryWithin(HEADER_TITLE, header ?? container);
  const title = titleElement ? shownText(titleElement) : '';
  const headerPeople = collect(queryAllWithin(HEADER_PROFILE_LINKS, header ?? container), viewer, counter);
  const cardPeople = collect(queryAllWithin(PROFILE_CARD_LINKS, container), viewer, { skipped: 0 });
  const authors = collect(queryAllWithin(OTHER_MESSAGE_AUTHOR_LINKS, container), viewer, counter);
  const newRecipients = recipientsOfNewMessage(container, viewer, counter);

  let people: Found[];
  if (headerPeople.length === 1 && authors.length <= 1 && cardPeople.length <= 1) {
    // One-to-one: the card and the other side's messages are the same person, perhaps by member id.
    const person = headerPeople[0]!;
    for (const other of [...cardPeople, ...authors])
      for (const key of other.keys) if (!person.keys.includes(key)) person.keys.push(key);
    people = [person];
  } else if (headerPeople.length > 0) {
    people = [...headerPeople];
    for (const author of authors)
      if (!people.some((p) => p.keys.some((key) => author.keys.includes(key)))) people.push(author);
  } else if (newRecipients.length > 0) {
    people = newRecipients;
  } else if (cardPeople.length === 1 && authors.length <= 1) {
    const person = cardPeople[0]!;
    for (const other of authors) for (const key of other.keys) if (!person.keys.includes(key)) person.keys.push(key);
    people = [person];
  } else {
    people = [...cardPeople];
    for (const author of authors)
      if (!people.some((p) => p.keys.some((key) => author.keys.includes(key)))) people.push(author);
  }
  if (people.length === 0 && isAnonymousName(title)) counter.skipped++;

  const participants = people.map((person) => ({ key: person.keys[0]!, refs: person.keys, name: person.name }));
  const group =
    participants.length > 1 || (headerPeople.length === 0 && /[,،、]/.test(title) && newRecipients.length === 0);
  return { participants, group, title, skipped: counter.skipped };
}

/** The strictest of several levels (a group conversation answers to its most professional member). */
export function strictestLevel(levels: Level[]): Level {
  let strictest: Level = 'unset';
  for (const level of levels) if (LEVEL_STRICTNESS[level] > LEVEL_STRICTNESS[strictest]) strictest = level;
  return strictest;
}
