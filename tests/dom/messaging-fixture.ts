/** Loads a messaging fixture as its own document: scripts stripped (none run), declarative shadow roots attached. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '../fixtures');

export function loadMessagingFixture(name: string): Document {
  const html = readFileSync(join(FIXTURES, name), 'utf8')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<script(?![^>]*type="application\/json")[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<(\/?)iframe\b/g, '<$1div');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const template of [...doc.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode]')]) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    host.attachShadow({ mode: 'open' }).append(doc.importNode(template.content, true));
    template.remove();
  }
  return doc;
}

export function fixtureExpectations<T = Record<string, unknown>>(doc: Document): T {
  return JSON.parse(doc.getElementById('fixture-expectations')?.textContent ?? '{}') as T;
}
