/**
 * How long this content script lives, decided by the browser only, never by the page.
 *
 * WXT's ContentScriptContext invalidates itself when `document` receives a CustomEvent named
 * `<extension id>:linkedin:wxt:content-script-started` (its way of stopping an older copy of the script),
 * and its location watcher re-dispatches navigations as window events. Both are page-visible, page-forgeable
 * events: any LinkedIn script could replay them and switch Boundaries off (issue 15). So the features never
 * see WXT's context. This one ends only when the extension itself is gone (updated, reloaded or removed:
 * `browser.runtime.id` is then undefined in the orphaned script), noticed when a timer of ours fires, as
 * WXT's did. Not on a clock of its own: a dialog holding the user's Post or Send must stay to answer it
 * (fail open) rather than vanish under them. Navigations are reported by reading `location.href`,
 * whatever event woke us.
 */
import { browser } from 'wxt/browser';

/** Where the Navigation API is missing (Firefox before 147), the URL is polled this often. */
const URL_POLL_MS = 250;

export class Lifetime {
  private readonly controller = new AbortController();

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** True once the extension is gone; also notices it on the spot. */
  get isInvalid(): boolean {
    if (!this.extensionAlive()) this.end();
    return this.controller.signal.aborted;
  }

  onInvalidated(callback: () => void): () => void {
    this.controller.signal.addEventListener('abort', callback, { once: true });
    return () => this.controller.signal.removeEventListener('abort', callback);
  }

  /** setTimeout that never fires after the extension is gone. */
  setTimeout(handler: () => void, ms: number): number {
    const id = window.setTimeout(() => {
      if (!this.isInvalid) handler();
    }, ms);
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  /**
   * Calls `onChange(url)` after every change of `location.href`. Events only tell us to look: a forged
   * event with no real navigation changes nothing, and the URL we report is always the real one.
   */
  watchLocation(onChange: (url: URL) => void): void {
    let last = location.href;
    const look = () => {
      if (this.controller.signal.aborted || location.href === last) return;
      last = location.href;
      try {
        onChange(new URL(last));
      } catch (error) {
        console.debug('[Boundaries] navigation handling failed', error);
      }
    };
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (navigation && typeof navigation.addEventListener === 'function') {
      // After the URL is committed (pushState, replaceState, back/forward).
      navigation.addEventListener('currententrychange', look, { signal: this.signal });
      navigation.addEventListener('navigatesuccess', look, { signal: this.signal });
    }
    window.addEventListener('popstate', look, { signal: this.signal });
    // A safety net that costs one string compare.
    const poll = setInterval(look, navigation ? 1000 : URL_POLL_MS);
    this.onInvalidated(() => clearInterval(poll));
  }

  private extensionAlive(): boolean {
    try {
      return browser.runtime?.id != null;
    } catch {
      return false;
    }
  }

  private end(): void {
    if (!this.controller.signal.aborted) this.controller.abort();
  }
}
