/**
 * Before posting: a live hint in the share box (and comment boxes) saying whether the draft reads
 * personal and why; and, when a personal-reading post is about to go to a professional audience, one
 * question at Post: "Edit post", "Post anyway", "Don't ask for <category>", "Snooze for a day".
 *
 * Interception: capture-phase `click` and Ctrl/Cmd+Enter `keydown` listeners on the root node that holds
 * the share box (the document, `#interop-outlet`'s shadow root, or a visible same-origin iframe's
 * document), so we run before LinkedIn's own handlers. We only call preventDefault once our dialog is
 * open; "Post anyway" replays LinkedIn's Post exactly once through a one-shot bypass and a real click.
 * Fail open: any exception on these paths leaves the event untouched, so Post works as without us.
 *
 * The question itself (issue 15) is shown in our extension-origin frame (linkedin/dialog-frame.ts): the
 * reasons it names exist only there. If that question is not on screen (our host removed or hidden by
 * the page, or the frame silent), the next Post goes through as without us.
 *
 * Frames: the content script stays top-frame only. A share box in a visible same-origin iframe is read
 * and intercepted from the top frame (its document is reachable), and our dialog opens in the top
 * document's top layer; the hidden `/preload/` iframe is never touched.
 */
import type { NudgeProps, PostHintProps } from '../../../components/CheckViews';
import { isDarkPage } from '../../../components/theme';
import { analyze } from '../../../analyzer';
import { CATEGORY_LABELS, type AnalyzeResult, type Audience, type Category } from '../../../analyzer/types';
import { request } from '../../../storage/client';
import { NUDGE_CHOICES, analyzerSettings, type NudgeChoice, type Settings } from '../../../storage/model';
import { defineFeature } from '../feature-manager';
import { createDialogFrame, type DialogFrame } from '../linkedin/dialog-frame';
import { createOurHost, observePage, type OurHost } from '../linkedin/dom';
import { createFrame, type OurFrame } from '../linkedin/frame-host';
import {
  composerFrameDocuments,
  describeAudience,
  findCommentBoxes,
  findPostButton,
  findShareBoxes,
  isHidden,
  readAttachments,
  readDraft,
  readEditorText,
  SHAREBOX_INTEREST,
  type Attachment,
  type Draft,
  type ShareBox,
} from '../linkedin/sharebox';
import { COMPOSER_FRAMES, EDITOR_WRAPPER } from '../linkedin/selectors/sharebox';
import { trace } from '../linkedin/trace';
import { isAnyLinkedInPage } from '../linkedin/urls';
import { ensureToneModel, onToneLearned, toneLearned } from '../linkedin/tone-model';
import { sendToneFeedback, type ToneLabel } from '../linkedin/tone-feedback';

const DAY_MS = 24 * 60 * 60 * 1000;

// ---------------------------------------------------------------------------------------------------
// Judging a draft (pure)

/** The text alone, at the user's sensitivity; null when there is nothing to judge. */
export function judgeText(
  text: string,
  settings: Settings,
  audience: Audience = 'anyone',
  hasImage = false,
): AnalyzeResult | null {
  if (text.trim() === '') return null;
  return analyze({ text, hasImage, audience, settings: analyzerSettings(settings), learned: toneLearned() });
}

/** Personal by its words (a photo alone never counts; an unsure verdict never nags). */
export function readsPersonal(result: AnalyzeResult | null): result is AnalyzeResult {
  return !!result && result.personal && !result.unsure && result.evidence.length > 0;
}

export function hasPhoto(attachments: Attachment[]): boolean {
  return attachments.some((attachment) => attachment.kind === 'photo' || attachment.kind === 'media');
}

export function audienceIsProfessional(kind: Audience, settings: Settings): boolean {
  const wanted = settings.nudgeAudiences;
  switch (kind) {
    // LinkedIn's default audience is Anyone: an unreadable label is treated as the default.
    case 'anyone':
    case 'unknown':
      return wanted.anyone;
    case 'connections':
      return wanted.connections;
    case 'group':
      return wanted.group;
    case 'event':
      return wanted.event;
    default:
      return false;
  }
}

export interface Verdict {
  /** The text alone. */
  result: AnalyzeResult;
  /** With the photo taken into account (same as `result` without one). */
  raised: AnalyzeResult;
  /** Categories to ask about (muted ones removed), strongest first. */
  categories: Category[];
  photo: boolean;
}

/** Whether Post should ask first, and why. */
export function verdictFor(draft: Draft, settings: Settings, now = Date.now()): Verdict | null {
  if (!settings.postNudge || now < settings.nudgeSnoozedUntil) return null;
  if (!audienceIsProfessional(draft.audience.kind, settings)) return null;
  const audience = draft.audience.kind;
  const result = judgeText(draft.text, settings, audience);
  if (!readsPersonal(result)) return null;
  const categories = result.categories.filter((category) => !settings.mutedCategories.includes(category));
  if (categories.length === 0) return null;
  const photo = hasPhoto(draft.attachments);
  const raised = photo ? (judgeText(draft.text, settings, audience, true) ?? result) : result;
  return { result, raised, categories, photo };
}

/** `food and drink ("breakfast", "🧁")` for each category that fired, strongest first. */
export function reasons(
  result: AnalyzeResult,
  only?: Category[],
): { category: Category; label: string; words: string[] }[] {
  const order = result.categories.filter((category) => !only || only.includes(category));
  return order.map((category) => {
    const words: string[] = [];
    for (const item of result.evidence) {
      if (item.category !== category) continue;
      const word = item.text.trim();
      if (word && !words.some((seen) => seen.toLowerCase() === word.toLowerCase())) words.push(word);
    }
    return { category, label: CATEGORY_LABELS[category], words: words.slice(0, 4) };
  });
}

export function hintMessage(
  result: AnalyzeResult | null,
  photo: boolean,
): { tone: 'personal' | 'professional' | 'none'; text: string } {
  if (!result || result.unsure) return { tone: 'none', text: '' };
  if (!readsPersonal(result)) return { tone: 'professional', text: 'Reads professional' };
  const why = reasons(result)
    .slice(0, 2)
    .map(({ label, words }) => (words.length ? `${label} (${words.map((word) => `“${word}”`).join(', ')})` : label))
    .join('; ');
  return { tone: 'personal', text: `Reads personal: ${why}${photo ? ' · the photo adds to it' : ''}` };
}

// ---------------------------------------------------------------------------------------------------
// UI

/** The live hint's frame: as wide as the box, one line high while there is a draft, 0 without one. */
const HINT_HEIGHT = 22;
const HINT_FRAME_STYLE = 'border:0;display:block;width:100%;height:0;background:transparent;color-scheme:normal';
const HINT_HOST_CSS = ':host { display: block; } .boundaries-root { display: block; }';

function attachmentSummary(attachments: Attachment[]): string {
  if (attachments.length === 0) return '';
  const counts = new Map<string, number>();
  for (const attachment of attachments) counts.set(attachment.kind, (counts.get(attachment.kind) ?? 0) + 1);
  const words: Record<Attachment['kind'], [string, string]> = {
    photo: ['photo', 'photos'],
    video: ['video', 'videos'],
    document: ['document', 'documents'],
    media: ['attachment', 'attachments'],
  };
  const parts = [...counts].map(
    ([kind, count]) => `${count} ${words[kind as Attachment['kind']][count === 1 ? 0 : 1]}`,
  );
  const names = attachments.map((attachment) => attachment.name || attachment.alt).filter(Boolean);
  return `${parts.join(', ')}${names.length ? ` (${names.join(', ')})` : ''}`;
}

function clip(text: string, max = 400): string {
  return text.length > max ? `${text.slice(0, max).trimEnd()}…` : text;
}

/** The question's words, for our frame (components/CheckViews.tsx renders them). */
export function nudgeView(draft: Draft, verdict: Verdict): Omit<NudgeProps, 'serial' | 'open'> {
  const why = reasons(verdict.raised.personal ? verdict.raised : verdict.result, verdict.categories);
  const top = verdict.categories[0] as Category;
  const media = attachmentSummary(draft.attachments);
  const photoNames = draft.attachments
    .filter((attachment) => attachment.kind === 'photo')
    .map((attachment) => attachment.name || attachment.alt)
    .filter(Boolean)
    .join(', ');
  const lines = why.map(({ label, words }) =>
    words.length ? `${label}: ${words.map((word) => `“${word}”`).join(', ')}` : label,
  );
  if (verdict.photo) lines.push(`the attached photo${photoNames ? ` (${photoNames})` : ''}, next to words like these`);
  return {
    title: draft.repost ? 'Your thoughts on this repost read personal' : 'This post reads personal',
    audience: `${describeAudience(draft.audience)}${draft.scheduled ? ` · ${draft.scheduledFor || 'scheduled for later'}` : ''}`,
    text: draft.text ? clip(draft.text) : '',
    media: media ? `With ${media}` : '',
    reasons: lines,
    muteLabel: `Don't ask for ${CATEGORY_LABELS[top]}`,
  };
}

// ---------------------------------------------------------------------------------------------------
// Controller

interface Hint {
  editor: HTMLElement;
  host: OurHost;
  /** The hint's words live in our extension-origin frame (issue 15). */
  frame: OurFrame;
  root: HTMLElement | null;
  kind: 'post' | 'comment';
  photo: boolean;
  key: string;
  message: string;
  tone: PostHintProps['tone'];
  feedback: PostHintProps['feedback'];
  /** What the user said of the draft on the hint ("Not personal" / "Personal"), while it is that draft. */
  labelled: { text: string; label: ToneLabel } | null;
}

function saidOf(hint: Hint | undefined, text: string): ToneLabel | null {
  return hint?.labelled && hint.labelled.text === text ? hint.labelled.label : null;
}

interface OpenNudge {
  box: ShareBox;
  post: HTMLButtonElement | null;
  categories: Category[];
  /** The draft's text as judged: what the user's choice teaches the analyzer about. */
  text: string;
  settled: boolean;
  caret: Range | null;
}

function isElement(node: EventTarget | null | undefined): node is Element {
  return !!node && (node as Node).nodeType === 1;
}

/** The selection as the page sees it, shadow roots included (Chromium's ShadowRoot#getSelection). */
function selectionFor(editor: HTMLElement): Selection | null {
  const root = editor.getRootNode() as (ShadowRoot & { getSelection?: () => Selection | null }) | Document;
  return (
    ('getSelection' in root && typeof root.getSelection === 'function' ? root.getSelection() : null) ??
    editor.ownerDocument.getSelection()
  );
}

/** Where the caret was in the editor, to put it back after "Edit post". */
function savedCaret(editor: HTMLElement): Range | null {
  try {
    const selection = selectionFor(editor);
    if (!selection || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    return editor.contains(range.startContainer) ? range.cloneRange() : null;
  } catch {
    return null;
  }
}

function focusEditor(editor: HTMLElement, caret: Range | null): void {
  try {
    // Focus is in our question's frame: a share box in a same-origin iframe needs that iframe focused first.
    const frame = editor.ownerDocument !== document ? editor.ownerDocument.defaultView?.frameElement : null;
    (frame as HTMLElement | null | undefined)?.focus();
    editor.focus({ preventScroll: false });
    const selection = selectionFor(editor);
    if (!selection) return;
    selection.removeAllRanges();
    if (caret && editor.contains(caret.startContainer)) {
      selection.addRange(caret);
    } else {
      const end = editor.ownerDocument.createRange();
      end.selectNodeContents(editor.lastElementChild ?? editor);
      end.collapse(false);
      selection.addRange(end);
    }
  } catch {
    // focus is a courtesy; never fail a choice over it
  }
}

function hintAnchor(editor: HTMLElement): Element {
  return editor.closest(EDITOR_WRAPPER.selectors.join(',')) ?? editor;
}

export class PostNudge {
  private readonly hints = new Map<HTMLElement, Hint>();
  private readonly listening = new WeakSet<Node>();
  private readonly observedFrames = new WeakSet<Document>();
  private readonly frameLoads = new WeakSet<Element>();
  private open: OpenNudge | null = null;
  /** The one click we let through untouched ("Post anyway"). */
  private bypass: HTMLElement | null = null;
  /** Our last question vanished unanswered (removed, hidden, frame silent): the next Post is LinkedIn's alone. */
  private passNext = false;
  private readonly dialogs: DialogFrame;
  private readonly dark: boolean;

  constructor(
    private readonly settings: Settings,
    private readonly signal: AbortSignal,
    private readonly doc: Document = document,
  ) {
    this.dark = isDarkPage(doc);
    this.dialogs = createDialogFrame('nudge', 'post-nudge', doc, this.dark);
    signal.addEventListener('abort', () => this.dispose(), { once: true });
  }

  /** Finds share boxes and comment boxes, attaches hints and listeners; cheap and idempotent. */
  scan = (): void => {
    if (this.signal.aborted) return;
    const boxes = findShareBoxes(this.doc);
    const seen = new Set<HTMLElement>();
    for (const box of boxes) {
      this.listen(box.root.getRootNode());
      if (this.settings.postNudge) {
        seen.add(box.editor);
        this.hint(box.editor, 'post', box.root);
      }
    }
    if (this.settings.commentHint) {
      for (const comment of findCommentBoxes(this.doc, boxes)) {
        seen.add(comment.editor);
        this.hint(comment.editor, 'comment', null);
      }
    }
    for (const [editor, hint] of this.hints) {
      if (!seen.has(editor) || !editor.isConnected) {
        hint.frame.destroy();
        hint.host.remove();
        this.hints.delete(editor);
      }
    }
    this.watchFrames();
    const open = this.open;
    // The share box closed (or its iframe went away) while we ask: close ours too.
    if (open && (!open.box.root.isConnected || !open.box.root.ownerDocument.defaultView || isHidden(open.box.root))) {
      this.settle('cancelled', { focus: false });
    }
  };

  private watchFrames(): void {
    for (const selector of COMPOSER_FRAMES.selectors) {
      for (const frame of this.doc.querySelectorAll(selector)) {
        if (this.frameLoads.has(frame)) continue;
        this.frameLoads.add(frame);
        frame.addEventListener('load', () => this.scan(), { signal: this.signal });
      }
    }
    for (const inner of composerFrameDocuments(this.doc)) {
      if (this.observedFrames.has(inner)) continue;
      this.observedFrames.add(inner);
      observePage(this.scan, this.signal, inner, { interest: SHAREBOX_INTEREST });
    }
  }

  private listen(node: Node): void {
    if (this.listening.has(node)) return;
    this.listening.add(node);
    node.addEventListener('click', this.onClick as EventListener, { capture: true, signal: this.signal });
    node.addEventListener('keydown', this.onKeyDown as EventListener, { capture: true, signal: this.signal });
  }

  // ---- live hint -------------------------------------------------------------------------------

  private hint(editor: HTMLElement, kind: Hint['kind'], root: HTMLElement | null): void {
    let hint = this.hints.get(editor);
    if (!hint) {
      const host = createOurHost('post-hint', HINT_HOST_CSS, editor.ownerDocument);
      host.host.style.display = 'block';
      const frame = createFrame(
        'post-hint',
        host.mount,
        HINT_FRAME_STYLE,
        () => {},
        (event) => {
          if (event.type !== 'action') return;
          if (event.action === 'not-personal') this.labelDraft(editor, 'fine');
          else if (event.action === 'personal') this.labelDraft(editor, 'agreed');
        },
      );
      hint = {
        editor,
        host,
        frame,
        root,
        kind,
        photo: false,
        key: '\u0000',
        message: '',
        tone: 'none',
        feedback: undefined,
        labelled: null,
      };
      this.hints.set(editor, hint);
      const current = hint;
      editor.addEventListener(
        'input',
        () => {
          this.update(current);
          // The question's frame loads while the user writes a post, so asking at Post is only a message away.
          if (kind === 'post') this.dialogs.prepare();
        },
        { signal: this.signal },
      );
    }
    if (!hint.host.host.isConnected) hintAnchor(editor).after(hint.host.host);
    if (root) hint.photo = hasPhoto(readAttachments(root));
    this.update(hint);
  }

  /** "Not personal" / "Personal" on the hint: a label for the draft as it is now. */
  private labelDraft(editor: HTMLElement, label: ToneLabel): void {
    const hint = this.hints.get(editor);
    const text = readEditorText(editor);
    if (!hint || !text.trim()) return;
    hint.labelled = { text, label };
    sendToneFeedback(text, label);
    hint.key = '\u0000';
    this.update(hint);
  }

  /** Judge every open hint again (the model arrived). */
  rejudge(): void {
    for (const hint of this.hints.values()) {
      hint.key = '\u0000';
      this.update(hint);
    }
  }

  private update(hint: Hint): void {
    try {
      const text = readEditorText(hint.editor);
      const key = `${hint.photo ? 1 : 0}${text}`;
      if (key === hint.key) return;
      hint.key = key;
      // One line while there is a draft, whatever it reads like: the page sees the frame's size.
      const height = `${text.trim() ? HINT_HEIGHT : 0}px`;
      if (hint.frame.iframe.style.height !== height) hint.frame.iframe.style.height = height;
      let { tone, text: message } = hintMessage(judgeText(text, this.settings), hint.photo);
      const said = saidOf(hint, text);
      if (!said) hint.labelled = null;
      // The user said this very draft is not personal: the hint says so (its words learn gradually).
      if (said === 'fine' && tone === 'personal') {
        tone = 'professional';
        message = 'Not personal, as you said';
      }
      const feedback = said ? 'noted' : tone === 'personal' ? 'not-personal' : tone === 'none' ? undefined : 'personal';
      if (message === hint.message && hint.tone === tone && hint.feedback === feedback) return;
      hint.message = message;
      hint.tone = tone;
      hint.feedback = feedback;
      const props: PostHintProps & { dark: boolean } = {
        tone,
        text: message,
        ...(feedback ? { feedback } : {}),
        dark: this.dark,
      };
      hint.frame.send({ type: 'props', props });
    } catch (error) {
      console.debug('[Boundaries] post hint failed', error);
    }
  }

  // ---- interception ----------------------------------------------------------------------------

  private boxFor(target: Element): ShareBox | undefined {
    return findShareBoxes(this.doc).find((box) => box.root === target || box.root.contains(target));
  }

  private onClick = (event: MouseEvent): void => {
    let opened = false;
    try {
      if (!this.settings.postNudge) return;
      const path = event.composedPath();
      if (this.bypass && path.includes(this.bypass)) return;
      // Cheap exit for the page's countless other clicks: Post is always a <button>.
      const button = path.find((node) => isElement(node) && node.tagName === 'BUTTON') as Element | undefined;
      if (!button) return;
      const target = path.find(isElement);
      if (!target) return;
      const box = this.boxFor(target);
      if (!box) return;
      const post = findPostButton(box);
      if (!post || !path.includes(post) || post.disabled) return;
      if (this.holdWhileAsking(event)) return;
      if (this.passNext) {
        this.passNext = false;
        return;
      }
      opened = this.ask(box, post);
      if (opened) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    } catch (error) {
      console.debug('[Boundaries] post check failed; Post proceeds', error);
      if (!opened) this.teardown();
    }
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    let opened = false;
    try {
      if (!this.settings.postNudge || event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.isComposing)
        return;
      const target = event.composedPath().find(isElement);
      if (!target) return;
      const box = this.boxFor(target);
      if (!box || !box.root.contains(target)) return;
      if (this.holdWhileAsking(event)) return;
      if (this.passNext) {
        this.passNext = false;
        return;
      }
      opened = this.ask(box, findPostButton(box));
      if (opened) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    } catch (error) {
      console.debug('[Boundaries] post check failed; the shortcut proceeds', error);
      if (!opened) this.teardown();
    }
  };

  /** Whether our question is open (for tests and callers; the page cannot ask). */
  get asking(): boolean {
    return this.open !== null;
  }

  /**
   * While we ask: a second Post (click or shortcut) is swallowed if our question is on screen. If it is
   * not (the page removed or hid it), we stop asking and this Post goes through as without us. Returns
   * true when the event has been dealt with.
   */
  private holdWhileAsking(event: Event): boolean {
    if (!this.open) return false;
    if (this.dialogs.showing()) {
      event.preventDefault();
      event.stopImmediatePropagation();
    } else this.teardown();
    return true;
  }

  /** Opens our dialog if this draft should be asked about. Returns true once it is on screen. */
  ask(box: ShareBox, post: HTMLButtonElement | null): boolean {
    const draft = readDraft(box);
    // Not asked again about a draft the user just called "Not personal".
    if (saidOf(this.hints.get(box.editor), readEditorText(box.editor)) === 'fine') return false;
    const verdict = verdictFor(draft, this.settings);
    if (!verdict) return false;
    const open: OpenNudge = {
      box,
      post,
      categories: verdict.categories,
      text: draft.text,
      settled: false,
      caret: savedCaret(box.editor),
    };
    this.open = open;
    const shown = this.dialogs.open(nudgeView(draft, verdict) as unknown as Record<string, unknown>, {
      onAction: (action) => {
        if (this.open !== open) return;
        const choice = NUDGE_CHOICES.find((known) => known === action) ?? 'cancelled';
        this.settle(choice);
      },
      onLost: () => {
        if (this.open !== open) return;
        this.open = null;
        this.passNext = true;
      },
    });
    if (!shown) this.open = null;
    return shown;
  }

  /** The user's answer. Every path closes our dialog first; only the posting ones click Post, once. */
  settle(choice: NudgeChoice, { focus = true } = {}): void {
    const open = this.open;
    trace('nudge answer', choice, { asking: !!open, settled: open?.settled ?? null });
    if (!open || open.settled) return;
    open.settled = true;
    this.teardown();
    void request('logEvent', { type: 'nudge', choice, categories: open.categories }).catch(() => {});
    if (choice === 'posted-anyway') sendToneFeedback(open.text, 'fine');
    else if (choice === 'edited') sendToneFeedback(open.text, 'agreed');
    if (choice === 'edited' || choice === 'cancelled') {
      if (focus) focusEditor(open.box.editor, open.caret);
      return;
    }
    this.replay(open);
    if (choice === 'muted') {
      const muted = [...new Set([...this.settings.mutedCategories, open.categories[0] as Category])];
      void request('updateSettings', { patch: { mutedCategories: muted } }).catch(() => {});
    } else if (choice === 'snoozed') {
      void request('updateSettings', { patch: { nudgeSnoozedUntil: Date.now() + DAY_MS } }).catch(() => {});
    }
  }

  /** LinkedIn's Post, exactly once: a one-shot bypass, then a real click on the (current) Post button. */
  private replay(open: OpenNudge): void {
    const post = open.post?.isConnected ? open.post : findPostButton(open.box);
    trace('nudge replays Post', { found: !!post, same: post === open.post, disabled: post?.disabled ?? null });
    if (!post) return;
    this.bypass = post;
    try {
      post.click();
    } finally {
      this.bypass = null;
    }
  }

  /** Closes our dialog (never LinkedIn's draft). */
  private teardown(): void {
    this.open = null;
    this.dialogs.close();
  }

  dispose(): void {
    this.teardown();
    this.dialogs.destroy();
    for (const hint of this.hints.values()) {
      hint.frame.destroy();
      hint.host.remove();
    }
    this.hints.clear();
  }
}

export default defineFeature({
  id: 'post-nudge',
  include: [isAnyLinkedInPage],
  watchSettings: [
    'postNudge',
    'commentHint',
    'nudgeAudiences',
    'sensitivity',
    'disabledCategories',
    'extraWords',
    'ignoredWords',
    'workTopics',
    'mutedCategories',
    'nudgeSnoozedUntil',
  ],
  init({ signal, settings }) {
    if (!settings.postNudge && !settings.commentHint) return;
    const nudge = new PostNudge(settings, signal);
    observePage(nudge.scan, signal, document, { interest: SHAREBOX_INTEREST });
    // Hints written before the model arrived are read again once it is here.
    void ensureToneModel().then((ready) => {
      if (ready && !signal.aborted) nudge.rejudge();
    });
    // What the analyzer learned changed (a choice here or in another tab, a reset): judge again.
    onToneLearned(() => nudge.rejudge(), signal);
  },
});

/* Test URLs / fixtures (all served at https://www.linkedin.com/feed/):
   tests/fixtures/linkedin/feed-sharebox-legacy.html (?fixtureMedia=muffin: the muffin photo attached)
   tests/fixtures/linkedin/feed-sharebox-2026.html (shadow root, light-DOM decoy editor)
   tests/fixtures/linkedin/feed-sharebox-2026-photo.html (shadow root, muffin.jpg attached)
   tests/fixtures/linkedin/feed-sharebox-sdui-dialog-2026.html (native <dialog>, TipTap)
   tests/fixtures/boundaries/sharebox-iframe.html (+ /preload/sharebox/ and /preload/ frames)
   tests/fixtures/boundaries/sharebox-group-2026.html, sharebox-scheduled-legacy.html, sharebox-repost-2026.html,
   sharebox-media-2026.html, comment-boxes.html
*/
