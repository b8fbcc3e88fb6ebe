/**
 * Links to people's profiles wherever LinkedIn shows them (feed authors, comments, search results,
 * My Network, messaging lists and headers, hovercards) and the places where a badge must not go.
 * Each chain is ordered most specific first; each entry names the era and surface it was seen on.
 * Tested against fixtures in tests/dom/selectors-profile.test.ts (feed-2026.html lists its traps in
 * #fixture-expectations).
 */
import { chain } from './chain';

/** Every link that may point at a person. Keys come from the href (storage/profile-id), so this stays broad. */
export const PROFILE_LINKS = chain('links.profile', [
  // every era and surface: absolute and relative /in/<id> links (feed-2026 authors, messaging headers, search, My Network)
  'a[href*="/in/"]',
  // mobile-lite era: /mwlite/in/<id>
  'a[href*="/mwlite/in/"]',
]);

/**
 * Containers whose links are never badged, for good: LinkedIn's own navigation and the viewer's own
 * card, social-action headers ("<Name> likes this", whose link is not the author), and the profile's
 * own top card and sticky header (the panel covers that person).
 */
export const LINK_SKIP_CONTAINERS = chain('links.skipContainers', [
  // 2026 SDUI feed: p[data-view-name="feed-header-text"] "<Name> likes this" social header (feed-2026 post 4)
  '[data-view-name="feed-header-text"]',
  // 2024 legacy feed: the "likes this / commented on this" header
  '.update-components-header',
  // 2026 SDUI: the global nav (its Premium upsell links to the viewer)
  '[data-testid="primary-nav"]',
  // 2024 legacy: Ember global nav (Me menu)
  '#global-nav',
  // 2026 SDUI feed: the left-rail identity card of the viewer (feed-2026: aside[aria-label="Profile"])
  'aside[aria-label="Profile"]',
  // 2024 legacy feed: left-rail identity module of the viewer
  '.feed-identity-module',
  // 2024 legacy: the profile page's top card (the panel sits there)
  'section.artdeco-card[data-member-id]',
  // 2026 SDUI: the profile page's top card
  '[componentkey*="com.linkedin.sdui.profile.card"][componentkey$="Topcard"]',
  // 2026 SDUI: the profile page's sticky toolbar copy of the name
  '[data-sdui-screen*="profile.Profile"] [role="toolbar"]',
  // 2024 legacy: the profile page's sticky header copy
  '.pv-profile-sticky-header-v2',
]);

/**
 * Render copies that are not on screen: LinkedIn renders each feed post several times and hides all
 * but one. A link inside one of these is skipped for now and looked at again on the next pass.
 */
export const LINK_HIDDEN_CONTAINERS = chain('links.hiddenContainers', [
  // 2026 SDUI feed: div[aria-hidden="true"][style="display: none"] around the "expanded…FeedType_MAIN_FEED_RELEVANCE" copy
  '[aria-hidden="true"]',
  // 2026 SDUI feed: the duplicate copy's componentkey
  '[componentkey^="expanded"][componentkey*="FeedType_"]',
  // any era: inline display:none wrappers
  '[style*="display: none"]',
  // any era: the same without the space
  '[style*="display:none"]',
  // any era: the hidden attribute
  '[hidden]',
]);

/** The viewer's own profile link (2026: the first /in/ link on the feed is the viewer's card; linkedin-beacon readOwner). */
export const VIEWER_LINK = chain('links.viewer', [
  // 2026 SDUI feed: the left-rail identity card (feed-2026)
  'aside[aria-label="Profile"] a[href*="/in/"]',
  // 2024 legacy feed: identity module link
  '.feed-identity-module a[href*="/in/"]',
  // 2024 legacy: the Me menu's "View profile" link
  '.global-nav__me-content a[href*="/in/"]',
]);

/**
 * Screen-reader-only text inside a link: an avatar link whose only text is "View Lesley's profile" is an
 * image link, and the name link beside it gets the badge.
 */
export const LINK_SCREEN_READER_TEXT = chain('links.screenReaderText', [
  // 2023–2026 Ember (messaging thread avatars: span.a11y-text "View Lesley’s profile")
  '.a11y-text',
  // 2024 legacy: artdeco visually-hidden spans
  '.visually-hidden',
  // any era: the generic sr-only utility class
  '.sr-only',
]);

/**
 * Links that act rather than name someone, by role: LinkedIn gives its action links button, menu and
 * tab roles (2026 SDUI profile activity: "Send" and the reaction count are role-less anchors, so the
 * text patterns below catch those). Fixture: profile-sdui-2026.html (#fixture-expectations in
 * tests/dom/contact-badges.test.ts).
 */
export const LINK_ACTION_ROLES = chain('links.actionRoles', [
  // any era: links styled and announced as buttons ("Message", "Follow", "Connect")
  'a[role="button"]',
  // any era: overflow menus ("More" → "Send profile in a message")
  'a[role="menuitem"]',
  // any era: tab strips ("Posts", "Comments" on /recent-activity/)
  'a[role="tab"]',
]);

/**
 * Visible texts of links to a person that are not their name (issue 14: 33–46 badges beside "128
 * reactions", "7 reposts", "Send", "Show all" on a 2026 profile). Tested in tests/dom/contact-badges.test.ts.
 */
export const LINK_NOT_A_NAME_TEXT: readonly RegExp[] = [
  // counts: "128 reactions", "7 reposts", "1 repost1 repost", "3 comments", "12 mutual connections"
  /^[\d.,\s]+\p{L}*/u,
  // prices in upsells: "Try for $0", "Gratis testen für 0 €"
  /[$€£¥]\s?\d|\d\s?[$€£¥]/u,
  // actions, en/de/fr/es/pt: "Send", "Message", "Show all 12 experiences", "See all activity"
  /^(send|message|connect|follow|following|unfollow|more|show all|see all|show more|see more|view profile|view full profile|try premium|nachricht|senden|vernetzen|folgen|mehr|alle anzeigen|mehr anzeigen|profil anzeigen|envoyer|message|se connecter|suivre|plus|tout afficher|afficher tout|voir tout|voir plus|voir le profil|enviar|mensaje|conectar|seguir|más|mostrar todo|ver todo|ver más|ver perfil|mensagem|exibir tudo|ver tudo|exibir mais)\b/iu,
];
