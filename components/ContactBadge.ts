/**
 * The contact badge shown next to links to saved people: a level dot and a short label; hovering or
 * focusing it shows the latest note (as text) in a tooltip. Every badge has the same size whatever the
 * level, and the label is CSS-generated content, never a text node (issue 15: a page script measuring
 * badges or searching the page with window.find must not learn levels). Plain DOM rather than React: a page can
 * hold hundreds of badges and each must cost next to nothing.
 */
import { LEVEL_LABELS, type ContactView } from '../storage/model';

export const BADGE_CSS = `
:host { display: inline-flex !important; vertical-align: middle; margin: 0 4px; position: relative; }
.b-badge { all: initial; display: inline-flex; align-items: center; gap: 4px; padding: 0 6px; height: 18px; border-radius: 9px;
  font: 600 11px/18px -apple-system, system-ui, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif;
  color: rgba(0,0,0,.75); background: rgba(0,0,0,.06); border: 1px solid rgba(140,140,140,.35); cursor: default; white-space: nowrap; }
.b-badge:focus-visible { outline: 2px solid #0a66c2; outline-offset: 1px; }
/* One width whatever the level (sizes must not tell it). No overflow clip: every label fits, and a clip per badge
   made the page's pre-paint measurably longer on a 1,000-post feed (issue 11). */
.b-badge { width: 100px; box-sizing: border-box; }
.b-badge__dot { flex: none; width: 7px; height: 7px; border-radius: 50%; background: #8c8c8c; }
/* The level is drawn by CSS, not written as text: a page's window.find() and selection never see it. */
.b-badge__label::after { content: "Saved"; }
.b-badge--professional .b-badge__label::after { content: "Professional"; }
.b-badge--friendly .b-badge__label::after { content: "Friendly"; }
.b-badge--personal .b-badge__label::after { content: "Personal"; }
.b-badge--professional .b-badge__dot { background: #0a66c2; }
.b-badge--friendly .b-badge__dot { background: #057642; }
.b-badge--personal .b-badge__dot { background: #c37d16; }
.b-dark .b-badge { color: rgba(255,255,255,.85); background: rgba(255,255,255,.08); border-color: rgba(255,255,255,.2); }
.b-dark .b-badge--professional .b-badge__dot { background: #71b7fb; }
.b-dark .b-badge--friendly .b-badge__dot { background: #7fc15e; }
.b-dark .b-badge--personal .b-badge__dot { background: #f5b15c; }
`;

export interface BadgeElements {
  badge: HTMLElement;
  signature: string;
  view: ContactView;
}

/** Where the tooltip lives (an extension-origin frame, issue 15): the badge only says when to show it. */
export interface TipControl {
  show(anchor: HTMLElement, view: ContactView): void;
  hide(anchor: HTMLElement): void;
}

export function badgeSignature(view: ContactView): string {
  const note = view.latestNotes[0];
  return [view.contact.level, view.contact.displayName, view.noteCount, note?.id ?? '', note?.updatedAt ?? 0].join('|');
}

/** Builds the badge inside `mount` (a shadow-root mount); hovering or focusing it shows the tooltip. */
export function buildBadge(mount: HTMLElement, view: ContactView, dark: boolean, tip?: TipControl): BadgeElements {
  const doc = mount.ownerDocument;
  mount.classList.toggle('b-dark', dark);
  const badge = doc.createElement('span');
  badge.tabIndex = 0;
  badge.setAttribute('role', 'note');
  const dot = doc.createElement('span');
  dot.className = 'b-badge__dot';
  dot.setAttribute('aria-hidden', 'true');
  const label = doc.createElement('span');
  label.className = 'b-badge__label';
  badge.append(dot, label);
  mount.append(badge);

  const show = () => tip?.show(badge, elements.view);
  const hide = () => tip?.hide(badge);
  badge.addEventListener('mouseenter', show);
  badge.addEventListener('focus', show);
  badge.addEventListener('mouseleave', hide);
  badge.addEventListener('blur', hide);
  badge.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });

  const elements: BadgeElements = { badge, signature: '', view };
  updateBadge(elements, view);
  return elements;
}

/** Shares one stylesheet between every badge's shadow root (hundreds of copies of a <style> cost style time). */
let sharedSheet: CSSStyleSheet | null | undefined;
export function adoptBadgeStyles(root: ShadowRoot): boolean {
  try {
    if (sharedSheet === undefined) {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(BADGE_CSS);
    }
    if (!sharedSheet) return false;
    root.adoptedStyleSheets = [sharedSheet];
    return true;
  } catch {
    sharedSheet = null;
    return false;
  }
}

/** Refreshes the badge's level (a class: the label is drawn by CSS) and its accessible name. */
export function updateBadge(elements: BadgeElements, view: ContactView): void {
  const signature = badgeSignature(view);
  elements.view = view;
  if (elements.signature === signature) return;
  elements.signature = signature;
  const { contact } = view;
  elements.badge.className = `b-badge b-badge--${contact.level}`;
  const name = contact.displayName || 'Saved contact';
  elements.badge.setAttribute('aria-label', `Boundaries: ${name}, ${LEVEL_LABELS[contact.level]}`);
}
