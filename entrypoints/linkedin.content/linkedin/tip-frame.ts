/**
 * The contact badges' tooltip: one extension-origin frame per page (issue 15), made on the first hover
 * or focus, moved under whichever badge asks and hidden when it lets go. Always the same size: where it
 * appears says which badge the user pointed at, never what is stored.
 */
import type { TipControl } from '../../../components/ContactBadge';
import type { ContactView } from '../../../storage/model';
import { createOurHost, type OurHost } from './dom';
import { createFrame, type OurFrame } from './frame-host';

const WIDTH = 320;
const HEIGHT = 112;
const HIDDEN = 'display:none';

export function createTipFrame(doc: Document, dark: boolean): TipControl & { destroy(): void } {
  let host: OurHost | null = null;
  let frame: OurFrame | null = null;
  let owner: HTMLElement | null = null;

  const ensure = () => {
    if (host && frame && host.host.isConnected) return frame;
    frame?.destroy();
    host?.remove();
    host = createOurHost('badge-tip', '');
    host.host.style.cssText = HIDDEN;
    frame = createFrame(
      'tip',
      host.mount,
      `border:0;display:block;width:${WIDTH}px;height:${HEIGHT}px;background:transparent`,
      () => {},
    );
    doc.body.append(host.host);
    return frame;
  };

  return {
    show(anchor: HTMLElement, view: ContactView) {
      try {
        const current = ensure();
        owner = anchor;
        current.send({ type: 'props', props: { view, dark } });
        const box = anchor.getBoundingClientRect();
        const viewport = doc.defaultView;
        const width = Math.min(WIDTH, (viewport?.innerWidth ?? 1024) - 16);
        const left = Math.max(8, Math.min(box.left, (viewport?.innerWidth ?? 1024) - width - 8));
        host!.host.style.cssText = `display:block;position:fixed;left:${left}px;top:${box.bottom + 6}px;width:${width}px;height:${HEIGHT}px;z-index:2147483000;margin:0;padding:0`;
      } catch (error) {
        console.debug('[Boundaries] tooltip failed', error);
      }
    },
    hide(anchor: HTMLElement) {
      if (owner !== anchor || !host) return;
      owner = null;
      host.host.style.cssText = HIDDEN;
    },
    destroy() {
      frame?.destroy();
      host?.remove();
      host = null;
      frame = null;
    },
  };
}
