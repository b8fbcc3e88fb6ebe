/**
 * On a profile page (`/in/<id>/…`): the Boundaries panel, right after the profile's top card, or
 * floating at the top right when no top card is found (never nothing). The panel itself (level, notes,
 * tags, everything typed) is our extension-origin frame (frame.html, issue 15) inside a closed shadow
 * root; this feature only places it and tells it who the profile is.
 *
 * In-app navigation: the feature restarts on every navigation with the navigation's URL. That URL is the
 * truth; LinkedIn's DOM can still show the previous profile, so the panel only anchors to a top card
 * that shows the URL's person. A restart for the same person (a settings change, a sub-route) keeps the
 * panel as it is, so a draft being typed is never lost; a restart for someone else replaces it. There is
 * never more than one panel.
 */
import { browser } from 'wxt/browser';
import { isDarkPage } from '../../../components/theme';
import type { PanelIdentity } from '../../../components/ProfilePanel';
import { keyFromProfileUrl, type ProfileKey } from '../../../storage/profile-id';
import { defineFeature } from '../feature-manager';
import { createOurHost, E2E_BUILD, observePage, type OurHost } from '../linkedin/dom';
import { createFrame, type OurFrame } from '../linkedin/frame-host';
import { readProfileIdentity } from '../linkedin/profile-identity';
import { isProfilePage } from '../linkedin/urls';

/** How long to wait for the URL's top card before showing the floating panel. */
export const FLOAT_AFTER_MS = 1500;
const FLOATING_RECHECK_MS = 500;
const ROLE = 'profile-panel';

interface PanelInstance {
  key: ProfileKey;
  ours: OurHost;
  /** The panel itself: our extension-origin frame (issue 15). */
  frame: OurFrame;
  /** The feature run that currently owns the panel. */
  owner: symbol;
  anchor: Element | null;
  identity: PanelIdentity;
  focusRequest: number;
  collapsed: boolean;
  placement: 'anchored' | 'floating' | null;
}

let current: PanelInstance | null = null;

/** The frame's two heights (px), chosen by the user's Show/Hide, never by what is stored. */
const PANEL_HEIGHTS: Record<string, number> = { collapsed: 58, expanded: 480 };
const HOST_CSS = ':host { display: block; margin: 8px 0; } .boundaries-root { display: block; }';

function destroy(instance: PanelInstance): void {
  instance.frame.destroy();
  instance.ours.remove();
  if (current === instance) current = null;
}

function render(instance: PanelInstance): void {
  instance.frame.send({
    type: 'props',
    props: {
      identity: instance.identity,
      collapsed: instance.collapsed,
      focusRequest: instance.focusRequest,
      dark: isDarkPage(document),
    },
  });
}

function create(key: ProfileKey, identity: PanelIdentity, owner: symbol, collapsed: boolean): PanelInstance {
  const ours = createOurHost(ROLE, HOST_CSS);
  const frame = createFrame(
    'panel',
    ours.mount,
    `border:0;display:block;width:100%;height:${PANEL_HEIGHTS[collapsed ? 'collapsed' : 'expanded']}px;background:transparent;color-scheme:normal`,
    (report) => {
      const height = PANEL_HEIGHTS[report.mode];
      if (height === undefined) return;
      instance.collapsed = report.mode === 'collapsed';
      frame.iframe.style.height = `${height}px`;
    },
  );
  const instance: PanelInstance = {
    key,
    ours,
    frame,
    owner,
    anchor: null,
    identity,
    focusRequest: 0,
    collapsed,
    placement: null,
  };
  render(instance);
  return instance;
}

function sameIdentity(a: PanelIdentity, b: PanelIdentity): boolean {
  return (
    a.key === b.key &&
    a.proven === b.proven &&
    a.displayName === b.displayName &&
    a.headline === b.headline &&
    a.aliases.join() === b.aliases.join() &&
    a.confirmed.join() === b.confirmed.join()
  );
}

/** Floating: fixed at the top right. Set as inline style (production hosts carry no attribute of ours). */
const FLOATING_STYLE =
  'display:block;position:fixed;top:72px;right:16px;width:340px;max-height:calc(100vh - 96px);overflow:auto;z-index:2147483000;margin:0;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.2)';

function setPlacement(instance: PanelInstance, placement: 'anchored' | 'floating'): void {
  if (instance.placement === placement) return;
  instance.placement = placement;
  const { host } = instance.ours;
  if (placement === 'floating') host.style.cssText = FLOATING_STYLE;
  else host.removeAttribute('style');
  // The automation build says where the panel is, for tests.
  if (E2E_BUILD) host.setAttribute('data-placement', placement);
}

/** Puts the panel right after the anchor, or floating when there is none. Touches the DOM only when something changed. */
function place(instance: PanelInstance, anchor: Element | null, mayFloat: boolean): void {
  const { host } = instance.ours;
  if (anchor) {
    if (host.previousElementSibling !== anchor || !host.isConnected) anchor.after(host);
    setPlacement(instance, 'anchored');
    instance.anchor = anchor;
    return;
  }
  const anchoredAndAlive =
    host.isConnected && instance.anchor?.isConnected && host.previousElementSibling === instance.anchor;
  if (anchoredAndAlive && !mayFloat) return;
  if (!host.isConnected || mayFloat) {
    setPlacement(instance, 'floating');
    if (host.parentElement !== document.body) document.body.append(host);
    instance.anchor = null;
  }
}

export default defineFeature({
  id: 'profile-notes-panel',
  include: [isProfilePage],
  setting: 'profilePanel',
  restartOnNavigation: true,
  init({ signal, url, settings, ctx }) {
    const key = keyFromProfileUrl(url.href);
    if (!key) return;
    const owner = Symbol(key);
    let instance: PanelInstance | null = null;
    if (current && current.key === key && current.ours.host.isConnected) {
      instance = current;
      instance.owner = owner;
    } else if (current) {
      destroy(current);
    }

    let mayFloat = false;
    let lastFloatingCheck = 0;
    let trailing: number | undefined;
    const update = () => {
      if (signal.aborted) return;
      // Fast path: anchored next to a live top card of this person; nothing to do.
      if (
        instance &&
        instance.anchor?.isConnected &&
        instance.ours.host.isConnected &&
        instance.ours.host.previousElementSibling === instance.anchor
      )
        return;
      // Floating: look for a top card at most twice a second (a busy page mutates every frame), with a trailing check.
      if (instance && !instance.anchor && instance.ours.host.isConnected) {
        const wait = FLOATING_RECHECK_MS - (performance.now() - lastFloatingCheck);
        if (wait > 0) {
          if (trailing === undefined) trailing = ctx.setTimeout(() => ((trailing = undefined), safeUpdate()), wait);
          return;
        }
        lastFloatingCheck = performance.now();
      }
      const found = readProfileIdentity(document, url);
      if (!found) return;
      const anchor = found.anchor;
      if (!anchor && !mayFloat && !instance) return; // wait for the top card (or the float timeout)
      // Unproven (the DOM may still show the previous person, or already the next): the key alone.
      const identity: PanelIdentity = found.proven
        ? {
            key: found.key,
            aliases: found.aliases,
            confirmed: found.confirmed,
            displayName: found.displayName,
            headline: found.headline,
            proven: true,
          }
        : { key: found.key, aliases: [], confirmed: [], displayName: '', headline: '', proven: false };
      if (!instance) {
        instance = create(key, identity, owner, settings.panelCollapsed);
        current = instance;
      } else if (!sameIdentity(instance.identity, identity) && (identity.proven || !instance.identity.proven)) {
        instance.identity = identity;
        render(instance);
      }
      place(instance, anchor, mayFloat && !anchor);
    };

    const safeUpdate = () => {
      try {
        update();
      } catch (error) {
        console.debug('[Boundaries] profile panel placement failed', error);
      }
    };
    const timer = ctx.setTimeout(() => {
      mayFloat = true;
      safeUpdate();
    }, FLOAT_AFTER_MS);
    observePage(update, signal);

    // The extension command (Alt+Shift+N by default), relayed by the background to this tab.
    const onMessage = (message: unknown) => {
      const command = message as { boundaries?: unknown; name?: unknown } | null;
      if (command?.boundaries !== 'command' || command.name !== 'focus-note' || !instance || signal.aborted) return;
      instance.focusRequest += 1;
      instance.collapsed = false;
      // Keyboard focus goes into our frame first; the frame then puts it in its note box.
      instance.frame.focus();
      render(instance);
    };
    browser.runtime.onMessage.addListener(onMessage);

    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        clearTimeout(trailing);
        browser.runtime.onMessage.removeListener(onMessage);
        // A restart for the same person adopts the panel synchronously; otherwise it goes right after.
        const mine = instance;
        setTimeout(() => {
          if (mine && mine.owner === owner && current === mine) destroy(mine);
          else if (mine && mine !== current) destroy(mine);
        }, 0);
      },
      { once: true },
    );
  },
});

/* Test URLs / fixtures:
   https://www.linkedin.com/in/lesley-marsh-demo/      tests/fixtures/linkedin/profile-sdui-2026.html
   https://www.linkedin.com/in/mateo-lindqvist-demo/   tests/fixtures/linkedin/profile-legacy-2024.html
   https://www.linkedin.com/in/aiko-bergstr%C3%B6m-demo/ tests/fixtures/boundaries/profile-legacy-hashed-2025.html
   https://www.linkedin.com/in/juergen-weiss-demo/     tests/fixtures/boundaries/profile-sdui-2026-de.html
   https://www.linkedin.com/in/nora-quint-demo/        tests/fixtures/boundaries/profile-no-anchors.html (floating panel)
*/
