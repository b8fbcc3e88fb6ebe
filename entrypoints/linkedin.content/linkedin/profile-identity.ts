/**
 * Who is this profile page about? Pure over a Document and a URL (no globals), so every markup era
 * can be unit-tested against fixtures. The URL is the truth (LinkedIn's DOM lags behind in-app
 * navigation); the page adds member-id aliases, the name and the headline.
 */
import { keyFromProfileUrl, keyFromUrn, keysFromQuery, type ProfileKey } from '../../../storage/profile-id';
import { queryWithin, queryDeep } from './dom';
import {
  PROFILE_HEADLINE,
  PROFILE_MEMBER_ID_LINKS,
  PROFILE_NAME,
  PROFILE_NAME_PAGEWIDE,
  PROFILE_PHOTO,
  PROFILE_TOP_CARD,
  PROFILE_TOP_CARD_KEYED,
  TOPCARD_COMPONENTKEY_ID,
} from './selectors/profile';

export interface ProfileIdentity {
  /** The key from the URL (`/in/<id>/`). */
  key: ProfileKey;
  /** Other keys the page reveals for the same person (member id, numeric member URN, the slug on `/in/ACoAA…/` URLs). */
  aliases: ProfileKey[];
  displayName: string;
  headline: string;
  /** The top card to place the panel after, or null (then the panel floats). */
  anchor: Element | null;
  /**
   * Whether the top card shows the URL's person. False when the card plainly belongs to someone else
   * (the DOM still shows the previous profile after an in-app navigation): do not render into it yet.
   */
  matchesUrl: boolean;
  /** Which strategy found the name, for diagnostics. */
  nameSource: 'top-card' | 'page' | 'photo' | 'title' | 'none';
}

const MAX_TEXT = 300;

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
}

/** `(3) Lesley Marsh | LinkedIn` → `Lesley Marsh`. Returns '' for titles that name no one. */
export function nameFromTitle(title: string): string {
  let name = title.replace(/\s+/g, ' ').trim();
  name = name.replace(/^\(\d+\+?\)\s*/, '');
  const bar = name.lastIndexOf('|');
  if (bar >= 0) name = name.slice(0, bar).trim();
  // Some locales and sub-routes use " - " / " – " before LinkedIn, or a section name after the bar.
  name = name.replace(/\s+[-–—]\s+LinkedIn$/i, '').trim();
  if (/^linkedin$/i.test(name)) return '';
  return name.slice(0, MAX_TEXT);
}

const DEGREE = /^[·•]|^\d+(st|nd|rd|th|\.|º|e|er)?\+?$/i;

/** The SDUI headline: the first paragraph after the name that is not the degree marker. */
function headlineAfterName(card: Element, nameElement: Element | null): string {
  if (!nameElement) return '';
  for (const p of card.querySelectorAll('p')) {
    if (!(nameElement.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if (p.closest('a, button, [role="button"]')) continue;
    const value = text(p);
    if (!value || DEGREE.test(value)) continue;
    return value;
  }
  return '';
}

/**
 * Keys that certainly name the card's own person: the Topcard componentkey id, data-member-id, the
 * Message link's profileUrn/recipient, and the link around the name. (Other links in a card can point
 * at other people, e.g. a mutual connection: those must never become aliases, or two people would merge.)
 */
function ownKeys(card: Element, base: string): ProfileKey[] {
  const keys = new Set<ProfileKey>();
  const componentKey = card.getAttribute('componentkey') ?? card.closest(PROFILE_TOP_CARD_KEYED.selectors.join(','))?.getAttribute('componentkey') ?? '';
  const id = TOPCARD_COMPONENTKEY_ID.exec(componentKey)?.[1];
  if (id) keys.add(`urn:li:fsd_profile:${id}`);
  const memberId = card.getAttribute('data-member-id');
  if (memberId && /^\d{1,20}$/.test(memberId)) {
    const urn = keyFromUrn(`urn:li:member:${memberId}`);
    if (urn) keys.add(urn);
  }
  for (const link of card.querySelectorAll(PROFILE_MEMBER_ID_LINKS.selectors[0]!)) {
    for (const key of keysFromQuery(link.getAttribute('href') ?? '', base)) keys.add(key);
  }
  const nameLink = queryWithin<Element>(PROFILE_NAME, card)?.closest('a[href]');
  const nameKey = nameLink ? keyFromProfileUrl(nameLink.getAttribute('href') ?? '', base) : null;
  if (nameKey) keys.add(nameKey);
  return [...keys];
}

function keyKind(key: ProfileKey): 'fsd' | 'member' | 'slug' {
  if (key.startsWith('urn:li:fsd_profile:')) return 'fsd';
  if (key.startsWith('urn:li:member:')) return 'member';
  return 'slug';
}

/** Every profile key linked from the card: whom the card is about is among them. */
function linkedKeys(card: Element, base: string): ProfileKey[] {
  const keys = new Set<ProfileKey>();
  for (const link of card.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    const key = keyFromProfileUrl(href, base);
    if (key) keys.add(key);
  }
  return [...keys];
}

/** Member ids from links elsewhere on the page that point at this same person's sub-routes (`/in/<key>/details/…?profileUrn=…`). */
function pageAliases(doc: Document, key: ProfileKey, base: string): ProfileKey[] {
  const keys = new Set<ProfileKey>();
  for (const selector of PROFILE_MEMBER_ID_LINKS.selectors) {
    for (const link of doc.querySelectorAll(selector)) {
      const href = link.getAttribute('href') ?? '';
      if (selector.includes('/messaging/compose/')) continue; // the compose link may be anyone's outside the card
      if (keyFromProfileUrl(href, base) !== key) continue;
      for (const alias of keysFromQuery(href, base)) keys.add(alias);
      if (keys.size >= 3) return [...keys];
    }
  }
  return [...keys];
}

/**
 * Reads the profile at `url` from `doc`. Returns null when `url` is not a profile page. Never throws
 * on odd markup: missing parts come back empty.
 */
export function readProfileIdentity(doc: Document, url: URL | string): ProfileIdentity | null {
  const href = typeof url === 'string' ? url : url.href;
  const key = keyFromProfileUrl(href);
  if (!key) return null;
  const base = 'https://www.linkedin.com/';

  const card = queryDeep<Element>(PROFILE_TOP_CARD, doc);
  let matchesUrl = true;
  const aliases = new Set<ProfileKey>();
  if (card) {
    const own = ownKeys(card, base);
    // The card's own key of the URL's kind decides; without one, any link to the URL's person will do.
    // A card that names someone else is a stale render of the previous profile (DOM lagging the URL).
    const sameKind = own.filter((k) => keyKind(k) === keyKind(key));
    if (sameKind.length > 0) matchesUrl = sameKind.includes(key);
    else {
      const all = [...own, ...linkedKeys(card, base)];
      matchesUrl = all.length === 0 || all.includes(key);
    }
    if (matchesUrl) for (const k of own) aliases.add(k);
  }
  if (matchesUrl) for (const alias of pageAliases(doc, key, base)) aliases.add(alias);
  aliases.delete(key);

  let displayName = '';
  let nameSource: ProfileIdentity['nameSource'] = 'none';
  let nameElement: Element | null = null;
  if (card && matchesUrl) {
    nameElement = queryWithin<Element>(PROFILE_NAME, card);
    displayName = text(nameElement);
    if (displayName) nameSource = 'top-card';
    if (!displayName) {
      const photo = queryWithin<HTMLImageElement>(PROFILE_PHOTO, card);
      displayName = (photo?.getAttribute('alt') ?? '').trim().slice(0, MAX_TEXT);
      if (displayName) nameSource = 'photo';
    }
  }
  if (!displayName && matchesUrl) {
    const pageName = queryDeep<Element>(PROFILE_NAME_PAGEWIDE, doc);
    displayName = text(pageName);
    if (displayName) nameSource = 'page';
  }
  if (!displayName) {
    displayName = nameFromTitle(doc.title ?? '');
    if (displayName) nameSource = 'title';
  }

  let headline = '';
  if (card && matchesUrl) {
    headline = text(queryWithin<Element>(PROFILE_HEADLINE, card));
    if (!headline) headline = headlineAfterName(card, nameElement);
    if (headline === displayName) headline = '';
  }

  return {
    key,
    aliases: [...aliases].slice(0, 20),
    displayName,
    headline,
    anchor: card && matchesUrl ? card : null,
    matchesUrl,
    nameSource,
  };
}
