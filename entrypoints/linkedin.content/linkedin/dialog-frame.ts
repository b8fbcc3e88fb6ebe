/**
 * A modal question in our extension-origin frame (issue 15): the send check and the post nudge. The page
 * holds a closed-shadow host with a native `<dialog>` (shown modal, so it sits in the top layer above
 * LinkedIn's own dialogs and keeps the page behind it inert while we ask) whose only content is the frame,
 * as large as the viewport whatever it shows. The words of the question (the level, the reasons) exist
 * only inside the frame.
 *
 * Never in the way (issue 14 item 6): the caller blocks LinkedIn's Send/Post only when `open` says the
 * question is on screen. While it is open, `showing()` is false as soon as our host is removed, hidden by
 * page CSS or made inert, and a question the frame has not confirmed (`shown`) within ANSWER_TIMEOUT_MS,
 * or that got hidden, is closed and reported `lost`: the caller then lets the next Send/Post through as
 * without us. Page CSS that turns pointer events off cannot reach into our host (createOurHost).
 *
 * One host per document and kind, made on first need (or ahead of time by `prepare`) and kept closed
 * between questions, so asking costs a message to a loaded frame rather than a frame load.
 */
import { E2E_BUILD, createOurHost, type OurHost } from './dom';
import { createFrame, type FrameEvent, type OurFrame } from './frame-host';
import { trace } from './trace';

/** How long a question may wait for the frame to say it shows it. */
export const ANSWER_TIMEOUT_MS = 5000;
/** How often an open question checks that it is still visible (page CSS can hide our host). */
const VISIBILITY_CHECK_MS = 250;

const HOST_CSS = `
:host { display: contents; }
dialog { position: fixed; inset: 0; width: 100vw; height: 100vh; max-width: none; max-height: none; margin: 0; padding: 0; border: 0;
  background: transparent; overflow: hidden; }
dialog::backdrop { background: transparent; }
iframe { border: 0; display: block; width: 100%; height: 100%; background: transparent; color-scheme: normal; }
`;

export interface DialogHandlers {
  /** The user's choice in the frame ("edited", "posted-anyway", …, or "cancelled" for Escape). */
  onAction(action: string): void;
  /** The question disappeared without an answer (host removed or hidden, frame silent): fail open. */
  onLost(): void;
}

export interface DialogFrame {
  /** Creates the (closed) host and its frame ahead of the first question. */
  prepare(): void;
  /**
   * Shows a question (`props`: what the frame renders; `serial` and `open` are added). Returns true only
   * if the dialog is on screen now; false (and nothing shown) otherwise. May throw: callers fail open.
   */
  open(props: Record<string, unknown>, handlers: DialogHandlers): boolean;
  /** The question is open, connected and visible. */
  showing(): boolean;
  /** Closes the question (no handler is called). */
  close(): void;
  destroy(): void;
}

function visible(element: Element): boolean {
  if (!element.isConnected) return false;
  const check = (element as Element & { checkVisibility?: (options?: object) => boolean }).checkVisibility;
  return typeof check !== 'function' || check.call(element, { visibilityProperty: true });
}

export function createDialogFrame(
  kind: 'send-check' | 'nudge',
  role: string,
  doc: Document,
  dark: boolean,
): DialogFrame {
  let host: OurHost | null = null;
  let dialog: HTMLDialogElement | null = null;
  let frame: OurFrame | null = null;
  let serial = 0;
  let current: { serial: number; handlers: DialogHandlers; confirmed: boolean } | null = null;
  let timers: ReturnType<typeof setTimeout>[] = [];

  const clearTimers = () => {
    for (const timer of timers) clearTimeout(timer);
    timers = [];
  };

  const onEvent = (event: FrameEvent) => {
    const question = current;
    trace(kind, 'frame says', event, 'asking', question?.serial ?? null);
    if (!question) return;
    // Escape pressed before the frame had the question: the safe answer to whatever we are asking.
    const escape = event.type === 'action' && event.action === 'escape' && event.serial === undefined;
    if (!escape && event.serial !== question.serial) return;
    if (event.type === 'shown') {
      // Automation build only: a frame that never says it shows the question, so tests can prove that
      // such a question times out open (the page cannot set this: it lives in the content script's world).
      if (E2E_BUILD && (globalThis as { __boundariesFault?: string }).__boundariesFault === 'frame-silent') return;
      question.confirmed = true;
      // Focus again now that the question is rendered: moving focus into a frame that was still loading
      // or laying out can be lost. The page behind our modal dialog is inert, so nothing else has it.
      frame?.focus();
      frame?.send({ type: 'focus' });
      return;
    }
    // The user answered: close first, then tell the caller (which may replay LinkedIn's Send/Post).
    close();
    question.handlers.onAction(escape ? 'cancelled' : event.action);
  };

  const ensure = () => {
    if (host && dialog && frame && host.host.isConnected) return;
    destroyParts();
    const made = createOurHost(role, HOST_CSS, doc);
    const element = doc.createElement('dialog');
    made.mount.append(element);
    // Escape while focus is on our dialog itself (not in the frame): the same as the frame's Escape.
    element.addEventListener('cancel', (event) => {
      event.preventDefault();
      const question = current;
      if (!question) return;
      close();
      question.handlers.onAction('cancelled');
    });
    frame = createFrame(kind, element, 'border:0;display:block;width:100%;height:100%', () => {}, onEvent);
    host = made;
    dialog = element;
    (doc.body ?? doc.documentElement).append(made.host);
  };

  const destroyParts = () => {
    frame?.destroy();
    host?.remove();
    frame = null;
    host = null;
    dialog = null;
  };

  /** Open, connected, visible and usable: a page can also make our host `inert` (nothing in it clickable). */
  const showing = (): boolean =>
    !!current &&
    !!host &&
    !!dialog &&
    !!frame &&
    host.host.isConnected &&
    dialog.open &&
    visible(frame.iframe) &&
    host.host.closest('[inert]') === null;

  /** The question vanished under us: close it and let the caller fail open. */
  const lose = (reason: string) => {
    const question = current;
    if (!question) return;
    trace(kind, 'lost', question.serial, reason);
    close();
    // A frame that never answered may be broken: the next question gets a fresh one.
    if (!question.confirmed) destroyParts();
    question.handlers.onLost();
  };

  /**
   * Escape pressed in the page while we ask: the same answer as the frame's Escape. Focus moves into our
   * frame by a route of its own, so a key pressed just after the question opened can still land on the
   * page's element (seen once: the question stayed open, Escape did nothing); the page behind our modal
   * dialog is inert, so the key was never the page's to use. Only the user's own keys (a page script can
   * dispatch an Escape, but not a trusted one).
   */
  const onPageKeydown = (event: KeyboardEvent) => {
    const question = current;
    if (event.key !== 'Escape' || !question || !event.isTrusted) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    trace(kind, 'escape in the page', question.serial);
    close();
    question.handlers.onAction('cancelled');
  };

  function close() {
    clearTimers();
    doc.defaultView?.removeEventListener('keydown', onPageKeydown, true);
    const question = current;
    current = null;
    if (!question) return;
    try {
      if (dialog?.open) dialog.close();
    } catch {
      // already gone
    }
    frame?.send({ type: 'props', props: { serial: question.serial, open: false, dark } });
  }

  return {
    prepare() {
      try {
        ensure();
      } catch (error) {
        console.debug('[Boundaries] could not prepare our dialog', error);
      }
    },
    open(props, handlers) {
      close();
      ensure();
      const question = { serial: ++serial, handlers, confirmed: false };
      current = question;
      frame!.send({ type: 'props', props: { ...props, serial: question.serial, open: true, dark } });
      dialog!.showModal();
      trace(kind, 'open', question.serial, 'showing', showing(), 'frame connected', frame!.connected);
      if (!showing()) {
        close();
        return false;
      }
      doc.defaultView?.addEventListener('keydown', onPageKeydown, true);
      frame!.focus();
      frame!.send({ type: 'focus' });
      const check = () => {
        if (current !== question) return;
        if (!showing()) return lose('not showing');
        // The page behind is inert, so focus belongs in our frame. Moving it there from the page travels
        // by another route than the frame's own messages and was seen lost on a loaded machine (the
        // question open, focus nowhere): ask again.
        if (question.confirmed && doc.activeElement !== host?.host) {
          trace(kind, 'focus again', question.serial);
          frame?.focus();
          frame?.send({ type: 'focus' });
        }
        timers.push(setTimeout(check, VISIBILITY_CHECK_MS));
      };
      timers.push(setTimeout(check, VISIBILITY_CHECK_MS));
      timers.push(
        setTimeout(() => {
          if (current === question && !question.confirmed) lose('never confirmed');
        }, ANSWER_TIMEOUT_MS),
      );
      return true;
    },
    showing,
    close,
    destroy() {
      close();
      destroyParts();
    },
  };
}
