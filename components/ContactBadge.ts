/**
 * The contact badge shown next to links to saved people: a level dot and a short label; hovering or
 * focusing it shows the latest note (as text) in a tooltip. Plain DOM rather than React: a page can
 * hold hundreds of badges and each must cost next to nothing.
 */
import { LEVEL_LABELS, type ContactView, type Level } from '../storage/model';
import { timeAgo } from './time';

export const SHORT_LEVEL_LABELS: Record<Level, string> = {
  professional: 'Professional',
  friendly: 'Friendly',
  personal: 'Personal',
  unset: 'Saved',
};

const NOTE_PREVIEW = 280;

export const BADGE_CSS = `
:host { display: inline-flex !important; vertical-align: middle; margin: 0 4px; position: relative; }
.b-badge { all: initial; display: inline-flex; align-items: center; gap: 4px; padding: 0 6px; height: 18px; border-radius: 9px;
  font: 600 11px/18px -apple-system, system-ui, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif;
  color: rgba(0,0,0,.75); background: rgba(0,0,0,.06); border: 1px solid rgba(140,140,140,.35); cursor: default; white-space: nowrap; }
.b-badge:focus-visible { outline: 2px solid #0a66c2; outline-offset: 1px; }
.b-badge__dot { width: 7px; height: 7px; border-radius: 50%; background: #8c8c8c; }
.b-badge--professional .b-badge__dot { background: #0a66c2; }
.b-badge--friendly .b-badge__dot { background: #057642; }
.b-badge--personal .b-badge__dot { background: #c37d16; }
.b-tip { position: fixed; inset: auto; margin: 0; max-width: 320px; padding: 8px 10px; border-radius: 6px; border: 1px solid rgba(140,140,140,.35);
  background: #fff; color: rgba(0,0,0,.9); box-shadow: 0 4px 12px rgba(0,0,0,.2);
  font: 400 13px/1.4 -apple-system, system-ui, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif; white-space: pre-wrap; overflow-wrap: anywhere; z-index: 2147483000; }
.b-tip:not(:popover-open) { display: none; }
.b-tip__head { font-weight: 600; display: block; }
.b-tip__meta { color: rgba(0,0,0,.6); font-size: 12px; display: block; margin-top: 4px; }
.b-dark .b-badge { color: rgba(255,255,255,.85); background: rgba(255,255,255,.08); border-color: rgba(255,255,255,.2); }
.b-dark .b-badge--professional .b-badge__dot { background: #71b7fb; }
.b-dark .b-badge--friendly .b-badge__dot { background: #7fc15e; }
.b-dark .b-badge--personal .b-badge__dot { background: #f5b15c; }
.b-dark .b-tip { background: #1b1f23; color: rgba(255,255,255,.9); border-color: rgba(255,255,255,.2); }
.b-dark .b-tip__meta { color: rgba(255,255,255,.6); }
`;

export interface BadgeElements {
  badge: HTMLElement;
  label: HTMLElement;
  tip: HTMLElement;
  signature: string;
  view: ContactView;
  /** The signature the tooltip was last rendered for: it is filled in lazily, on first hover or focus. */
  tipSignature: string;
}

export function badgeSignature(view: ContactView): string {
  const note = view.latestNotes[0];
  return [view.contact.level, view.contact.displayName, view.noteCount, note?.id ?? '', note?.updatedAt ?? 0].join('|');
}

/** Builds the badge inside `mount` (a shadow-root mount) and wires the tooltip. */
export function buildBadge(mount: HTMLElement, view: ContactView, dark: boolean): BadgeElements {
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
  const tip = doc.createElement('span');
  tip.id = 'b-tip';
  tip.className = 'b-tip';
  tip.setAttribute('role', 'tooltip');
  tip.setAttribute('popover', 'manual');
  badge.setAttribute('aria-describedby', 'b-tip');
  mount.append(badge, tip);

  const show = () => {
    try {
      renderTip(elements);
      const box = badge.getBoundingClientRect();
      const view = doc.defaultView;
      const width = Math.min(320, (view?.innerWidth ?? 1024) - 16);
      tip.style.left = `${Math.max(8, Math.min(box.left, (view?.innerWidth ?? 1024) - width - 8))}px`;
      tip.style.top = `${box.bottom + 6}px`;
      if (!tip.matches(':popover-open')) tip.showPopover?.();
    } catch {
      // No popover support: the tooltip stays hidden; the badge's label still says the level.
    }
  };
  const hide = () => {
    try {
      if (tip.matches(':popover-open')) tip.hidePopover?.();
    } catch {
      // ignore
    }
  };
  badge.addEventListener('mouseenter', show);
  badge.addEventListener('focus', show);
  badge.addEventListener('mouseleave', hide);
  badge.addEventListener('blur', hide);
  badge.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });

  const elements: BadgeElements = { badge, label, tip, signature: '', view, tipSignature: '' };
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

/** Refreshes the badge's level and tooltip text. Text only: notes never become markup. */
export function updateBadge(elements: BadgeElements, view: ContactView, now = Date.now()): void {
  const signature = badgeSignature(view);
  if (elements.signature === signature) return;
  elements.signature = signature;
  const { contact } = view;
  elements.badge.className = `b-badge b-badge--${contact.level}`;
  elements.label.textContent = SHORT_LEVEL_LABELS[contact.level];
  const name = contact.displayName || 'Saved contact';
  elements.badge.setAttribute('aria-label', `Boundaries: ${name}, ${LEVEL_LABELS[contact.level]}`);
  elements.view = view;
  if (elements.tip.matches?.(':popover-open')) renderTip(elements, now);
}

/** Fills the tooltip with the level and the latest note, as text. */
export function renderTip(elements: BadgeElements, now = Date.now()): void {
  if (elements.tipSignature === elements.signature) return;
  elements.tipSignature = elements.signature;
  const { view } = elements;
  const { contact } = view;
  const name = contact.displayName || 'Saved contact';
  const head = elements.tip.ownerDocument.createElement('span');
  head.className = 'b-tip__head';
  head.textContent = `${name} · ${LEVEL_LABELS[contact.level]}`;
  const body = elements.tip.ownerDocument.createElement('span');
  const note = view.latestNotes[0];
  body.textContent = note ? (note.text.length > NOTE_PREVIEW ? `${note.text.slice(0, NOTE_PREVIEW)}…` : note.text) : 'No notes yet.';
  body.dir = 'auto';
  const meta = elements.tip.ownerDocument.createElement('span');
  meta.className = 'b-tip__meta';
  meta.textContent = note ? `Latest note, ${timeAgo(note.updatedAt, now)}${view.noteCount > 1 ? ` · ${view.noteCount} notes` : ''}` : '';
  elements.tip.replaceChildren(head, body, ...(note ? [meta] : []));
}
