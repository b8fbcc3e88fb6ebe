/**
 * Who is this profile page about? Pure over a Document and a URL (no globals), so every markup era
 * can be unit-tested against fixtures. The URL is the truth (LinkedIn's DOM lags behind in-app
 * navigation, or runs ahead of it); the page adds member-id aliases, the name and the headline, but
 * only once it PROVES it shows the URL's person: the top card's own id (its componentkey member id,
 * data-member-id) or its own link to the person (the name link, contact-info, about-this-profile)
 * names the URL's key. The title, a lone photo or a page-wide heading never prove anything: on an
 * in-app navigation they still describe the previous person.
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
  PRONOUNS,
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
  /**
   * Whether the page proves the card is the URL's person (see the file comment). Only a proven identity
   * may be saved (name, headline, aliases) or shown as the person's name; otherwise show the slug.
   */
  proven: boolean;
  /**
   * Aliases that two different elements agree on (e.g. the componentkey and the Message link). Only
   * these may merge two stored people: one element can be stale or lie.
   */
  confirmed: ProfileKey[];
  /** Which strategy found the name, for diagnostics. */
  nameSource: 'top-card' | 'page' | 'photo' | 'none';
}

const MAX_TEXT = 300;

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
}

const DEGREE = /^[·•]|^\d+(st|nd|rd|th|\.|º|e|er)?\+?$/i;

/** Whether a line of the top card is the person's pronouns ("She/Her", "(they/them)", "sie/ihr"). */
export function isPronouns(value: string): boolean {
  return PRONOUNS.test(value.trim());
}

/** The SDUI headline: the first paragraph after the name that is not the degree marker. */
function headlineAfterName(card: Element, nameElement: Element | null): string {
  if (!nameElement) return '';
  for (const p of card.querySelectorAll('p')) {
    if (!(nameElement.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if (p.closest('a, button, [role="button"]')) continue;
    const value = text(p);
    if (!value || DEGREE.test(value) || isPronouns(value)) continue;
    return value;
  }
  return '';
}

/** A key some element of the page claims for the card's person; `element` tells independent claims apart. */
interface Claim {
  key: ProfileKey;
  element: Element;
}

/**
 * Keys that certainly name the card's own person: the Topcard componentkey id, data-member-id, the
 * Message link's profileUrn/recipient, and the link around the name. (Other links in a card can point
 * at other people, e.g. a mutual connection: those must never become aliases, or two people would merge.)
 */
function ownClaims(card: Element, base: string): Claim[] {
  const claims: Claim[] = [];
  const keyed = card.hasAttribute('componentkey') ? card : card.closest(PROFILE_TOP_CARD_KEYED.selectors.join(','));
  const id = TOPCARD_COMPONENTKEY_ID.exec(keyed?.getAttribute('componentkey') ?? '')?.[1];
  if (id && keyed) claims.push({ key: `urn:li:fsd_profile:${id}`, element: keyed });
  const memberId = card.getAttribute('data-member-id');
  if (memberId && /^\d{1,20}$/.test(memberId)) {
    const urn = keyFromUrn(`urn:li:member:${memberId}`);
    if (urn) claims.push({ key: urn, element: card });
  }
  for (const link of card.querySelectorAll(PROFILE_MEMBER_ID_LINKS.selectors[0]!)) {
    for (const key of keysFromQuery(link.getAttribute('href') ?? '', base)) claims.push({ key, element: link });
  }
  const nameLink = queryWithin<Element>(PROFILE_NAME, card)?.closest('a[href]');
  const nameKey = nameLink ? keyFromProfileUrl(nameLink.getAttribute('href') ?? '', base) : null;
  if (nameLink && nameKey) claims.push({ key: nameKey, element: nameLink });
  return claims;
}

function keyKind(key: ProfileKey): 'fsd' | 'member' | 'slug' {
  if (key.startsWith('urn:li:fsd_profile:')) return 'fsd';
  if (key.startsWith('urn:li:member:')) return 'member';
  return 'slug';
}

/** Every profile link in the card: whom the card is about is among them (so may be a mutual connection). */
function linkedClaims(card: Element, base: string): Claim[] {
  const claims: Claim[] = [];
  for (const link of card.querySelectorAll('a[href]')) {
    const key = keyFromProfileUrl(link.getAttribute('href') ?? '', base);
    if (key) claims.push({ key, element: link });
  }
  return claims;
}

/** Member ids from links elsewhere on the page that point at this same person's sub-routes (`/in/<key>/details/…?profileUrn=…`). */
function pageClaims(doc: Document, key: ProfileKey, base: string): Claim[] {
  const claims: Claim[] = [];
  for (const selector of PROFILE_MEMBER_ID_LINKS.selectors) {
    if (selector.includes('/messaging/compose/')) continue; // the compose link may be anyone's outside the card
    for (const link of doc.querySelectorAll(selector)) {
      const href = link.getAttribute('href') ?? '';
      if (keyFromProfileUrl(href, base) !== key) continue;
      for (const alias of keysFromQuery(href, base)) claims.push({ key: alias, element: link });
      if (claims.length >= 12) return claims;
    }
  }
  return claims;
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
  let proven = false;
  const claims: Claim[] = [];
  if (card) {
    const own = ownClaims(card, base);
    const linked = linkedClaims(card, base);
    // The card's own key of the URL's kind decides; without one, any link to the URL's person will do.
    // A card that names someone else is a stale render of the previous profile (DOM lagging the URL).
    const sameKind = own.filter((c) => keyKind(c.key) === keyKind(key));
    if (sameKind.length > 0) matchesUrl = sameKind.every((c) => c.key === key);
    else matchesUrl = own.length + linked.length === 0 || linked.some((c) => c.key === key);
    // Proof: one of the card's own ids, or a link of the card to the URL's person (self link), is the URL's key.
    proven = matchesUrl && (own.some((c) => c.key === key) || linked.some((c) => c.key === key));
    if (proven) {
      claims.push(...own);
      // Self links of the card (contact-info, about-this-profile) back up the name link's slug.
      for (const c of linked) if (own.some((o) => o.key === c.key)) claims.push(c);
    }
  }
  if (proven) claims.push(...pageClaims(doc, key, base));
  // Two different ids of one kind (two member ids) contradict each other: trust neither.
  const byKind = new Map<string, Set<ProfileKey>>();
  for (const { key: k } of claims) {
    if (k === key) continue;
    const kind = keyKind(k);
    byKind.set(kind, (byKind.get(kind) ?? new Set()).add(k));
  }
  const elementsByKey = new Map<ProfileKey, Set<Element>>();
  for (const { key: k, element } of claims) {
    if (k === key || (byKind.get(keyKind(k))?.size ?? 0) > 1) continue;
    elementsByKey.set(k, (elementsByKey.get(k) ?? new Set()).add(element));
  }
  const aliases = [...elementsByKey.keys()];
  const confirmed = aliases.filter((k) => elementsByKey.get(k)!.size >= 2);

  let displayName = '';
  let nameSource: ProfileIdentity['nameSource'] = 'none';
  let headline = '';
  if (card && proven) {
    const nameElement = queryWithin<Element>(PROFILE_NAME, card);
    displayName = text(nameElement);
    if (displayName) nameSource = 'top-card';
    if (!displayName) {
      const photo = queryWithin<HTMLImageElement>(PROFILE_PHOTO, card);
      displayName = (photo?.getAttribute('alt') ?? '').trim().slice(0, MAX_TEXT);
      if (displayName) nameSource = 'photo';
    }
    if (!displayName) {
      const pageName = queryDeep<Element>(PROFILE_NAME_PAGEWIDE, doc);
      displayName = text(pageName);
      if (displayName) nameSource = 'page';
    }
    headline = text(queryWithin<Element>(PROFILE_HEADLINE, card));
    if (!headline || isPronouns(headline)) headline = headlineAfterName(card, nameElement);
    if (headline === displayName) headline = '';
  }

  return {
    key,
    aliases: aliases.slice(0, 20),
    confirmed: confirmed.slice(0, 20),
    displayName,
    headline,
    anchor: card && matchesUrl ? card : null,
    matchesUrl,
    proven,
    nameSource,
  };
}
