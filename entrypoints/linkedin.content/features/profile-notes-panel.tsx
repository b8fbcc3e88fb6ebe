/**
 * On a profile page (`/in/<id>/…`): the Boundaries panel in our own shadow root, right after the
 * profile's top card, or floating at the top right when no top card is found (never nothing).
 *
 * In-app navigation: the feature restarts on every navigation with the navigation's URL. That URL is the
 * truth; LinkedIn's DOM can still show the previous profile, so the panel only anchors to a top card
 * that shows the URL's person. A restart for the same person (a settings change, a sub-route) keeps the
 * panel as it is, so a draft being typed is never lost; a restart for someone else replaces it. There is
 * never more than one panel.
 */
import { createRoot, type Root } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { isDarkPage } from '../../../components/theme';
import { PANEL_CSS, ProfilePanel, type PanelIdentity } from '../../../components/ProfilePanel';
import css from '../../../components/ui.css?inline';
import { request } from '../../../storage/client';
import { keyFromProfileUrl, type ProfileKey } from '../../../storage/profile-id';
import { defineFeature } from '../feature-manager';
import { createOurHost, observePage, type OurHost } from '../linkedin/dom';
import { readProfileIdentity } from '../linkedin/profile-identity';
import { isProfilePage } from '../linkedin/urls';

/** How long to wait for the URL's top card before showing the floating panel. */
export const FLOAT_AFTER_MS = 1500;
const FLOATING_RECHECK_MS = 500;
const ROLE = 'profile-panel';

interface PanelInstance {
  key: ProfileKey;
  ours: OurHost;
  root: Root;
  /** The feature run that currently owns the panel. */
  owner: symbol;
  anchor: Element | null;
  identity: PanelIdentity;
  focusRequest: number;
  collapsed: boolean;
}

let current: PanelInstance | null = null;

function destroy(instance: PanelInstance): void {
  try {
    instance.root.unmount();
  } catch {
    // Already unmounted.
  }
  instance.ours.remove();
  if (current === instance) current = null;
}

function render(instance: PanelInstance): void {
  instance.root.render(
    <ProfilePanel
      key={instance.key}
      identity={instance.identity}
      initialCollapsed={instance.collapsed}
      focusRequest={instance.focusRequest}
      onCollapsedChange={(collapsed) => {
        instance.collapsed = collapsed;
        void request('updateSettings', { patch: { panelCollapsed: collapsed } }).catch(() => {});
      }}
    />,
  );
}

function create(key: ProfileKey, identity: PanelIdentity, owner: symbol, collapsed: boolean): PanelInstance {
  // Exactly one panel: drop any left over (e.g. by a content script orphaned by an extension update).
  for (const stale of document.querySelectorAll(`[data-boundaries="${ROLE}"]`)) stale.remove();
  const ours = createOurHost(ROLE, css + PANEL_CSS);
  ours.mount.classList.toggle('b-dark', isDarkPage(document));
  const root = createRoot(ours.mount);
  const instance: PanelInstance = { key, ours, root, owner, anchor: null, identity, focusRequest: 0, collapsed };
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

/** Puts the panel right after the anchor, or floating when there is none. Touches the DOM only when something changed. */
function place(instance: PanelInstance, anchor: Element | null, mayFloat: boolean): void {
  const { host } = instance.ours;
  if (anchor) {
    if (host.previousElementSibling !== anchor || !host.isConnected) anchor.after(host);
    if (host.getAttribute('data-placement') !== 'anchored') host.setAttribute('data-placement', 'anchored');
    instance.anchor = anchor;
    return;
  }
  const anchoredAndAlive =
    host.isConnected && instance.anchor?.isConnected && host.previousElementSibling === instance.anchor;
  if (anchoredAndAlive && !mayFloat) return;
  if (!host.isConnected || mayFloat) {
    if (host.getAttribute('data-placement') !== 'floating') host.setAttribute('data-placement', 'floating');
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
