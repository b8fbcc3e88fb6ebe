/** Light or dark extension pages, following the system (prefers-color-scheme), live. */
export function applyPageTheme(element: HTMLElement = document.body): () => void {
  element.classList.add('b-page');
  const query = window.matchMedia('(prefers-color-scheme: dark)');
  const apply = () => element.classList.toggle('b-dark', query.matches);
  apply();
  query.addEventListener('change', apply);
  return () => query.removeEventListener('change', apply);
}
