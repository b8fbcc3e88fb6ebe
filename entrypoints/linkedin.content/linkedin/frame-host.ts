/**
 * Our extension-origin frames (issue 15). Everything sensitive — note text, tags, how we met, the level,
 * and every key the user types into our UI — is rendered and typed inside `frame.html`, a page of the
 * extension's own origin. The LinkedIn page holds only one of our closed-shadow hosts with the iframe in
 * it: a cross-origin document that page scripts can't read through the DOM, `window.find`, the selection,
 * keyboard or input listeners, or the accessibility tree.
 *
 * The channel: the iframe's URL (inside our closed shadow root, so the page never sees it) carries a
 * random token after `#`. Once the frame loads, we post it a MessageChannel port together with that
 * token, to the extension's origin only; the frame accepts exactly one port, and only with the token. A
 * page can post the frame whatever it likes (it can reach `window.frames`), but without the token nothing
 * is accepted, so forged messages are ignored. What we send through the port is what the page already
 * shows (who the profile or the conversation is with) plus the stored data the frame displays.
 *
 * A page could navigate our iframe elsewhere (`frames[i].location = …`): any second load is treated as
 * that, and the frame is replaced by a fresh one with a fresh token, so the user never types into a page
 * that isn't ours.
 */
import { browser } from 'wxt/browser';
import { trace } from './trace';

export type FrameKind = 'panel' | 'composer' | 'tip' | 'hint' | 'send-check' | 'nudge' | 'post-hint';

/** A frame's size request: a mode chosen by what the user opened, never a content-dependent height. */
export interface FrameReport {
  type: 'mode';
  mode: string;
}

/**
 * A frame's other messages: a user's choice in it (`action`, e.g. "edited" in a dialog, with the `serial`
 * of the props it answers), or that it shows the props with that `serial` (`shown`), so a host waiting
 * on a dialog knows the user really sees it.
 */
export type FrameEvent = { type: 'action'; action: string; serial?: number } | { type: 'shown'; serial: number };

function isReport(data: Record<string, unknown>): boolean {
  return data.type === 'mode' && typeof data.mode === 'string';
}

function isEvent(data: Record<string, unknown>): boolean {
  if (data.type === 'action')
    return typeof data.action === 'string' && (data.serial === undefined || typeof data.serial === 'number');
  return data.type === 'shown' && typeof data.serial === 'number';
}

export interface OurFrame {
  readonly iframe: HTMLIFrameElement;
  /** Sends a message (queued until the frame is connected; only the latest `props` is kept). */
  send(message: { type: string; [key: string]: unknown }): void;
  /** True once the frame's document took our port (it loaded and is ours). */
  readonly connected: boolean;
  /** Moves keyboard focus into the frame (the frame then focuses its own control). */
  focus(): void;
  destroy(): void;
}

/**
 * The origin frame.html runs in. Chrome loads it through a dynamic (per-session) host when
 * use_dynamic_url is on, but the document still commits in `chrome-extension://<id>`; Firefox's
 * moz-extension://<uuid> is the same either way. Messages go to this origin only, so a frame the page
 * navigated elsewhere never receives our port.
 */
function extensionOrigin(): string {
  const base = new URL(browser.runtime.getURL('/'));
  return base.protocol.startsWith('chrome') ? `${base.protocol}//${browser.runtime.id}` : base.origin;
}

function frameUrl(kind: FrameKind, token: string): string {
  return `${browser.runtime.getURL('/frame.html')}?${kind}#${token}`;
}

function randomToken(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Creates a frame of `kind` inside `mount` (one of our shadow mounts). `onReport` hears the frame's
 * size modes, `onEvent` its other messages; `style` is the iframe's initial inline style (its size).
 */
export function createFrame(
  kind: FrameKind,
  mount: HTMLElement,
  style: string,
  onReport: (report: FrameReport) => void,
  onEvent: (event: FrameEvent) => void = () => {},
): OurFrame {
  const doc = mount.ownerDocument;
  let destroyed = false;
  let port: MessagePort | null = null;
  let pendingProps: { type: string; [key: string]: unknown } | null = null;
  const pendingOther: { type: string; [key: string]: unknown }[] = [];
  let iframe = doc.createElement('iframe');

  const build = () => {
    const token = randomToken();
    const src = frameUrl(kind, token);
    const origin = extensionOrigin();
    const next = doc.createElement('iframe');
    next.setAttribute('style', style);
    next.style.cssText = iframe.style.cssText || style;
    next.setAttribute('title', 'Boundaries');
    let loads = 0;
    next.addEventListener('load', () => {
      if (destroyed) return;
      loads++;
      trace(kind, 'frame load', loads);
      if (loads > 1) {
        // Our frame never navigates itself: this is someone else's page in our slot. Replace it.
        port?.close();
        port = null;
        const replaced = next;
        iframe = build();
        replaced.replaceWith(iframe);
        return;
      }
      const channel = new MessageChannel();
      channel.port1.onmessage = (event: MessageEvent) => {
        const data = event.data as Record<string, unknown> | null;
        if (!data || typeof data !== 'object') return;
        if (isReport(data)) onReport(data as unknown as FrameReport);
        else if (isEvent(data)) onEvent(data as unknown as FrameEvent);
      };
      try {
        next.contentWindow?.postMessage({ boundariesFrame: token }, origin, [channel.port2]);
      } catch (error) {
        console.debug('[Boundaries] frame handshake failed', error);
        return;
      }
      port = channel.port1;
      if (pendingProps) port.postMessage(pendingProps);
      for (const message of pendingOther.splice(0)) port.postMessage(message);
    });
    next.src = src;
    return next;
  };

  iframe = build();
  mount.append(iframe);

  return {
    get iframe() {
      return iframe;
    },
    get connected() {
      return port !== null && !destroyed;
    },
    send(message) {
      if (destroyed) return;
      if (message.type === 'props') pendingProps = message;
      if (port) port.postMessage(message);
      else if (message.type !== 'props') pendingOther.push(message);
    },
    focus() {
      try {
        iframe.focus();
      } catch {
        // Not focusable right now.
      }
    },
    destroy() {
      destroyed = true;
      port?.close();
      port = null;
      iframe.remove();
    },
  };
}
