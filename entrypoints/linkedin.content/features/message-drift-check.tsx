/**
 * The drift check: while the user writes a message, the tone analyzer reads the draft against the
 * recipient's level ("Keep it professional" minds anything personal, "Friendly professional" only the
 * sensitive categories, "Personal" and "Not set" nothing) and a quiet hint beside the composer names the
 * words. On Send (button, or Enter when LinkedIn sends on Enter) a flagged draft asks once: "Edit" goes
 * back to the draft untouched, "Send anyway" replays LinkedIn's own send exactly once.
 *
 * Never in the way: the draft is only read; our capture-phase handlers block LinkedIn's send only when
 * the draft is flagged and our dialog is really on screen; any exception lets LinkedIn's send through.
 */
import { analyze } from '../../../analyzer';
import {
  CATEGORY_LABELS,
  SENSITIVE_CATEGORIES,
  type AnalyzerSettings,
  type Category,
  type Evidence,
} from '../../../analyzer/types';
import { HINT_HEIGHTS, type DriftHintProps, type SendCheckProps } from '../../../components/CheckViews';
import { isDarkPage } from '../../../components/theme';
import { request } from '../../../storage/client';
import { LEVEL_LABELS, analyzerSettings, type Level, type NudgeChoice } from '../../../storage/model';
import { defineFeature } from '../feature-manager';
import {
  composerText,
  enterSendsFromForm,
  isSendButtonOf,
  sendButtonOf,
  strictestLevel,
  type Participant,
} from '../linkedin/conversation';
import { createDialogFrame } from '../linkedin/dialog-frame';
import { createOurHost, type OurHost } from '../linkedin/dom';
import { createFrame, type OurFrame } from '../linkedin/frame-host';
import { trace } from '../linkedin/trace';
import { isAnyLinkedInPage } from '../linkedin/urls';
import { ensureToneModel, onToneLearned, toneLearned } from '../linkedin/tone-model';
import { sendToneFeedback, type ToneLabel } from '../linkedin/tone-feedback';
import { placeBeforeComposer, trackComposers, viewOf, type ComposerEntry } from './composer-familiarity-badge';

declare const __BOUNDARIES_E2E__: boolean;
const E2E = typeof __BOUNDARIES_E2E__ !== 'undefined' && __BOUNDARIES_E2E__;

/** The hint's frame: as wide as the composer, as high as its mode (see resizeHint). */
const HINT_FRAME_STYLE = 'border:0;display:block;width:100%;height:0;background:transparent;color-scheme:normal';
const HINT_HOST_CSS = ':host { display: block; } .boundaries-root { display: block; }';

/** Drafts longer than this are analysed after a pause in typing instead of on every keystroke. */
const LIVE_LIMIT = 4000;

export interface Verdict {
  flagged: boolean;
  level: Level;
  words: string[];
  categories: Category[];
}

const CLEAR: Verdict = { flagged: false, level: 'unset', words: [], categories: [] };

/** Who the check is about: participants with the check on, and the strictest level among them. */
export function checkedRecipients(entry: ComposerEntry): { level: Level; people: Participant[] } {
  const people = entry.info.participants.filter((p) => viewOf(entry, p)?.contact.driftCheck !== false);
  const level = strictestLevel(people.map((p) => viewOf(entry, p)?.contact.level ?? 'unset'));
  return { level, people: people.filter((p) => (viewOf(entry, p)?.contact.level ?? 'unset') === level) };
}

/** The analyzer's reading of a draft for a recipient level, narrowed to what that level minds. */
export function judge(text: string, level: Level, settings: AnalyzerSettings): Verdict {
  if (level === 'personal' || level === 'unset' || !text.trim()) return { ...CLEAR, level };
  const result = analyze({ text, recipientLevel: level, settings, learned: toneLearned() });
  if (!result.personal || result.unsure) return { ...CLEAR, level };
  const minded = (evidence: Evidence) => level === 'professional' || SENSITIVE_CATEGORIES.includes(evidence.category);
  const evidence = result.evidence.filter(minded);
  if (evidence.length === 0) return { ...CLEAR, level };
  const words: string[] = [];
  for (const item of evidence) if (!words.includes(item.text)) words.push(item.text);
  const categories: Category[] = [];
  for (const item of evidence) if (!categories.includes(item.category)) categories.push(item.category);
  return { flagged: true, level, words, categories };
}

function recipientsLabel(entry: ComposerEntry, people: Participant[]): string {
  const names = people.map((p) => viewOf(entry, p)?.contact.displayName || p.name || 'this person');
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, 2).join(', ')} and ${names.length - 2} more`;
}

type SendKind = { via: 'click' } | { via: 'enter'; ctrlKey: boolean; metaKey: boolean };

interface EntryState {
  /**
   * The hint's host and frame (issue 15: the words and the level exist only in the frame). The frame is
   * made on the draft's first text, so composers nobody writes in cost no frame.
   */
  host: OurHost;
  frame: OurFrame | null;
  /** The hint frame's size mode, set by the user opening its details. */
  mode: string;
  verdict: Verdict;
  signature: string;
  /** Level and text last analysed (the input event and the mutation observer both report a keystroke). */
  input: string;
  /** Whether the draft has text: the only thing the hint's height follows besides the user's mode. */
  hasText: boolean;
  /** One-shot pass for our own replay of LinkedIn's send. */
  bypass: boolean;
  /** Our last question vanished unanswered (removed, hidden, frame silent): the next send is not ours to stop. */
  passNext: boolean;
  /** Removes this feature's listeners from the composer. */
  listeners: AbortController;
  timer: ReturnType<typeof setTimeout> | null;
  /** What the user said of a draft on the hint ("Not personal" / "Personal"), while it is that draft. */
  labelled: { text: string; label: ToneLabel } | null;
}

/** What an Enter did last time (learned per page from LinkedIn's own behaviour): true = it sent. */
let learnedEnterSends: boolean | null = null;

function enterSendsFromStorage(): boolean | null {
  try {
    const value = window.localStorage.getItem('voyager-web:enterSend');
    if (value === 'true' || value === '1') return true;
    if (value === 'false' || value === '0') return false;
  } catch {
    // storage blocked: no opinion
  }
  return null;
}

/** Does an Enter (without Shift) in this composer send? The form's own send-mode state first, then what we saw Enter do. */
export function enterSends(composer: Element): boolean {
  return enterSendsFromForm(composer) ?? learnedEnterSends ?? enterSendsFromStorage() ?? true;
}

function logChoice(entry: ComposerEntry, verdict: Verdict, choice: NudgeChoice) {
  const ref = checkedRecipients(entry)
    .people.map((p) => viewOf(entry, p)?.contact.id)
    .find(Boolean);
  void request('logEvent', {
    type: 'send-check',
    choice,
    categories: verdict.categories,
    ...(ref ? { ref } : {}),
  }).catch(() => {});
}

function placeCaretAtEnd(composer: HTMLElement) {
  composer.focus({ preventScroll: true });
  try {
    const selection = (composer.ownerDocument.defaultView ?? window).getSelection();
    if (!selection) return;
    const range = composer.ownerDocument.createRange();
    // After the last character of the last paragraph: Chromium moves a caret at the editor's very end
    // into its last text node by itself, Firefox does not (typing would then start a new line).
    const walker = composer.ownerDocument.createTreeWalker(composer, NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    while (walker.nextNode()) last = walker.currentNode as Text;
    if (last) range.setStart(last, last.length);
    else range.selectNodeContents(composer);
    range.collapse(!!last);
    selection.removeAllRanges();
    selection.addRange(range);
  } catch {
    // focus alone is enough
  }
}

export default defineFeature({
  id: 'message-drift-check',
  include: [isAnyLinkedInPage],
  setting: 'driftCheck',
  watchSettings: ['sensitivity', 'disabledCategories', 'extraWords', 'ignoredWords', 'workTopics'],
  init({ signal, settings }) {
    const options = analyzerSettings(settings);
    const states = new Map<ComposerEntry, EntryState>();
    const watchedRoots = new WeakSet<Node>();
    const dark = isDarkPage(document);
    // One question at a time, in one dialog frame for the page.
    const dialogs = createDialogFrame('send-check', 'send-check', document, dark);
    let asking: { entry: ComposerEntry } | null = null;
    signal.addEventListener('abort', () => dialogs.destroy(), { once: true });

    function verdictFor(entry: ComposerEntry): Verdict {
      if (!entry.loaded || entry.error) return CLEAR;
      const { level } = checkedRecipients(entry);
      const text = composerText(entry.composer);
      // A draft the user just called "Not personal" is not asked about.
      if (saidOf(states.get(entry), text) === 'fine') return { ...CLEAR, level };
      return judge(text, level, options);
    }

    function saidOf(state: EntryState | undefined, text: string): ToneLabel | null {
      return state?.labelled && state.labelled.text === text ? state.labelled.label : null;
    }

    /** "Not personal" / "Personal" on the hint: a label for the draft as it is now. */
    function labelDraft(entry: ComposerEntry, label: ToneLabel) {
      const state = states.get(entry);
      const text = composerText(entry.composer);
      if (!state || !text.trim()) return;
      state.labelled = { text, label };
      sendToneFeedback(text, label);
      state.input = '';
      refresh(entry);
    }

    /** The hint frame's height: nothing while the draft is empty, else the user's mode (never the verdict). */
    function resizeHint(entry: ComposerEntry, state: EntryState) {
      const shown = state.hasText && entry.loaded && !entry.error && entry.info.participants.length > 0;
      if (shown && !state.frame) {
        state.frame = createFrame(
          'hint',
          state.host.mount,
          HINT_FRAME_STYLE,
          (report) => {
            state.mode = report.mode;
            resizeHint(entry, state);
          },
          (event) => {
            if (event.type !== 'action') return;
            if (event.action === 'mute') mute(entry);
            else if (event.action === 'not-personal') labelDraft(entry, 'fine');
            else if (event.action === 'personal') labelDraft(entry, 'agreed');
          },
        );
        // A new frame has seen nothing yet: the next refresh sends it the hint.
        state.signature = '';
      }
      if (!state.frame) return;
      const height = `${shown ? (HINT_HEIGHTS[state.mode] ?? HINT_HEIGHTS.compact) : 0}px`;
      if (state.frame.iframe.style.height !== height) state.frame.iframe.style.height = height;
    }

    function hintProps(
      entry: ComposerEntry,
      verdict: Verdict,
      feedback: DriftHintProps['feedback'],
    ): DriftHintProps & { dark: boolean } {
      const { people } = checkedRecipients(entry);
      const single = entry.info.participants.length === 1 ? people[0] : undefined;
      const muteName = single ? viewOf(entry, single)?.contact.displayName || single.name || 'this person' : undefined;
      return {
        flagged: verdict.flagged,
        recipients: recipientsLabel(entry, people),
        level: LEVEL_LABELS[verdict.level],
        words: verdict.words,
        categories: verdict.categories.map((category) => CATEGORY_LABELS[category]),
        ...(muteName ? { muteName } : {}),
        ...(feedback ? { feedback } : {}),
        dark,
      };
    }

    function refresh(entry: ComposerEntry) {
      const state = states.get(entry);
      if (!state) return;
      const text = entry.loaded && !entry.error ? composerText(entry.composer) : '';
      state.hasText = text.trim() !== '';
      resizeHint(entry, state);
      const level = checkedRecipients(entry).level;
      const input = `${level}\u0001${text}`;
      if (input === state.input && state.signature) return;
      state.input = input;
      const said = saidOf(state, text);
      if (!said) state.labelled = null;
      const verdict =
        entry.loaded && !entry.error && said !== 'fine' ? judge(text, level, options) : { ...CLEAR, level };
      // The label the user may give: the one that disagrees with the hint, where the level minds at all.
      const minded = level === 'professional' || level === 'friendly';
      const feedback = said ? 'noted' : verdict.flagged ? 'not-personal' : minded ? 'personal' : undefined;
      const signature = `${verdict.flagged}|${verdict.level}|${verdict.words.join('\u0000')}|${entry.info.participants.length}|${feedback}`;
      state.verdict = verdict;
      if (signature === state.signature) return;
      state.signature = signature;
      state.frame?.send({ type: 'props', props: hintProps(entry, verdict, feedback) });
    }

    function onInput(entry: ComposerEntry) {
      try {
        const state = states.get(entry);
        if (!state) return;
        if (state.timer) clearTimeout(state.timer);
        state.timer = null;
        // The send check's frame loads while the user writes, so a question at Send is only a message away.
        dialogs.prepare();
        if ((entry.composer.textContent?.length ?? 0) > LIVE_LIMIT) {
          state.timer = setTimeout(() => {
            try {
              refresh(entry);
            } catch (error) {
              console.debug('[Boundaries] drift hint failed', error);
            }
          }, 150);
        } else refresh(entry);
      } catch (error) {
        console.debug('[Boundaries] drift hint failed', error);
      }
    }

    /** "Don't check for …" (offered only in a one-person conversation). */
    function mute(entry: ComposerEntry) {
      const participant = entry.info.participants.length === 1 ? checkedRecipients(entry).people[0] : undefined;
      if (!participant) return;
      const verdict = states.get(entry)?.verdict ?? CLEAR;
      logChoice(entry, verdict, 'muted');
      void request('saveContact', {
        ref: participant.key,
        identity: {
          aliases: participant.refs.slice(1, 20),
          ...(participant.name ? { displayName: participant.name } : {}),
        },
        patch: { driftCheck: false },
      }).catch((error) => console.debug('[Boundaries] could not turn the check off', error));
    }

    function replay(entry: ComposerEntry, state: EntryState, kind: SendKind) {
      trace('send check replays', kind.via, { button: !!sendButtonOf(entry.composer) });
      state.bypass = true;
      try {
        if (kind.via === 'click') {
          sendButtonOf(entry.composer)?.click();
        } else {
          // The browser's own sequence: keypress only when keydown was not cancelled, then keyup, so a
          // handler on either event sends (and a cancelled keydown, as LinkedIn's own send does, ends it).
          const init = {
            key: 'Enter',
            code: 'Enter',
            bubbles: true,
            cancelable: true,
            composed: true,
            ctrlKey: kind.ctrlKey,
            metaKey: kind.metaKey,
          };
          const make = (type: string) => {
            const event = new KeyboardEvent(type, init);
            // Ember-era handlers read the legacy codes.
            Object.defineProperty(event, 'keyCode', { value: 13 });
            Object.defineProperty(event, 'which', { value: 13 });
            Object.defineProperty(event, 'charCode', { value: type === 'keypress' ? 13 : 0 });
            return event;
          };
          const proceeded = entry.composer.dispatchEvent(make('keydown'));
          if (proceeded && entry.composer.isConnected) entry.composer.dispatchEvent(make('keypress'));
          if (entry.composer.isConnected) entry.composer.dispatchEvent(make('keyup'));
        }
      } finally {
        state.bypass = false;
      }
    }

    /** Opens our question for this send. True only if it is on screen (then LinkedIn's send waits for it). */
    function openDialog(entry: ComposerEntry, state: EntryState, verdict: Verdict, kind: SendKind): boolean {
      const { people } = checkedRecipients(entry);
      const props: Omit<SendCheckProps, 'serial' | 'open'> = {
        recipients: recipientsLabel(entry, people),
        level: LEVEL_LABELS[verdict.level],
        words: verdict.words,
        categories: verdict.categories.map((category) => CATEGORY_LABELS[category]),
      };
      const question = { entry };
      const text = composerText(entry.composer);
      const opened = dialogs.open(props as unknown as Record<string, unknown>, {
        onAction(action) {
          trace('send check answer', action, { current: asking === question });
          if (asking !== question) return;
          asking = null;
          if (action === 'posted-anyway') {
            logChoice(entry, verdict, 'posted-anyway');
            sendToneFeedback(text, 'fine');
            if (!entry.signal.aborted && entry.composer.isConnected) replay(entry, state, kind);
          } else {
            // "Edit", Escape: back to the draft, untouched.
            logChoice(entry, verdict, 'edited');
            sendToneFeedback(text, 'agreed');
            placeCaretAtEnd(entry.composer);
          }
        },
        onLost() {
          if (asking !== question) return;
          asking = null;
          state.passNext = true;
        },
      });
      if (opened) asking = question;
      return opened;
    }

    /** Capture-phase gate for Send clicks and Enter. Returns silently (LinkedIn proceeds) unless flagged. */
    function onSendAttempt(event: Event) {
      try {
        let kind: SendKind;
        if (event.type === 'keydown') {
          const key = event as KeyboardEvent;
          if (key.key !== 'Enter' || key.shiftKey || key.altKey || key.isComposing || key.keyCode === 229) return;
          kind = { via: 'enter', ctrlKey: key.ctrlKey, metaKey: key.metaKey };
        } else kind = { via: 'click' };
        const path = event.composedPath();
        const origin = path[0];
        const entry = tracker.entryFor(origin ?? null);
        if (!entry || entry.composer.getRootNode() !== event.currentTarget) return;
        const state = states.get(entry);
        if (!state || state.bypass) return;
        if (kind.via === 'enter') {
          if (!path.includes(entry.composer)) return;
          const mod = kind.ctrlKey || kind.metaKey;
          if (!mod && !enterSends(entry.composer)) {
            // A new line, as far as we know: keep watching in case the user switched "Press Enter to Send" on.
            learnFromEnter(entry);
            return;
          }
        } else {
          if (!(origin instanceof Element) || !isSendButtonOf(entry.composer, origin)) return;
          const button = sendButtonOf(entry.composer);
          if (button?.disabled && !asking) return;
        }
        if (E2E && (globalThis as { __boundariesFault?: string }).__boundariesFault === 'send-check')
          throw new Error('injected e2e fault');
        if (asking) {
          if (asking.entry === entry && dialogs.showing()) {
            // The question is open: a second click or Enter must not send.
            event.preventDefault();
            event.stopImmediatePropagation();
            return;
          }
          // Our question is gone from the screen (removed or hidden by the page): this send is LinkedIn's.
          dialogs.close();
          asking = null;
          return;
        }
        if (state.passNext) {
          state.passNext = false;
          return;
        }
        const verdict = verdictFor(entry);
        state.verdict = verdict;
        if (!verdict.flagged) {
          if (kind.via === 'enter' && !(kind.ctrlKey || kind.metaKey)) learnFromEnter(entry);
          return;
        }
        if (!openDialog(entry, state, verdict, kind)) return;
        event.preventDefault();
        event.stopImmediatePropagation();
      } catch (error) {
        // Fail open: LinkedIn's send proceeds as if we were not here.
        console.debug('[Boundaries] send check skipped', error);
      }
    }

    /** After an Enter we let through: did LinkedIn send (the draft emptied) or add a line? */
    function learnFromEnter(entry: ComposerEntry) {
      const before = composerText(entry.composer);
      if (!before.trim()) return;
      setTimeout(() => {
        try {
          if (!entry.composer.isConnected) return;
          const after = composerText(entry.composer);
          if (!after.trim()) learnedEnterSends = true;
          else if (after.length >= before.length) learnedEnterSends = false;
        } catch {
          // nothing learned
        }
      }, 300);
    }

    const tracker = trackComposers(signal, {
      onEnter(entry) {
        const host = createOurHost('drift-hint', HINT_HOST_CSS);
        const listeners = new AbortController();
        const state: EntryState = {
          host,
          frame: null,
          mode: 'compact',
          verdict: CLEAR,
          signature: '',
          input: '',
          hasText: false,
          bypass: false,
          passNext: false,
          timer: null,
          listeners,
          labelled: null,
        };
        placeBeforeComposer(host.host, entry);
        states.set(entry, state);
        const listen = () => onInput(entry);
        entry.composer.addEventListener('input', listen, { signal: listeners.signal });
        // Emoji pickers and paste handlers may change the draft without an input event.
        const observer = new MutationObserver(listen);
        observer.observe(entry.composer, { childList: true, characterData: true, subtree: true });
        listeners.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
        const root = entry.composer.getRootNode();
        if (!watchedRoots.has(root) && (root instanceof Document || root instanceof ShadowRoot)) {
          watchedRoots.add(root);
          root.addEventListener('click', onSendAttempt, { capture: true, signal });
          root.addEventListener('keydown', onSendAttempt, { capture: true, signal });
        }
      },
      onUpdate(entry) {
        try {
          refresh(entry);
        } catch (error) {
          console.debug('[Boundaries] drift hint failed', error);
        }
      },
      onLeave(entry) {
        const state = states.get(entry);
        states.delete(entry);
        if (!state) return;
        if (state.timer) clearTimeout(state.timer);
        state.listeners.abort();
        if (asking?.entry === entry) {
          dialogs.close();
          asking = null;
        }
        state.frame?.destroy();
        state.host.remove();
      },
      onScan(entry) {
        const state = states.get(entry);
        if (state) placeBeforeComposer(state.host.host, entry);
      },
    });
    // Drafts typed before the model arrived are read again once it is here, and again whenever what it
    // learned from this user changes.
    const rejudgeAll = () => {
      for (const [entry, state] of states) {
        state.input = '';
        try {
          refresh(entry);
        } catch (error) {
          console.debug('[Boundaries] drift hint failed', error);
        }
      }
    };
    void ensureToneModel().then((ready) => {
      if (ready && !signal.aborted) rejudgeAll();
    });
    onToneLearned(rejudgeAll, signal);
  },
});

/* Test URLs / fixtures (every composer variant):
   https://www.linkedin.com/feed/ — tests/fixtures/linkedin/messaging-overlay-2026.html (3 bubbles in #interop-outlet)
   https://www.linkedin.com/messaging/thread/2-…/ — tests/fixtures/linkedin/messaging-thread-2026.html (light DOM, member-id header)
   any page — tests/fixtures/linkedin/messaging-overlay-legacy-2023-es.html (Spanish 2023, light DOM)
   https://www.linkedin.com/in/lesley-marsh-demo/ — tests/fixtures/boundaries/messaging-compose-2026.html (Message window, new message)
   https://www.linkedin.com/messaging/thread/2-…/ — tests/fixtures/boundaries/messaging-group-thread-2026.html (group, LinkedIn Member)
   https://www.linkedin.com/feed/ — tests/fixtures/boundaries/messaging-odd-2026.html (no link, company, member, click-to-send, 50 people) */
