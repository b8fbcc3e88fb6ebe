/** Light or dark extension pages, following the system (prefers-color-scheme), live. */
export function applyPageTheme(element: HTMLElement = document.body): () => void {
  element.classList.add('b-page');
  const query = window.matchMedia('(prefers-color-scheme: dark)');
  const apply = () => element.classList.toggle('b-dark', query.matches);
  apply();
  query.addEventListener('change', apply);
  return () => query.removeEventListener('change', apply);
}

/** LinkedIn's dark theme (`theme--dark` on <html>) or the system's. */
export function isDarkPage(doc: Document = document): boolean {
  const html = doc.documentElement;
  if (html.classList.contains('theme--dark')) return true;
  if (html.classList.contains('theme--light')) return false;
  return doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}
