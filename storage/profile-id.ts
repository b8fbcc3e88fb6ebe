/**
 * Profile references: everything LinkedIn uses to point at a person, reduced to stable keys.
 *
 * Key forms (a contact keeps every one it has been seen under as an alias):
 * - vanity slug from `/in/<slug>/`: lower-cased, percent-decoded once, e.g. `josé-garcía-demo`;
 * - member id `ACoAA…` (from `/in/ACoAA…/` or `urn:li:fsd_profile:ACoAA…`): `urn:li:fsd_profile:ACoAA…`,
 *   case preserved because these ids are case-sensitive;
 * - numeric member id: `urn:li:member:<digits>`.
 * Pure functions: no DOM, no browser APIs.
 */

export type ProfileKey = string;

const MEMBER_ID = /^AC[a-zA-Z]AA[\w-]{10,80}$/;
const FSD_URN = /^urn:li:(?:fsd_profile|fs_miniProfile|fs_profile|fsd_miniProfile):(AC[a-zA-Z]AA[\w-]{10,80})$/;
const MEMBER_URN = /^urn:li:member:(\d{1,20})$/;
// Letters and marks of any script, digits, hyphen, underscore: what LinkedIn allows in a vanity URL.
const SLUG = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}_-]{1,99}$/u;
// LinkedIn's own routes, and the names of Object.prototype's properties (`constructor`, `__proto__`,
// `tostring`…): a key is used as a property name in answers and backups, so none may ever be one.
const RESERVED_SLUGS = new Set([
  'me',
  'edit',
  'unavailable',
  'prototype',
  ...Object.getOwnPropertyNames(Object.prototype).map((name) => name.toLowerCase()),
]);

export const MAX_REF_LENGTH = 2048;

function decodeOnce(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

function fromMemberId(id: string): ProfileKey {
  return `urn:li:fsd_profile:${id}`;
}

/** A single `/in/<segment>` path segment (already split from the path) to a key. */
function fromInSegment(rawSegment: string): ProfileKey | null {
  const decoded = decodeOnce(rawSegment);
  if (decoded === null) return null;
  const segment = decoded.trim();
  if (MEMBER_ID.test(segment)) return fromMemberId(segment);
  const slug = segment.normalize('NFC').toLowerCase();
  if (!SLUG.test(slug) || RESERVED_SLUGS.has(slug)) return null;
  return slug;
}

/** Parses a URN (`urn:li:fsd_profile:ACoAA…`, `urn:li:member:123`) to a key. */
export function keyFromUrn(urn: string): ProfileKey | null {
  const trimmed = urn.trim();
  const fsd = FSD_URN.exec(trimmed);
  if (fsd) return fromMemberId(fsd[1]!);
  const member = MEMBER_URN.exec(trimmed);
  if (member) return `urn:li:member:${member[1]}`;
  return null;
}

function isLinkedInHost(host: string): boolean {
  return host === 'linkedin.com' || host.endsWith('.linkedin.com');
}

/**
 * A profile link (absolute or relative) to its key, or null if it is not a link to a person's profile.
 * Folds country subdomains, `m.`, `/mwlite/`, trailing slashes, queries, hashes and sub-routes.
 */
export function keyFromProfileUrl(href: string, base = 'https://www.linkedin.com/'): ProfileKey | null {
  if (!href || href.length > MAX_REF_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(href.trim(), base);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(url.protocol) || !isLinkedInHost(url.hostname)) return null;
  const segments = url.pathname.split('/').filter(Boolean);
  let index = 0;
  if (segments[index] === 'mwlite') index++;
  if (segments[index] !== 'in' || segments.length <= index + 1) return null;
  return fromInSegment(segments[index + 1]!);
}

/**
 * Anything a caller may hold (a key, a bare slug or member id, a URN, a profile URL) to a key.
 * Storage requests accept any of these; ids with whitespace inside, `..`, `/` or bad encoding are rejected.
 */
export function normalizeProfileRef(ref: string): ProfileKey | null {
  if (typeof ref !== 'string' || ref.length === 0 || ref.length > MAX_REF_LENGTH) return null;
  const trimmed = ref.trim();
  if (trimmed.startsWith('urn:')) return keyFromUrn(trimmed);
  if (/^(https?:)?\/\//i.test(trimmed) || trimmed.startsWith('/')) return keyFromProfileUrl(trimmed);
  if (/^[\w.-]*linkedin\.com\//i.test(trimmed)) return keyFromProfileUrl(`https://${trimmed}`);
  if (/[\s/?#]/.test(trimmed)) return null;
  return fromInSegment(trimmed);
}

/** Every profile key a URL's query reveals (`profileUrn=`, `miniProfileUrn=`, `recipient=`). */
export function keysFromQuery(href: string, base = 'https://www.linkedin.com/'): ProfileKey[] {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return [];
  }
  const keys: ProfileKey[] = [];
  for (const name of ['profileUrn', 'miniProfileUrn', 'recipient']) {
    const value = url.searchParams.get(name);
    if (!value) continue;
    const key = MEMBER_ID.test(value) ? fromMemberId(value) : keyFromUrn(value);
    if (key && !keys.includes(key)) keys.push(key);
  }
  return keys;
}

export function isMemberKey(key: ProfileKey): boolean {
  return key.startsWith('urn:li:');
}

/** The `/in/…/` URL a key stands for (member-id keys map to `/in/ACoAA…/`, which LinkedIn redirects). */
export function profileUrlOf(key: ProfileKey): string | null {
  if (key.startsWith('urn:li:fsd_profile:')) return `https://www.linkedin.com/in/${key.slice(19)}/`;
  if (isMemberKey(key)) return null;
  return `https://www.linkedin.com/in/${encodeURIComponent(key)}/`;
}
