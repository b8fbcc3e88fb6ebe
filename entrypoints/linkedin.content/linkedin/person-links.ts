/**
 * "Is this link a person's NAME, and whose?" — the one decision behind contact badges (issue 14).
 * A badge belongs beside a name: never beside counts ("128 reactions"), actions ("Send", "Show all"),
 * image-only links, or, on a profile page, the page owner's own links (the panel covers that person).
 * Pure over the link and the page's URL, so it is unit-tested against fixtures.
 */
import { keyFromProfileUrl, type ProfileKey } from '../../../storage/profile-id';
import { visibleText } from './dom';
import { LINK_ACTION_ROLES, LINK_NOT_A_NAME_TEXT } from './selectors/links';

const ACTION_ROLES = LINK_ACTION_ROLES.selectors.join(',');

/**
 * The key of a link that points at a person's profile itself: `/in/<id>` with an optional trailing
 * slash, query, hash or locale suffix (`/in/<id>/en/`, `/in/<id>/pt-br/`), or null for anything else
 * (sub-routes such as `/in/<id>/details/…` or `/overlay/…` are actions, not the person).
 */
export function personLinkKey(href: string): ProfileKey | null {
  if (!href || href.length > 2048) return null;
  const path = href.replace(/^https?:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  if (!/^\/(?:mwlite\/)?in\/[^/]+(?:\/[a-z]{2}(?:[-_][a-z]{2})?)?\/?$/i.test(path)) return null;
  return keyFromProfileUrl(href);
}

/** Whether a link's visible text reads as a person's name rather than a count, an action or nothing. */
export function isNameText(text: string): boolean {
  // "Lesley Marsh • 1st Head of Marketing…": the name is what comes before the degree marker.
  const name = text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/\s[•·]\s?|\s?[•·]\s/)[0]!
    .trim();
  if (!name || !/\p{L}/u.test(name)) return false;
  return !LINK_NOT_A_NAME_TEXT.some((pattern) => pattern.test(name));
}

/** Who the profile page at `pageUrl` is about (its links get no badge), or null off profile pages. */
export function pageOwnerKey(pageUrl: string): ProfileKey | null {
  return keyFromProfileUrl(pageUrl);
}

/**
 * The person a link names and should carry a badge for, or null: the URL shape, then the link's role,
 * then its text, then whether it is the page owner (`owners`: the profile page's keys).
 */
export function badgeTargetOf(
  link: Element,
  key: ProfileKey | null,
  owners: ReadonlySet<ProfileKey>,
): ProfileKey | null {
  if (key === null || owners.has(key)) return null;
  if (link.matches(ACTION_ROLES)) return null;
  return isNameText(visibleText(link)) ? key : null;
}
