/**
 * frame.html: the extension-origin page our LinkedIn UIs render sensitive things in (issue 15). The
 * content script puts it in an iframe inside a closed shadow root; see
 * entrypoints/linkedin.content/linkedin/frame-host.ts for the channel. Kinds: `?panel`, `?composer`,
 * `?tip`, and the drift check's and post nudge's `?hint`, `?send-check`, `?nudge` and `?post-hint` (the content script
 * keeps their analysis and interception, sends worded props and hears back the user's choice). Data comes from storage directly (this is an extension page); the host sends only
 * what the page shows anyway (who the profile or the conversation is with) and, for the composer and the
 * tooltip, the stored views it already looked up.
 *
 * The frame reports only a size mode ('collapsed'/'expanded', 'compact'/'open'), chosen by what the user
 * opened, never by what is stored: the page sees the frame's box, so sizes must not say anything about
 * the level, the notes or whether someone is saved.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/ui.css';
import { ComposerBadge, badgeActions, type BadgeEntry } from '../../components/ComposerBadgeView';
import { PANEL_CSS, ProfilePanel, type PanelIdentity } from '../../components/ProfilePanel';
import { TipView } from '../../components/ContactTip';
import {
  CHECK_CSS,
  DriftHintView,
  NudgeView,
  PostHintView,
  SendCheckView,
  type DialogFrameProps,
  type DriftHintProps,
  type NudgeProps,
  type PostHintProps,
  type SendCheckProps,
} from '../../components/CheckViews';
import { request } from '../../storage/client';
import { trace } from '../linkedin.content/linkedin/trace';
import type { ContactView } from '../../storage/model';

declare const __BOUNDARIES_E2E__: boolean;
const E2E = typeof __BOUNDARIES_E2E__ !== 'undefined' && __BOUNDARIES_E2E__;

export interface PanelProps {
  identity: PanelIdentity;
  collapsed: boolean;
  focusRequest: number;
  dark: boolean;
}
export interface ComposerProps extends BadgeEntry {
  dark: boolean;
}
export interface TipProps {
  view: ContactView;
  dark: boolean;
}

const kind = location.search.slice(1);
const KINDS_WITH_CHECKS = ['hint', 'send-check', 'nudge', 'post-hint'];
const token = location.hash.slice(1);
let port: MessagePort | null = null;

const style = document.createElement('style');
style.textContent = `html, body { margin: 0; padding: 0; background: transparent; overflow: hidden; height: 100%; }
#root { height: 100%; overflow: auto; }
#root > .b-card { min-height: 100%; box-sizing: border-box; }
${kind === 'panel' ? PANEL_CSS.replace(/:host\s*\{[^}]*\}/, '') : ''}
${KINDS_WITH_CHECKS.includes(kind) ? CHECK_CSS : ''}`;
document.head.append(style);

function report(mode: string): void {
  port?.postMessage({ type: 'mode', mode });
}

/** The frame's side of the automation build's narration (linkedin/trace.ts). */
const traceFrame = (...parts: unknown[]) => trace('frame', kind, ...parts);

function act(action: string, serial?: number): void {
  traceFrame('act', action, serial, { port: !!port });
  port?.postMessage({ type: 'action', action, ...(serial === undefined ? {} : { serial }) });
}

/** The question a dialog frame shows now (its serial), if any. */
let openSerial: number | undefined;

/**
 * Escape wherever focus is in a dialog frame: the question's own handler takes it when focus is on one of
 * its buttons; this one when the user presses it before focus got there (just after the dialog opened, or
 * before the question arrived), so Escape always leaves the question. Without a serial, the host applies
 * it to whatever it is asking: Escape is the safe answer (back to the draft).
 */
function onDialogEscape(event: KeyboardEvent): void {
  if (event.key !== 'Escape' || event.defaultPrevented) return;
  event.preventDefault();
  act(openSerial === undefined ? 'escape' : kind === 'send-check' ? 'edited' : 'cancelled', openSerial);
}

/** A dialog frame: nothing while closed; once open, says it shows this question (serial) to its host. */
function DialogFrame({ props }: { props: (SendCheckProps | NudgeProps) & DialogFrameProps }) {
  useEffect(() => {
    if (!props.open) return;
    port?.postMessage({ type: 'shown', serial: props.serial });
    // The automation build stamps when a question is on screen, for the benchmark (wall time).
    if (E2E)
      (window as { __boundariesShownAt?: number }).__boundariesShownAt = performance.timeOrigin + performance.now();
  }, [props.open, props.serial]);
  if (!props.open) return null;
  const onAction = (action: string) => act(action, props.serial);
  return kind === 'send-check' ? (
    <SendCheckView check={props as SendCheckProps} onAction={onAction} />
  ) : (
    <NudgeView nudge={props as NudgeProps} onAction={onAction} />
  );
}

function PanelFrame({ props }: { props: PanelProps }) {
  const [collapsed, setCollapsed] = useState(props.collapsed);
  useLayoutEffect(() => report(collapsed ? 'collapsed' : 'expanded'), [collapsed]);
  // A focus request opens the panel.
  const [seenFocus, setSeenFocus] = useState(props.focusRequest);
  if (seenFocus !== props.focusRequest) {
    setSeenFocus(props.focusRequest);
    setCollapsed(false);
  }
  useEffect(() => {
    if (E2E)
      (window as { __boundariesReadyAt?: number }).__boundariesReadyAt = performance.timeOrigin + performance.now();
  }, [props.identity.key]);
  return (
    <ProfilePanel
      key={props.identity.key}
      identity={props.identity}
      initialCollapsed={collapsed}
      focusRequest={props.focusRequest}
      onCollapsedChange={(next) => {
        setCollapsed(next);
        void request('updateSettings', { patch: { panelCollapsed: next } }).catch(() => {});
      }}
    />
  );
}

/** The composer badge: 'compact' unless the user opened something (a picker, the note box, all notes, the people). */
function ComposerFrame({ props }: { props: ComposerProps }) {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const update = () => report(element.querySelector('[aria-expanded="true"]') ? 'open' : 'compact');
    update();
    const observer = new MutationObserver(update);
    observer.observe(element, { subtree: true, attributes: true, attributeFilter: ['aria-expanded'], childList: true });
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={root}>
      <ComposerBadge entry={props} {...badgeActions} />
    </div>
  );
}

function render(container: ReturnType<typeof createRoot>, message: { props: unknown }): void {
  const dark = (message.props as { dark?: boolean }).dark === true;
  document.getElementById('root')!.classList.toggle('b-dark', dark);
  if (kind === 'panel') container.render(<PanelFrame props={message.props as PanelProps} />);
  else if (kind === 'composer') container.render(<ComposerFrame props={message.props as ComposerProps} />);
  else if (kind === 'tip') container.render(<TipView view={(message.props as TipProps).view} now={Date.now()} />);
  else if (kind === 'hint') {
    // The automation build stamps every hint it receives (wall time, as it hands it to React), for the benchmark.
    if (E2E)
      ((window as { __boundariesHintAt?: number[] }).__boundariesHintAt ??= []).push(
        performance.timeOrigin + performance.now(),
      );
    container.render(
      <DriftHintView
        hint={message.props as DriftHintProps}
        onAction={(action) => act(action)}
        onOpenChange={(open) => report(open ? 'open' : 'compact')}
      />,
    );
  } else if (kind === 'post-hint')
    container.render(<PostHintView hint={message.props as PostHintProps} onAction={(action) => act(action)} />);
  else if (kind === 'send-check' || kind === 'nudge') {
    const { open, serial } = message.props as DialogFrameProps;
    traceFrame('props', { open, serial });
    openSerial = open ? serial : undefined;
    container.render(<DialogFrame props={message.props as SendCheckProps | NudgeProps} />);
  }
}

function focusNoteBox(): void {
  const box = document.querySelector<HTMLTextAreaElement>('textarea[aria-label="Add a note"]');
  box?.focus();
  box?.scrollIntoView?.({ block: 'nearest' });
}

if (token && ['panel', 'composer', 'tip', ...KINDS_WITH_CHECKS].includes(kind)) {
  const container = createRoot(document.getElementById('root')!);
  // Exactly one port, carrying the token only our content script knows. Anything else (a page posting to
  // window.frames) is ignored. The sender is our content script in the top frame: our parent, or the top
  // window when our frame sits in a same-origin LinkedIn iframe (a share box there).
  const onMessage = (event: MessageEvent) => {
    const data = event.data as { boundariesFrame?: unknown } | null;
    const fromHost = event.source === window.parent || event.source === window.top;
    if (port || !fromHost || !data || data.boundariesFrame !== token || event.ports.length !== 1) return;
    window.removeEventListener('message', onMessage);
    port = event.ports[0]!;
    port.onmessage = (portEvent: MessageEvent) => {
      const message = portEvent.data as { type?: string; props?: unknown } | null;
      if (!message) return;
      if (message.type === 'props' && message.props) render(container, message as { props: unknown });
      else if (message.type === 'focus' && (kind === 'send-check' || kind === 'nudge'))
        window.dispatchEvent(new Event('boundaries:focus'));
      else if (message.type === 'focus') requestAnimationFrame(focusNoteBox);
    };
  };
  window.addEventListener('message', onMessage);
  if (kind === 'send-check' || kind === 'nudge') window.addEventListener('keydown', onDialogEscape);
}
