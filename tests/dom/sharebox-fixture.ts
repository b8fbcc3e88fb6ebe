/** Loads a fixture page into the happy-dom document, with declarative shadow roots attached and no scripts run. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures');

export function fixtureHtml(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function expectations<T = Record<string, unknown>>(name: string): T {
  const match = /<script type="application\/json" id="fixture-expectations">([\s\S]*?)<\/script>/.exec(
    fixtureHtml(name),
  );
  if (!match) throw new Error(`${name} has no #fixture-expectations`);
  return JSON.parse(match[1] as string) as T;
}

/** Replaces `document` with the fixture (scripts and iframe loads stripped), shadow roots attached. */
export function loadFixture(name: string, doc: Document = document, { keepFrames = false } = {}): Document {
  let html = fixtureHtml(name)
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<script(?![^>]*type="application\/json")[^>]*>[\s\S]*?<\/script>/g, '');
  // happy-dom cannot load frames (it logs an error per frame): drop them, or, to count them, return the
  // parsed document without attaching it to the window (parsed documents never load frames).
  if (keepFrames) return new DOMParser().parseFromString(html, 'text/html');
  html = html.replace(/<iframe[^>]*>[\s\S]*?<\/iframe>/g, '');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  doc.documentElement.replaceChildren(doc.adoptNode(parsed.head), doc.adoptNode(parsed.body));
  for (const template of [...doc.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode]')]) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const shadow = host.attachShadow({ mode: (template.getAttribute('shadowrootmode') as ShadowRootMode) ?? 'open' });
    shadow.append(doc.importNode(template.content, true));
    template.remove();
  }
  return doc;
}

/** The fixtures' "?fixtureMedia=muffin" option, done the way the fixture script does it. */
export function attachMuffin(doc: Document = document): void {
  const composer = doc.querySelector('[data-fixture-composer]');
  const template = composer?.querySelector<HTMLTemplateElement>('template[data-fixture-preview-template]');
  const slot = composer?.querySelector('[data-fixture-preview-slot]');
  if (!template || !slot) throw new Error('no preview template');
  const fragment = doc.importNode(template.content, true);
  const image = fragment.querySelector('img');
  image?.setAttribute('alt', 'muffin.jpg');
  image?.setAttribute('data-fixture-filename', 'muffin.jpg');
  slot.append(fragment);
}

/** Types into a contenteditable the way Quill/TipTap leave it: one <p> per line. */
export function setParagraphs(editor: Element, lines: string[]): void {
  const doc = editor.ownerDocument;
  editor.replaceChildren(
    ...lines.map((line) => {
      const p = doc.createElement('p');
      if (line === '') p.append(doc.createElement('br'));
      else p.append(doc.createTextNode(line));
      return p;
    }),
  );
}
