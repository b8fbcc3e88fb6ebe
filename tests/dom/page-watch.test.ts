// @vitest-environment happy-dom
/**
 * The page-change contract features rely on (linkedin/dom.ts observePage, issue 11): a full look first,
 * then only what changed — added subtree roots, removed nodes, watched attributes, and text changes for
 * the features that ask — once per frame; interest filters; a full look again after navigation.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { observePage, rescanPage, type PageChanges } from '../../entrypoints/linkedin.content/linkedin/dom';

const frame = () => new Promise((resolve) => setTimeout(resolve, 60));
let controller: AbortController;
afterEach(() => controller?.abort());

function setup(options: Parameters<typeof observePage>[3] = {}) {
  const main = document.createElement('main');
  const feed = main.appendChild(document.createElement('div'));
  feed.id = 'feed';
  const post = feed.appendChild(document.createElement('div'));
  post.className = 'post';
  const link = post.appendChild(document.createElement('a'));
  link.href = '/in/a/';
  link.textContent = 'A';
  post.appendChild(document.createElement('span')).textContent = '3 likes';
  document.body.replaceChildren(main);
  controller = new AbortController();
  const calls: PageChanges[] = [];
  observePage((changes) => calls.push(changes), controller.signal, document, options);
  return calls;
}

describe('observePage', () => {
  it('looks at the whole page first, then hands over only the roots of added subtrees and removed nodes', async () => {
    const calls = setup();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.full).toBe(true);
    const post = document.createElement('div');
    const link = document.createElement('a');
    link.href = '/in/b/';
    link.textContent = 'B';
    post.append(document.createElement('p'));
    post.firstElementChild!.append(link);
    document.querySelector('#feed')!.append(post);
    post.querySelector('p')!.append(document.createElement('em')); // inside an added subtree: covered by it
    document.querySelector('.post')!.remove();
    await frame();
    expect(calls).toHaveLength(2);
    expect(calls[1]!.full).toBe(false);
    expect(calls[1]!.added).toEqual([post]);
    expect(calls[1]!.removed.map((node) => (node as Element).className)).toEqual(['post']);
  });

  it('text-only changes reach only the features that ask for them; attributes arrive with their names', async () => {
    const plain = setup();
    const texts: PageChanges[] = [];
    observePage((changes) => texts.push(changes), controller.signal, document, { text: true });
    const span = document.querySelector('span')!;
    span.textContent = '4 likes';
    (span.firstChild as Text).data = '5 likes';
    await frame();
    expect(plain).toHaveLength(1); // nothing but the first full look
    expect(texts).toHaveLength(2);
    expect(texts[1]!.text).toEqual([span]);
    document.querySelector('a')!.setAttribute('href', '/in/c/');
    await frame();
    expect(plain).toHaveLength(2);
    expect([...plain[1]!.attributes.get(document.querySelector('a')!)!]).toEqual(['href']);
  });

  it('an interest filter wakes a feature only for changes near what it looks for; our own UI never wakes it', async () => {
    const calls = setup({ interest: ['form.msg-form', ':has(> nothing)'] });
    const unrelated = document.createElement('div');
    document.querySelector('#feed')!.append(unrelated);
    const ours = document.createElement('boundaries-ui');
    ours.setAttribute('data-boundaries', 'contact-badge');
    document.body.append(ours);
    await frame();
    expect(calls).toHaveLength(1);
    const form = document.createElement('form');
    form.className = 'msg-form';
    unrelated.append(form);
    await frame();
    expect(calls).toHaveLength(2);
    form.append(document.createElement('p')); // inside what it looks for
    await frame();
    expect(calls).toHaveLength(3);
  });

  it('after in-app navigation every feature gets one full look again', async () => {
    const calls = setup();
    rescanPage(document);
    await frame();
    expect(calls.map((changes) => changes.full)).toEqual([true, true]);
  });
});
