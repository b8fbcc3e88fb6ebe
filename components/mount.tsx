import { createRoot } from 'react-dom/client';
import type { ReactNode } from 'react';

/** LinkedIn's dark theme (`theme--dark` on <html>) or the system's. */
export function isDarkPage(doc: Document = document): boolean {
  const html = doc.documentElement;
  if (html.classList.contains('theme--dark')) return true;
  if (html.classList.contains('theme--light')) return false;
  return doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

/** Renders React into one of our shadow-root mounts; returns the unmount function. */
export function renderInto(mount: HTMLElement, node: ReactNode): () => void {
  mount.classList.toggle('b-dark', isDarkPage(mount.ownerDocument));
  const root = createRoot(mount);
  root.render(node);
  return () => root.unmount();
}
