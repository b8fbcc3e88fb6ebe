/**
 * Where our UI is, for the scenarios both browsers run: one helper per piece of injected UI, so when a
 * piece moves (into an extension-origin frame, say) only its helper changes. Each returns a surface
 * scoped to that piece; the scenarios then find controls by role and accessible name inside it.
 */
import { css, type Surface, type Tab, type Target } from './driver';

export const host = (name: string): Target => css(`[data-boundaries="${name}"]`);

/**
 * The profile panel on a profile page. Issue 15 moved it from the host's shadow root into our
 * extension-origin frame (frame.html) inside that host: the surface is the frame's document.
 */
export function panel(tab: Tab): Surface {
  return tab.frameIn(host('profile-panel'));
}

/**
 * The composer badge (level and notes) beside a message form, inside `scope` (a bubble) if given. Issue
 * 15 moved its contents into our extension-origin frame inside the host: the surface is the frame.
 */
export function composerBadge(tab: Tab, scope?: Target): Surface {
  const badge = { ...host('composer-badge'), ...(scope ? { within: scope } : {}) };
  return tab.frameIn(badge);
}

/** The badges' tooltip (name, level, latest note): our extension-origin frame, one per page (issue 15). */
export function badgeTip(tab: Tab): Surface {
  return tab.frameIn(host('badge-tip'));
}

/**
 * The send check ("Send as is?", "Edit" / "Send anyway"). Issue 15 moved the question into our
 * extension-origin frame inside the host; the host keeps a native <dialog> in the page, open while we
 * ask (SEND_CHECK_OPEN). The surface is the question inside the frame.
 */
export function sendCheck(tab: Tab): Surface {
  return tab.frameIn(host('send-check')).within(css('[role="dialog"]'));
}
/** Present while the send check asks (the frame stays loaded, closed, between questions). */
export const SEND_CHECK_OPEN: Target = css('dialog[open]', { within: host('send-check') });

/** The share box's live hint ("Reads personal: …"): its line is in our frame inside the host (issue 15). */
export function postHint(tab: Tab): Surface {
  return tab.frameIn(host('post-hint'));
}

/** The post nudge ("This post reads personal", "Edit post" / "Post anyway"): as the send check, in its frame. */
export function postNudge(tab: Tab): Surface {
  return tab.frameIn(host('post-nudge')).within(css('[role="dialog"]'));
}
/** Present while the post nudge asks. */
export const POST_NUDGE_OPEN: Target = css('dialog[open]', { within: host('post-nudge') });

/** Badges next to people's names (feed, lists). */
export const BADGE = host('contact-badge');

/** LinkedIn's overlay conversation bubble with one person (the fixture names its recipient). */
export function bubble(name: string): Target {
  return css(`.msg-overlay-conversation-bubble[data-fixture-recipient-name="${name}"]`);
}

/** LinkedIn's message editor, inside `scope` if given. */
export function messageEditor(scope?: Target): Target {
  return css('.msg-form__contenteditable[contenteditable="true"]', scope ? { within: scope } : {});
}

/** How many times the fixture's LinkedIn stand-in really sent a message / published a post. */
export async function sentCount(tab: Tab): Promise<number> {
  return Number((await tab.attribute(css('#fixture-sent'), 'data-count')) ?? 0);
}
export async function postedCount(tab: Tab): Promise<number> {
  return Number((await tab.attribute(css('#fixture-posted'), 'data-count')) ?? 0);
}
