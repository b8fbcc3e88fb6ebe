/**
 * Reading LinkedIn's share box: where it is (light DOM, `#interop-outlet`'s shadow root, the SDUI
 * `<dialog>`, a visible same-origin iframe), and what the draft holds (text with mentions and hashtags,
 * attachments, audience, schedule, repost). Pure over the DOM: no events, no storage, no UI.
 */
import type { Audience } from '../../../analyzer/types';
import { queryAllWithin, queryWithin, searchRoots } from './dom';
import type { SelectorChain } from './selectors/chain';
import {
  SHAREBOX_AUDIENCE_ICON,
  SHAREBOX_SDUI_SCREEN,
  COMMENT_BOX,
  COMMENT_EDITOR,
  COMPOSER_FRAMES,
  EDITOR_MENTION,
  SHAREBOX_AUDIENCE,
  SHAREBOX_AUDIENCE_CHECKED,
  SHAREBOX_AUDIENCE_LABEL,
  SHAREBOX_DOCUMENT_TITLE,
  SHAREBOX_EDITOR,
  SHAREBOX_MEDIA_DOCUMENT,
  SHAREBOX_MEDIA_IMAGE,
  SHAREBOX_MEDIA_PREVIEW,
  SHAREBOX_MEDIA_VIDEO,
  SHAREBOX_POST,
  SHAREBOX_REMOVE_MEDIA,
  SHAREBOX_RESHARE,
  SHAREBOX_ROOT,
  SHAREBOX_SCHEDULED_LINE,
} from './selectors/sharebox';

export type ShareBoxVariant = 'legacy' | 'shadow' | 'sdui' | 'iframe';

export interface ShareBox {
  root: HTMLElement;
  editor: HTMLElement;
  variant: ShareBoxVariant;
}

export interface Attachment {
  kind: 'photo' | 'video' | 'document' | 'media';
  /** The file name where one is shown (or the alt text looks like one), else ''. */
  name: string;
  /** The alt text or title shown, else ''. */
  alt: string;
}

export interface AudienceReading {
  kind: Audience;
  /** What LinkedIn shows, e.g. "Anyone", "Connections only", "Northwind Hiking Club"; '' if unreadable. */
  label: string;
  /** How we knew: the visible label, the selected option's id, the icon, or nothing. */
  via: 'text' | 'id' | 'icon' | 'none';
}

export interface Draft {
  /** The user's words, one line per paragraph, zero-width characters removed, trimmed. */
  text: string;
  mentions: string[];
  hashtags: string[];
  links: string[];
  attachments: Attachment[];
  audience: AudienceReading;
  /** "Scheduled for …" as shown, or '' when posting now. */
  scheduledFor: string;
  scheduled: boolean;
  /** Repost with your thoughts: the quoted post is not part of `text`. */
  repost: boolean;
}

const OURS = '[data-boundaries]';

function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && 'host' in node;
}

/** Hidden by LinkedIn (`hidden`, `aria-hidden`, a closed `<dialog>`), up through shadow hosts. */
export function isHidden(element: Element): boolean {
  let node: Element | null = element;
  while (node) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return true;
    if (node.tagName === 'DIALOG' && !node.hasAttribute('open')) return true;
    const parent: Element | null = node.parentElement;
    if (parent) node = parent;
    else {
      const root = node.getRootNode();
      node = isShadowRoot(root) ? root.host : null;
    }
  }
  return false;
}

/** Same-origin, visible frames that may hold a composer; the hidden `/preload/` iframe never counts. */
export function composerFrameDocuments(doc: Document = document): Document[] {
  const found: Document[] = [];
  for (const frame of queryAllWithin<HTMLIFrameElement>(COMPOSER_FRAMES, doc)) {
    try {
      if (isHidden(frame) || !frameVisible(frame)) continue;
      const inner = frame.contentDocument; // null for cross-origin frames
      if (inner && !found.includes(inner)) found.push(inner);
    } catch {
      // cross-origin: not ours to read
    }
  }
  return found;
}

/**
 * What the post nudge looks at (linkedin/dom.ts `interest`): a change touching one of these (or our
 * hint, if LinkedIn removes it) makes it look for share boxes and comment boxes again; others cost nothing.
 */
export const SHAREBOX_INTEREST: readonly string[] = [
  ...SHAREBOX_ROOT.selectors,
  ...SHAREBOX_EDITOR.selectors,
  ...COMMENT_EDITOR.selectors,
  ...COMMENT_BOX.selectors,
  ...COMPOSER_FRAMES.selectors,
  '[data-boundaries="post-hint"]',
];

function frameVisible(frame: HTMLIFrameElement): boolean {
  const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
  if (!style) return true;
  if (style.display === 'none' || style.visibility === 'hidden' || Number.parseFloat(style.opacity || '1') === 0)
    return false;
  const rect = frame.getBoundingClientRect();
  // Layout engines report a size; a 0×0 rect in a real browser means hidden (happy-dom reports 0×0 always).
  if (
    rect.width === 0 &&
    rect.height === 0 &&
    (frame.ownerDocument.defaultView?.innerWidth ?? 0) > 0 &&
    frame.offsetParent === null
  )
    return false;
  return true;
}

function rootsToSearch(doc: Document): { root: Document | ShadowRoot; frame: boolean }[] {
  const roots: { root: Document | ShadowRoot; frame: boolean }[] = [];
  const add = (root: Document | ShadowRoot, frame: boolean) => {
    // Several host selectors can name the same shadow host: each root once.
    if (!roots.some((entry) => entry.root === root)) roots.push({ root, frame });
  };
  for (const root of searchRoots(doc)) add(root, false);
  for (const inner of composerFrameDocuments(doc)) for (const root of searchRoots(inner)) add(root, true);
  return roots;
}

function outermost<E extends Element>(elements: E[]): E[] {
  return elements.filter((element) => !elements.some((other) => other !== element && other.contains(element)));
}

/** The editor inside a share-box root (never Quill's hidden clipboard, never our UI). */
export function findEditor(root: ParentNode): HTMLElement | null {
  for (const element of queryAllWithin<HTMLElement>(SHAREBOX_EDITOR, root)) {
    if (element.classList.contains('ql-clipboard') || element.closest('[hidden]')) continue;
    return element;
  }
  return null;
}

function variantOf(root: HTMLElement, inFrame: boolean): ShareBoxVariant {
  if (inFrame) return 'iframe';
  if (isShadowRoot(root.getRootNode())) return 'shadow';
  const sduiScreen = SHAREBOX_SDUI_SCREEN.selectors.join(',');
  if (root.tagName === 'DIALOG' || root.matches(sduiScreen) || root.querySelector(sduiScreen)) return 'sdui';
  return 'legacy';
}

/** Every open share box on the page (usually zero or one), outermost roots only, decoys excluded. */
export function findShareBoxes(doc: Document = document): ShareBox[] {
  const boxes: ShareBox[] = [];
  for (const { root, frame } of rootsToSearch(doc)) {
    const candidates = queryAllWithin<HTMLElement>(SHAREBOX_ROOT, root);
    for (const element of outermost(candidates)) {
      if (isHidden(element)) continue;
      const editor = findEditor(element);
      if (!editor) continue;
      boxes.push({ root: element, editor, variant: variantOf(element, frame) });
    }
  }
  return boxes;
}

/** The share box containing `node` (an event target), if any. */
export function shareBoxOf(node: Node, boxes: ShareBox[]): ShareBox | undefined {
  return boxes.find((box) => box.root === node || box.root.contains(node));
}

// ---------------------------------------------------------------------------------------------------
// Text

const BLOCKS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'UL', 'OL']);
const INVISIBLE = /\u200b|\u200c|\u200d|\u2060|\ufeff/g;

function inlineText(node: Node, out: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) out.push(child.nodeValue ?? '');
    else if (child.nodeType === 1) {
      const element = child as Element;
      const tag = element.tagName;
      if (tag === 'BR' || tag === 'SCRIPT' || tag === 'STYLE' || element.hasAttribute('data-boundaries')) continue;
      // Emoji rendered as images keep the character in alt.
      if (tag === 'IMG') out.push(element.getAttribute('alt') ?? '');
      else inlineText(element, out);
    }
  }
}

function blockLines(node: Node, lines: string[]): void {
  let inline: string[] = [];
  const flush = () => {
    if (inline.length) lines.push(inline.join(''));
    inline = [];
  };
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && BLOCKS.has((child as Element).tagName)) {
      flush();
      const element = child as Element;
      const hasBlockChild = [...element.children].some((c) => BLOCKS.has(c.tagName));
      if (hasBlockChild) blockLines(element, lines);
      else {
        const parts: string[] = [];
        inlineText(element, parts);
        lines.push(parts.join(''));
      }
    } else if (child.nodeType === 1 && (child as Element).tagName === 'BR') {
      flush();
    } else if (child.nodeType === 3) {
      inline.push(child.nodeValue ?? '');
    } else if (child.nodeType === 1) {
      const element = child as Element;
      if (element.hasAttribute('data-boundaries') || element.tagName === 'SCRIPT' || element.tagName === 'STYLE')
        continue;
      if (element.tagName === 'IMG') inline.push(element.getAttribute('alt') ?? '');
      else inlineText(element, inline);
    }
  }
  flush();
}

/** The editor's text: one line per paragraph (Quill `<p>`, TipTap `<p>`, pasted `<div>`s and lists). */
export function readEditorText(editor: Element): string {
  const lines: string[] = [];
  blockLines(editor, lines);
  return lines
    .map((line) =>
      line
        .replace(INVISIBLE, '')
        .replace(/\u00a0/g, ' ')
        .replace(/[ \t]+$/g, ''),
    )
    .join('\n')
    .trim();
}

const HASHTAG = /(^|[^\p{L}\p{N}_&/])#([\p{L}\p{N}_]+)/gu;
const LINK = /\bhttps?:\/\/[^\s<>"']+|\bwww\.[^\s<>"']+\.[a-z]{2,}[^\s<>"']*/giu;

export function hashtagsIn(text: string): string[] {
  return [...text.matchAll(HASHTAG)].map((match) => `#${match[2]}`);
}

export function linksIn(text: string): string[] {
  return [...text.matchAll(LINK)].map((match) => match[0].replace(/[.,;:!?)]+$/, ''));
}

function mentionsIn(editor: Element): string[] {
  return queryAllWithin(EDITOR_MENTION, editor)
    .filter((element, _i, all) => !all.some((other) => other !== element && other.contains(element)))
    .map((element) => (element.textContent ?? '').replace(INVISIBLE, '').trim())
    .filter(Boolean);
}

// ---------------------------------------------------------------------------------------------------
// Attachments

const FILE_NAME = /\.[a-z0-9]{2,5}$/i;

function notQuoted(element: Element): boolean {
  return queryWithinAncestors(element) === null;
}

function queryWithinAncestors(element: Element): Element | null {
  for (const selector of SHAREBOX_RESHARE.selectors) {
    const found = element.closest(selector);
    if (found) return found;
  }
  return null;
}

function named(alt: string): Pick<Attachment, 'name' | 'alt'> {
  const text = alt.trim();
  return { name: FILE_NAME.test(text) ? text : '', alt: text };
}

/** Photos, videos and documents attached to the draft (never the quoted post's media). */
export function readAttachments(root: ParentNode): Attachment[] {
  const previews = outermost(queryAllWithin(SHAREBOX_MEDIA_PREVIEW, root)).filter(notQuoted);
  const attachments: Attachment[] = [];
  for (const preview of previews) {
    const before = attachments.length;
    for (const video of queryAllWithin(SHAREBOX_MEDIA_VIDEO, preview)) {
      attachments.push({
        kind: 'video',
        ...named(video.getAttribute('aria-label') ?? video.getAttribute('title') ?? ''),
      });
    }
    for (const doc of queryAllWithin(SHAREBOX_MEDIA_DOCUMENT, preview)) {
      const title = queryWithin(SHAREBOX_DOCUMENT_TITLE, doc)?.textContent ?? doc.getAttribute('aria-label') ?? '';
      attachments.push({ kind: 'document', ...named(title) });
    }
    for (const image of queryAllWithin<HTMLImageElement>(SHAREBOX_MEDIA_IMAGE, preview)) {
      if (image.closest('video') || queryWithin(SHAREBOX_MEDIA_DOCUMENT, preview)?.contains(image)) continue;
      attachments.push({ kind: 'photo', ...named(image.getAttribute('alt') ?? '') });
    }
    if (attachments.length === before) attachments.push({ kind: 'media', name: '', alt: '' });
  }
  if (attachments.length === 0 && queryAllWithin(SHAREBOX_REMOVE_MEDIA, root).some(notQuoted)) {
    attachments.push({ kind: 'media', name: '', alt: '' });
  }
  return attachments;
}

// ---------------------------------------------------------------------------------------------------
// Audience

const PREFIX =
  /^(post to|posting to|share with|publicar en|publicar para|compartir con|publier pour|publier dans|partager avec|posten für|posten an|teilen mit|pubblica per|pubblica in|condividi con)\s+/i;
const ANYONE =
  /^(anyone|everyone|public|cualquiera|cualquier persona|todos|público|publico|qualquer pessoa|tout le monde|public|alle|jeder|jede:r|jede\*r|chiunque|tutti)$/i;
const CONNECTIONS =
  /^((only )?connections( only)?|solo (contactos|conexiones)|(contactos|conexiones)( solamente)?|(apenas )?conexões|relations( uniquement)?|(nur )?kontakte|(solo )?collegamenti)$/i;
const IDS: Record<string, Audience> = {
  ANYONE: 'anyone',
  PUBLIC: 'anyone',
  CONNECTIONS_ONLY: 'connections',
  CONNECTIONS: 'connections',
  CONTAINER: 'group',
  GROUP: 'group',
  GROUPS: 'group',
  EVENT: 'event',
  EVENTS: 'event',
};

function textLines(element: Element, { skipButtons = false } = {}): string[] {
  const lines: string[] = [];
  const skip = skipButtons
    ? '.visually-hidden, .a11y-text, svg, li-icon, button'
    : '.visually-hidden, .a11y-text, svg, li-icon';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = (child.nodeValue ?? '').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
        if (text) lines.push(text);
      } else if (child.nodeType === 1 && !(child as Element).closest(skip)) walk(child);
    }
  };
  walk(element);
  return lines;
}

function classify(label: string): { kind: Audience; label: string } | null {
  const prefixed = PREFIX.exec(label);
  const rest = (prefixed ? label.slice(prefixed[0].length) : label).trim().replace(/[.:]$/, '');
  if (ANYONE.test(rest)) return { kind: 'anyone', label: rest };
  if (CONNECTIONS.test(rest)) return { kind: 'connections', label: rest };
  if (prefixed && rest) return { kind: 'unknown', label: rest };
  return null;
}

function iconAudience(control: Element): Audience | null {
  for (const icon of queryAllWithin(SHAREBOX_AUDIENCE_ICON, control)) {
    const type = (icon.getAttribute('type') ?? icon.getAttribute('data-test-icon') ?? '').toLowerCase();
    if (type.startsWith('globe')) return 'anyone';
    if (type.startsWith('people') || type.startsWith('connections')) return 'connections';
    if (type.startsWith('group')) return 'group';
    if (type.startsWith('calendar') || type.startsWith('event')) return 'event';
    if (type.startsWith('lock')) return 'private';
  }
  return null;
}

/** Who will see the post: the visible label first (what the user sees), then option ids, then icons. */
export function readAudience(root: ParentNode): AudienceReading {
  const control = queryWithin(SHAREBOX_AUDIENCE, root);
  let named: { kind: Audience; label: string } | null = null;
  if (control) {
    const label = queryWithin(SHAREBOX_AUDIENCE_LABEL, control);
    const lines = label ? [textLines(label).join(' ')] : textLines(control);
    // Header buttons read "<author>\n<Post to Anyone>": try the last lines first.
    for (const line of [...lines].reverse()) {
      named = classify(line);
      if (named) break;
    }
    if (named && named.kind !== 'unknown') return { ...named, via: 'text' };
  }
  const checked = queryWithin(SHAREBOX_AUDIENCE_CHECKED, root);
  const id = checked?.getAttribute('data-generic-list-item') ?? checked?.id ?? '';
  const byId = IDS[id.toUpperCase()];
  if (byId) return { kind: byId, label: named?.label ?? (checked ? (textLines(checked)[0] ?? '') : ''), via: 'id' };
  const byIcon = control ? iconAudience(control) : null;
  if (byIcon) return { kind: byIcon, label: named?.label ?? '', via: 'icon' };
  // "Post to <name>" that is neither Anyone nor Connections: a group (LinkedIn's other named destination).
  if (named) return { kind: 'group', label: named.label, via: 'text' };
  return { kind: 'unknown', label: '', via: 'none' };
}

/** Plain words for who will see the post, as the nudge dialog says it. */
export function describeAudience(audience: AudienceReading): string {
  switch (audience.kind) {
    case 'anyone':
      return 'Anyone on or off LinkedIn';
    case 'connections':
      return 'Your connections on LinkedIn';
    case 'group':
      return audience.label ? `Members of ${audience.label}` : 'Members of the group';
    case 'event':
      return audience.label ? `People in the event ${audience.label}` : 'People in the event';
    case 'private':
      return 'Only the people you chose';
    default:
      return 'The audience you chose (Boundaries could not read it)';
  }
}

// ---------------------------------------------------------------------------------------------------
// Buttons and the whole draft

const POST_WORDS =
  /^(post|schedule|repost|publicar|programar|publier|planifier|posten|veröffentlichen|planen|pubblica|programma|agendar)$/i;
const SCHEDULE_WORDS = /^(schedule|programar|planifier|planen|programma|agendar)$/i;

function visibleIn(element: Element, root: Element): boolean {
  for (let node: Element | null = element; node && node !== root; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return false;
  }
  return true;
}

/** The Post (or Schedule) button of a share-box root. SDUI's is the footer's text-only button. */
export function findPostButton(box: Pick<ShareBox, 'root' | 'editor'>): HTMLButtonElement | null {
  for (const button of queryAllWithin<HTMLButtonElement>(SHAREBOX_POST, box.root))
    if (visibleIn(button, box.root)) return button;
  const textOnly = [...box.root.querySelectorAll<HTMLButtonElement>('button')].filter(
    (button) =>
      visibleIn(button, box.root) &&
      !button.closest(OURS) &&
      !button.hasAttribute('aria-label') &&
      !button.querySelector('svg, img, figure, li-icon') &&
      (button.textContent ?? '').trim() !== '' &&
      (box.editor.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
  );
  // A known label wins; otherwise only an unambiguous lone text-only button (never a sub-view's "Next").
  return (
    textOnly.find((button) => POST_WORDS.test((button.textContent ?? '').trim())) ??
    (textOnly.length === 1 ? textOnly[0]! : null)
  );
}

export function readDraft(box: Pick<ShareBox, 'root' | 'editor'>): Draft {
  const text = readEditorText(box.editor);
  const post = findPostButton(box);
  const scheduledLine = queryWithin(SHAREBOX_SCHEDULED_LINE, box.root);
  const scheduledFor = scheduledLine ? textLines(scheduledLine, { skipButtons: true }).join(' ') : '';
  const postLabel = (post?.textContent ?? '').trim();
  return {
    text,
    mentions: mentionsIn(box.editor),
    hashtags: hashtagsIn(text),
    links: linksIn(text),
    attachments: readAttachments(box.root),
    audience: readAudience(box.root),
    scheduledFor,
    scheduled: scheduledFor !== '' || SCHEDULE_WORDS.test(postLabel),
    repost: queryAllWithin(SHAREBOX_RESHARE, box.root).length > 0,
  };
}

// ---------------------------------------------------------------------------------------------------
// Comments

export interface CommentBox {
  editor: HTMLElement;
  /** Where the hint goes (after this element). */
  box: HTMLElement;
}

function commentEditorsIn(scope: ParentNode): HTMLElement[] {
  return queryAllWithin(COMMENT_EDITOR, scope);
}

/** Comment editors on the page (and in open shadow roots), never inside a share box. */
export function findCommentBoxes(doc: Document = document, shareBoxes: ShareBox[] = findShareBoxes(doc)): CommentBox[] {
  const found: CommentBox[] = [];
  for (const root of searchRoots(doc)) {
    for (const editor of commentEditorsIn(root)) {
      if (editor.closest(OURS) || isHidden(editor) || shareBoxOf(editor, shareBoxes)) continue;
      if (found.some((entry) => entry.editor === editor)) continue;
      const box = closestIn(editor, COMMENT_BOX) ?? editor.parentElement ?? editor;
      found.push({ editor, box });
    }
  }
  return found;
}

function closestIn(element: Element, selectors: SelectorChain): HTMLElement | null {
  for (const selector of selectors.selectors) {
    const found = element.closest<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}
