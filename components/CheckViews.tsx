/**
 * What the drift check and the post nudge show (and the post nudge's live hint) (issue 15: rendered only inside our extension-origin
 * frame, frame.html, never in LinkedIn's page): the drift hint beside a message composer, the send-check
 * dialog and the post nudge. The content script keeps the analysis and the interception and sends these
 * views plain, already-worded props; each choice goes back to it as an action name.
 *
 * Sizes: the hint's frame has two fixed heights, one line ('compact') and the details the user opened
 * ('open'); the dialogs' frames cover the viewport. Nothing here changes a frame's size by itself.
 */
import { useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';

export const CHECK_CSS = `
.b-drift-line { display: flex; align-items: center; gap: 6px; height: 24px; padding: 0 8px; font-size: 12px; line-height: 24px; overflow: hidden; }
.b-drift-line__text { flex: 1; min-width: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.b-drift-line--clear { color: var(--b-muted); }
.b-drift-line .b-link, .b-hint-noted { flex: none; }
.b-hint-noted { font-size: 12px; color: var(--b-muted); padding: 2px 4px; }
.b-post-hint-row { display: flex; align-items: center; margin: 4px 16px 0 0; }
.b-post-hint-row .b-post-hint { flex: 1; min-width: 0; margin: 0; }
.b-post-hint-row .b-link { flex: none; }
.b-drift.b-hint { margin: 0 8px 4px; padding: 4px 8px; font-size: 12px; }
.b-drift-open { display: grid; gap: 2px; }
.b-post-hint { display: flex; align-items: center; gap: 6px; margin: 4px 0 0; padding: 0 16px; font-size: 12px; line-height: 1.4;
  color: var(--b-muted); white-space: nowrap; overflow: hidden; }
.b-post-hint[data-tone='none'] { visibility: hidden; }
.b-post-hint[data-tone='personal'] { color: var(--b-warn-fg); }
.b-post-hint__dot { width: 8px; height: 8px; border-radius: 50%; background: var(--b-professional); flex: none; }
.b-post-hint[data-tone='personal'] .b-post-hint__dot { background: var(--b-personal); }
.b-post-hint__text { min-width: 0; overflow: hidden; text-overflow: ellipsis; }
.b-nudge-backdrop { position: fixed; inset: 0; display: grid; place-items: center; background: rgba(0, 0, 0, 0.45); overflow: auto; }
.b-nudge__panel { display: grid; gap: 12px; padding: 20px 24px; max-width: 520px; width: calc(100vw - 32px); box-sizing: border-box; box-shadow: 0 4px 24px rgba(0, 0, 0, 0.3); }
.b-nudge__title { margin: 0; font-size: 18px; font-weight: 600; }
.b-nudge__section { display: grid; gap: 4px; }
.b-nudge__label { margin: 0; font-size: 12px; font-weight: 600; color: var(--b-muted); text-transform: uppercase; letter-spacing: 0.02em; }
.b-nudge__audience { margin: 0; font-size: 14px; }
.b-nudge__draft { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; max-height: 140px; overflow: auto; border-left: 3px solid var(--b-border); padding-left: 8px; }
.b-nudge__list { margin: 0; padding-left: 18px; }
.b-nudge__actions { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; }
.b-nudge__more { display: flex; flex-wrap: wrap; gap: 4px 12px; justify-content: flex-end; }
`;

/** Frame heights of the drift hint (px): one line, or the details the user opened. */
export const HINT_HEIGHTS: Record<string, number> = { compact: 28, open: 104 };

// ---------------------------------------------------------------------------------------------------
// Drift hint

export interface DriftHintProps {
  /** Whether the draft reads personal for what the recipients' level minds. */
  flagged: boolean;
  /** "Lesley Marsh", "Lesley Marsh and Priya Raman", "A, B and 3 more". */
  recipients: string;
  /** The level's label ("Keep it professional"). */
  level: string;
  /** The words that read personal, as they appear in the draft. */
  words: string[];
  /** The category labels those words belong to. */
  categories: string[];
  /** Set in a one-person conversation: the name for "Don't check for …". */
  muteName?: string;
  /** Explicit feedback: "Personal" is offered only where the level minds at all. */
  feedback?: HintFeedback;
}

/**
 * Explicit feedback on a hint (issue 10): the label the user can give the draft as it is, the one that
 * disagrees with the hint ("Not personal" on a draft that reads personal, "Personal" on one that does
 * not), or 'noted' once they did. Clicks come back as the actions 'not-personal' / 'personal'.
 */
export type HintFeedback = 'not-personal' | 'personal' | 'noted';

function FeedbackControl({ feedback, onAction }: { feedback?: HintFeedback; onAction: (action: string) => void }) {
  if (feedback === 'noted') return <span className="b-hint-noted">Noted</span>;
  if (!feedback) return null;
  return (
    <button type="button" className="b-link" onClick={() => onAction(feedback)}>
      {feedback === 'not-personal' ? 'Not personal' : 'Personal'}
    </button>
  );
}

export function quoteList(words: string[], max = 6): string {
  const shown = words.slice(0, max).map((word) => `“${word.length > 40 ? `${word.slice(0, 40)}…` : word}”`);
  return shown.join(', ') + (words.length > max ? ` and ${words.length - max} more` : '');
}

/**
 * One line while the user writes: what reads personal for whom, or that nothing does. "Details" opens
 * the whole text and the choices (the frame grows to its 'open' size because the user asked).
 */
export function DriftHintView({
  hint,
  onAction,
  onOpenChange,
}: {
  hint: DriftHintProps;
  onAction: (action: string) => void;
  onOpenChange: (open: boolean) => void;
}) {
  const [open, setOpen] = useState(false);
  const toggle = (next: boolean) => {
    setOpen(next);
    onOpenChange(next);
  };
  const message = hint.flagged
    ? `Reads personal for ${hint.recipients} (${hint.level}): ${quoteList(hint.words)}`
    : 'Drift check: nothing to flag';
  const details = (
    <button type="button" className="b-link" aria-expanded={open} onClick={() => toggle(!open)}>
      {open ? 'Hide details' : 'Details'}
    </button>
  );
  const feedback = <FeedbackControl feedback={hint.feedback} onAction={onAction} />;
  if (!open)
    return (
      <div className={`b-drift-line${hint.flagged ? ' b-drift b-drift--line' : ' b-drift-line--clear'}`} role="status">
        <span className="b-drift-line__text">{message}</span>
        {feedback}
        {hint.flagged ? details : null}
      </div>
    );
  return (
    <div className={`b-drift-open${hint.flagged ? ' b-drift' : ''}`} role="status">
      <div className="b-drift-line">
        <span className="b-drift-line__text">{hint.flagged ? 'Reads personal' : 'Drift check: nothing to flag'}</span>
        {feedback}
        {details}
      </div>
      {hint.flagged ? (
        <div className="b-hint b-drift-open__body">
          <span>
            {message}
            {hint.categories.length ? ` (${hint.categories.join(', ')})` : ''}
          </span>{' '}
          {hint.muteName ? (
            <button type="button" className="b-link" onClick={() => onAction('mute')}>
              {`Don't check for ${hint.muteName}`}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

// ---------------------------------------------------------------------------------------------------
// Post hint

export interface PostHintProps {
  /** 'none': nothing to say (an empty or unsure draft). */
  tone: 'personal' | 'professional' | 'none';
  text: string;
  feedback?: HintFeedback;
}

/** The share box's (and comment boxes') live line: "Reads personal: …" or "Reads professional". */
export function PostHintView({ hint, onAction }: { hint: PostHintProps; onAction: (action: string) => void }) {
  return (
    <div className="b-post-hint-row">
      <p className="b-post-hint" role="status" data-tone={hint.tone}>
        <span className="b-post-hint__dot" aria-hidden="true" />
        <span className="b-post-hint__text" title={hint.text}>
          {hint.text}
        </span>
      </p>
      {hint.tone === 'none' ? null : <FeedbackControl feedback={hint.feedback} onAction={onAction} />}
    </div>
  );
}

// ---------------------------------------------------------------------------------------------------
// Dialogs (shared)

/** Every dialog frame's props: which question (`serial`) and whether it is open at all. */
export interface DialogFrameProps {
  serial: number;
  open: boolean;
}

/**
 * Keeps Tab on the dialog's own controls and turns Escape into `onEscape`. Focus starts on the control
 * marked `data-autofocus` whenever a new question (serial) opens, again when the host asks, and whenever
 * the frame itself receives focus with none of its controls holding it.
 */
function useDialogFocus(serial: number, onEscape: () => void) {
  const panel = useRef<HTMLDivElement>(null);
  const focusDefault = () => panel.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  useEffect(() => {
    focusDefault();
    const onFocusRequest = () => focusDefault();
    // In a frame, the host's "focus the frame" travels by another route than its "focus your button"
    // message and can arrive after it on a busy machine, leaving focus on the frame's body: seen once
    // at load 17, the question open and no button focused, so Enter and Tab did nothing.
    const onFrameFocus = () => {
      if (!document.activeElement || document.activeElement === document.body) focusDefault();
    };
    window.addEventListener('boundaries:focus', onFocusRequest);
    window.addEventListener('focus', onFrameFocus);
    return () => {
      window.removeEventListener('boundaries:focus', onFocusRequest);
      window.removeEventListener('focus', onFrameFocus);
    };
  }, [serial]);
  const onKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onEscape();
    } else if (event.key === 'Tab') {
      const buttons = [...event.currentTarget.querySelectorAll('button')];
      const index = buttons.indexOf(event.target as HTMLButtonElement);
      event.preventDefault();
      buttons[(index + (event.shiftKey ? buttons.length - 1 : 1) + buttons.length) % buttons.length]?.focus();
    }
  };
  return { panel, onKeyDown };
}

// ---------------------------------------------------------------------------------------------------
// Send check

export interface SendCheckProps extends DialogFrameProps {
  recipients: string;
  level: string;
  words: string[];
  categories: string[];
}

/** "Send as is?": Edit (the default, also Escape) or Send anyway. */
export function SendCheckView({ check, onAction }: { check: SendCheckProps; onAction: (action: string) => void }) {
  const { panel, onKeyDown } = useDialogFocus(check.serial, () => onAction('edited'));
  return (
    <div className="b-dialog" onKeyDown={onKeyDown}>
      <div
        ref={panel}
        className="b-card b-dialog__panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby="b-send-check-title"
        aria-describedby="b-send-check-body"
      >
        <h2 id="b-send-check-title" className="b-dialog__title">
          Send as is?
        </h2>
        <p id="b-send-check-body">
          You marked {check.recipients} as “{check.level}”. This message reads personal: {quoteList(check.words)} (
          {check.categories.join(', ')}).
        </p>
        <div className="b-row b-dialog__actions">
          <button
            type="button"
            className="b-button b-button--primary"
            data-autofocus
            onClick={() => onAction('edited')}
          >
            Edit
          </button>
          <button type="button" className="b-button" onClick={() => onAction('posted-anyway')}>
            Send anyway
          </button>
        </div>
      </div>
    </div>
  );
}

// ---------------------------------------------------------------------------------------------------
// Post nudge

export interface NudgeProps extends DialogFrameProps {
  title: string;
  /** Who will see it, and when if scheduled. */
  audience: string;
  /** The draft as it will be posted (clipped). */
  text: string;
  /** "With 1 photo (muffin.jpg)", or ''. */
  media: string;
  /** One line per reason: "Food and drink: “breakfast”, “🧁”". */
  reasons: string[];
  /** "Don't ask for Food and drink". */
  muteLabel: string;
}

/** "This post reads personal": Edit post (the default; Escape cancels), Post anyway, Don't ask for …, Snooze. */
export function NudgeView({ nudge, onAction }: { nudge: NudgeProps; onAction: (action: string) => void }) {
  const { panel, onKeyDown } = useDialogFocus(nudge.serial, () => onAction('cancelled'));
  return (
    <div className="b-nudge-backdrop" onKeyDown={onKeyDown}>
      <div
        ref={panel}
        className="b-card b-nudge__panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby="b-nudge-title"
        aria-describedby="b-nudge-why"
      >
        <h2 className="b-nudge__title" id="b-nudge-title">
          {nudge.title}
        </h2>
        <div className="b-nudge__section">
          <p className="b-nudge__label">Who will see it</p>
          <p className="b-nudge__audience" data-part="audience">
            {nudge.audience}
          </p>
        </div>
        <div className="b-nudge__section">
          <p className="b-nudge__label">What they will see</p>
          {nudge.text ? <p className="b-nudge__draft">{nudge.text}</p> : null}
          {nudge.media ? <p className="b-muted">{nudge.media}</p> : null}
        </div>
        <div className="b-nudge__section" id="b-nudge-why">
          <p className="b-nudge__label">Why it reads personal</p>
          <ul className="b-nudge__list">
            {nudge.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
        <div className="b-nudge__actions">
          <button type="button" className="b-button" onClick={() => onAction('posted-anyway')}>
            Post anyway
          </button>
          <button
            type="button"
            className="b-button b-button--primary"
            data-autofocus
            onClick={() => onAction('edited')}
          >
            Edit post
          </button>
        </div>
        <div className="b-nudge__more">
          <button type="button" className="b-link" onClick={() => onAction('muted')}>
            {nudge.muteLabel}
          </button>
          <button type="button" className="b-link" onClick={() => onAction('snoozed')}>
            Snooze for a day
          </button>
        </div>
        <p className="b-muted">“Don't ask” and “Snooze” post it now.</p>
      </div>
    </div>
  );
}
