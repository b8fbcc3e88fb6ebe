/**
 * URL predicates: which kind of LinkedIn page is this? Each is tested positively on its own URLs and
 * negatively on every other predicate's URLs (tests/unit/urls.test.ts).
 */
import { keyFromProfileUrl } from '../../../storage/profile-id';

export type UrlPredicate = (url: URL) => boolean;

function path(url: URL): string {
  return url.pathname.replace(/^\/mwlite(?=\/)/, '');
}

export const isLinkedIn: UrlPredicate = (url) =>
  url.hostname === 'linkedin.com' || url.hostname.endsWith('.linkedin.com');

/** `/in/<id>/` and its sub-routes (`/details/…`, `/overlay/…`, `/recent-activity/…`). */
export const isProfilePage: UrlPredicate = (url) => isLinkedIn(url) && keyFromProfileUrl(url.href) !== null;

export const isMessagingPage: UrlPredicate = (url) => isLinkedIn(url) && /^\/messaging(\/|$)/.test(path(url));

export const isFeedPage: UrlPredicate = (url) => isLinkedIn(url) && /^\/(feed|preload)(\/|$)/.test(path(url));

export const isSearchPage: UrlPredicate = (url) => isLinkedIn(url) && /^\/search\/results\//.test(path(url));

export const isMyNetworkPage: UrlPredicate = (url) => isLinkedIn(url) && /^\/mynetwork(\/|$)/.test(path(url));

/** Every LinkedIn page: overlay chat bubbles, links to people and the share box can appear anywhere. */
export const isAnyLinkedInPage: UrlPredicate = isLinkedIn;
