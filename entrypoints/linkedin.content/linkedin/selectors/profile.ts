/**
 * Profile page selectors (`/in/<id>/`): the top card, the name, the headline and where the member id
 * hides. Each chain is ordered most specific first; each entry names the markup era it was seen in.
 * Eras: "2026 SDUI" = React server-driven UI with hashed classes (fixture profile-sdui-2026.html);
 * "2025 legacy-hashed" = Ember with obfuscated classes and no `pv-top-card` (fixture
 * boundaries/profile-legacy-hashed-2025.html); "2024 legacy" = Ember (fixture profile-legacy-2024.html).
 * Tested against fixtures in tests/dom/selectors-profile.test.ts.
 */
import { chain } from './chain';

/** The profile's top card: name, headline, actions. The panel is placed right after it. */
export const PROFILE_TOP_CARD = chain('profile.topCard', [
  // 2026 SDUI: section[componentkey="com.linkedin.sdui.profile.card.ref<ACoAA…>Topcard"]
  'section[componentkey^="com.linkedin.sdui.profile.card.ref"][componentkey$="Topcard"]',
  // 2026 SDUI, looser (OpenOutreach nav.py): any element keyed as the profile Topcard card
  '[componentkey*="com.linkedin.sdui.profile.card"][componentkey$="Topcard"]',
  // 2024 legacy: section.artdeco-card[data-member-id] (and 2025 legacy-hashed, which keeps data-member-id)
  'section.artdeco-card[data-member-id]',
  // 2024 legacy, any section carrying the numeric member id
  'section[data-member-id]',
  // ≤2023 legacy: the card wrapping div.pv-top-card (InNotes 2023, OpenOutreach TOP_CARD_SELECTORS)
  'section.artdeco-card:has(> div.pv-top-card)',
  // 2025 legacy-hashed: the card holding the "about this profile" name link (linkedin-spider raw.html 2025)
  'section.artdeco-card:has(a[href*="/overlay/about-this-profile/"] h1)',
  // 2025 legacy-hashed, without the about link: the first card in #profile-content holding an h1 (InNotes 2025-02)
  '#profile-content section.artdeco-card:has(h1)',
  // ≤2023 legacy: bare .pv-top-card
  '.pv-top-card',
]);

/** The person's name inside the top card. */
export const PROFILE_NAME = chain('profile.name', [
  // 2026 SDUI: <h2> (hashed classes) inside the top card's a[href="…/in/<slug>/"]
  'a[href*="/in/"] h2',
  // 2024 legacy: h1.text-heading-xlarge (scoutr fixture 2024)
  'h1.text-heading-xlarge',
  // 2025 legacy-hashed: the h1 inside the about-this-profile link (linkedin-spider raw.html 2025)
  'a[href*="/overlay/about-this-profile/"] h1',
  // 2024–2025 legacy: h1 with the t-24 utility class (ConnectNotes)
  'h1[class*="t-24"]',
  // any era: the only heading level 1 in the card
  'h1',
  // 2026 SDUI without the profile link: any h2 in the card
  'h2',
]);

/** Outside the top card, page-wide fallbacks for the name (used when no top card is found). */
export const PROFILE_NAME_PAGEWIDE = chain('profile.namePagewide', [
  // 2025 legacy-hashed / 2024 legacy: the about-this-profile link's h1 anywhere on the page
  'main a[href*="/overlay/about-this-profile/"] h1',
  // 2024 legacy: h1.text-heading-xlarge anywhere in main
  'main h1.text-heading-xlarge',
]);

/** The headline inside the top card. */
export const PROFILE_HEADLINE = chain('profile.headline', [
  // 2024 legacy and 2025 legacy-hashed: div.text-body-medium.break-words (ConnectNotes; scoutr, linkedin-spider fixtures)
  '.text-body-medium.break-words',
  // 2024 legacy: the suggestion-target attribute on the headline div
  '[data-generated-suggestion-target*="profileActionDelegate"]',
  // 2026 SDUI: the first <p> after the block holding the name popover trigger (the degree "· 1st" sits inside that block)
  'div:has(> [aria-haspopup] h2) + p',
]);

/** The top card's profile photo, whose alt text is the name in the 2024 legacy era. */
export const PROFILE_PHOTO = chain('profile.photo', [
  // 2024 legacy: img.pv-top-card-profile-picture__image--show[alt="<Name>"]
  'img.pv-top-card-profile-picture__image--show[alt]',
  // 2024–2025 legacy: any pv-top-card-profile-picture image
  'img[class*="pv-top-card-profile-picture"][alt]',
  // 2024 legacy (Briskine): the 200×200 photo
  'img[width="200"][height="200"][alt]',
]);

/** Links in the top card that reveal the member id in their query (`profileUrn=…`, `recipient=…`). */
export const PROFILE_MEMBER_ID_LINKS = chain('profile.memberIdLinks', [
  // 2026 SDUI and 2024 legacy: the Message link /messaging/compose/?profileUrn=urn:li:fsd_profile:…&recipient=…
  'a[href*="/messaging/compose/"][href*="profileUrn="]',
  // 2024 legacy: sub-route links /in/<slug>/details/…?profileUrn=urn%3Ali%3Afsd_profile%3A…
  'a[href*="/in/"][href*="profileUrn="]',
  // ≤2024 legacy: miniProfileUrn on links to the person
  'a[href*="/in/"][href*="miniProfileUrn="]',
]);

/** The profile's own sticky header / toolbar (a second copy of the name and Message link): no badges there. */
export const PROFILE_STICKY_HEADER = chain('profile.stickyHeader', [
  // 2026 SDUI: div[data-sdui-screen$="profile.Profile"] [role="toolbar"] with the name link and Message
  '[data-sdui-screen*="profile.Profile"] [role="toolbar"]',
  // 2024 legacy: section.pv-profile-sticky-header-v2 (the sticky copy of the top card)
  '.pv-profile-sticky-header-v2',
  // 2024 legacy: scaffold toolbar wrapper of the sticky header
  '.scaffold-layout-toolbar',
]);

/** `componentkey="com.linkedin.sdui.profile.card.ref<ACoAA…>Topcard"` (2026 SDUI) → the member id. */
export const TOPCARD_COMPONENTKEY_ID = /profile\.card\.ref(AC[a-zA-Z]AA[\w-]{10,80})Topcard/;

/** The SDUI top card's own keyed container, whose componentkey embeds the member id. */
export const PROFILE_TOP_CARD_KEYED = chain('profile.topCardKeyed', [
  // 2026 SDUI: componentkey="com.linkedin.sdui.profile.card.ref<ACoAA…>Topcard"
  '[componentkey$="Topcard"]',
]);

/**
 * Pronouns shown under the name on 2026 profiles ("She/Her", "(they/them)", "sie/ihr", "il/lui"): known
 * pronoun words joined by slashes (a list, so "CEO/CTO" stays a headline). Not a headline (issue 14:
 * "She/Her" was stored as one).
 */
const PRONOUN =
  '(?:she|her|hers|he|him|his|they|them|their|theirs|ze|zir|xe|xem|sie|ihr|er|ihm|ihn|il|lui|elle|ella|él|el|ele|ela|dela|dele|iel|any|all)';
export const PRONOUNS = new RegExp(`^\\(?\\s*${PRONOUN}(\\s*/\\s*${PRONOUN}){1,2}\\s*\\)?$`, 'iu');
