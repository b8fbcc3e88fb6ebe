// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  describeAudience,
  findCommentBoxes,
  findPostButton,
  findShareBoxes,
  hashtagsIn,
  linksIn,
  readAttachments,
  readAudience,
  readDraft,
  readEditorText,
} from '../../entrypoints/linkedin.content/linkedin/sharebox';
import { attachMuffin, expectations, loadFixture, setParagraphs } from './sharebox-fixture';

const VARIANTS = [
  ['linkedin/feed-sharebox-legacy.html', 'legacy'],
  ['linkedin/feed-sharebox-2026.html', 'shadow'],
  ['linkedin/feed-sharebox-2026-photo.html', 'shadow'],
  ['linkedin/feed-sharebox-sdui-dialog-2026.html', 'sdui'],
  ['boundaries/sharebox-group-2026.html', 'shadow'],
  ['boundaries/sharebox-scheduled-legacy.html', 'legacy'],
  ['boundaries/sharebox-repost-2026.html', 'shadow'],
  ['boundaries/sharebox-media-2026.html', 'shadow'],
] as const;

function onlyBox() {
  const boxes = findShareBoxes(document);
  expect(boxes).toHaveLength(1);
  return boxes[0]!;
}

beforeEach(() => {
  document.body.replaceChildren();
});

describe('finding the share box', () => {
  it.each(VARIANTS)('%s: exactly one share box, variant %s, with its editor and Post button', (file, variant) => {
    loadFixture(file);
    const box = onlyBox();
    expect(box.variant).toBe(variant);
    expect(box.root.contains(box.editor)).toBe(true);
    expect(box.editor.getAttribute('contenteditable')).toBe('true');
    expect(box.editor.classList.contains('ql-clipboard')).toBe(false);
    const post = findPostButton(box);
    expect(post).not.toBeNull();
    expect(box.root.contains(post)).toBe(true);
    expect(post!.textContent!.trim()).toMatch(/^(Post|Schedule)$/);
  });

  it('ignores the decoy .ql-editor in the light DOM (it is found first by a page-wide query)', () => {
    loadFixture('linkedin/feed-sharebox-2026.html');
    const decoy = document.querySelector('.ql-editor');
    expect(decoy?.textContent).toContain('Decoy');
    const box = onlyBox();
    expect(box.editor).not.toBe(decoy);
    expect(box.editor.getRootNode()).toBe(document.getElementById('interop-outlet')!.shadowRoot);
    expect(readEditorText(box.editor)).toBe('');
  });

  it('finds nothing on a page without a share box, and nothing once the box is closed', () => {
    loadFixture('linkedin/feed-2026.html');
    expect(findShareBoxes(document)).toEqual([]);
    loadFixture('linkedin/feed-sharebox-legacy.html');
    onlyBox().root.closest('[data-test-modal-container]')!.remove();
    expect(findShareBoxes(document)).toEqual([]);
  });

  it('treats a closed SDUI <dialog> as no share box', () => {
    loadFixture('linkedin/feed-sharebox-sdui-dialog-2026.html');
    document.querySelector('dialog')!.removeAttribute('open');
    expect(findShareBoxes(document)).toEqual([]);
  });

  it('returns nothing (so Post is never touched) when the share box has no readable editor', () => {
    loadFixture('linkedin/feed-sharebox-sdui-dialog-2026.html');
    const editor = document.querySelector('[componentkey="ShareBox_textEditor"]')!;
    for (const name of ['componentkey', 'aria-label', 'contenteditable', 'role']) editor.removeAttribute(name);
    expect(findShareBoxes(document)).toEqual([]);
  });
});

describe('reading the draft', () => {
  it('reads Quill paragraphs as lines, with emoji and hashtags', () => {
    loadFixture('linkedin/feed-sharebox-legacy.html');
    const box = onlyBox();
    setParagraphs(box.editor, ['Best breakfast ever 🧁 #weekendvibes', '', 'See you\u00a0soon\u200b']);
    const draft = readDraft(box);
    expect(draft.text).toBe('Best breakfast ever 🧁 #weekendvibes\n\nSee you soon');
    expect(draft.hashtags).toEqual(['#weekendvibes']);
    expect(draft.attachments).toEqual([]);
    expect(draft.audience).toEqual({ kind: 'anyone', label: 'Anyone', via: 'text' });
    expect(draft.scheduled).toBe(false);
    expect(draft.repost).toBe(false);
  });

  it('reads TipTap paragraphs in the SDUI dialog', () => {
    loadFixture('linkedin/feed-sharebox-sdui-dialog-2026.html');
    const box = onlyBox();
    setParagraphs(box.editor, ["We're hiring two backend engineers in Lisbon"]);
    const draft = readDraft(box);
    expect(draft.text).toBe("We're hiring two backend engineers in Lisbon");
    expect(draft.audience.kind).toBe('anyone');
    expect(draft.audience.label).toBe('Anyone');
  });

  it('reads mentions, links, hashtags, a video and a document', () => {
    const file = 'boundaries/sharebox-media-2026.html';
    loadFixture(file);
    const expected = expectations<{ initial: { text: string; mentions: string[]; hashtags: string[] } }>(file).initial;
    const draft = readDraft(onlyBox());
    expect(draft.text).toBe(expected.text);
    expect(draft.mentions).toEqual(expected.mentions);
    expect(draft.hashtags).toEqual(expected.hashtags);
    expect(draft.links).toEqual(['https://example.org/roadmap']);
    expect(draft.attachments).toEqual([
      { kind: 'video', name: 'standup.mp4', alt: 'standup.mp4' },
      { kind: 'document', name: 'Q3-roadmap.pdf', alt: 'Q3-roadmap.pdf' },
    ]);
  });

  it('reads pasted rich text: nested blocks, lists, bold, links and emoji images', () => {
    loadFixture('linkedin/feed-sharebox-legacy.html');
    const box = onlyBox();
    const doc = document;
    const div = doc.createElement('div');
    const b = doc.createElement('b');
    b.append('Big news');
    div.append(
      b,
      ' from ',
      Object.assign(doc.createElement('a'), { href: 'https://example.org/x', textContent: 'our blog' }),
    );
    const list = doc.createElement('ul');
    for (const item of ['first', 'second']) list.append(Object.assign(doc.createElement('li'), { textContent: item }));
    const emoji = doc.createElement('img');
    emoji.alt = '🎉';
    const p = doc.createElement('p');
    p.append('Party ', emoji);
    box.editor.replaceChildren(div, list, p);
    expect(readEditorText(box.editor)).toBe('Big news from our blog\nfirst\nsecond\nParty 🎉');
  });

  it('reads a 3,000+ character draft whole', () => {
    loadFixture('linkedin/feed-sharebox-2026.html');
    const box = onlyBox();
    const lines = Array.from({ length: 40 }, (_, i) => `Line ${i} ${'quarterly planning notes '.repeat(3)}`.trim());
    setParagraphs(box.editor, lines);
    const text = readEditorText(box.editor);
    expect(text.length).toBeGreaterThan(3000);
    expect(text.split('\n')).toHaveLength(40);
  });

  it('reads the attached photo by its alt text / file name', () => {
    loadFixture('linkedin/feed-sharebox-2026-photo.html');
    expect(readAttachments(onlyBox().root)).toEqual([{ kind: 'photo', name: 'muffin.jpg', alt: 'muffin.jpg' }]);
    loadFixture('linkedin/feed-sharebox-legacy.html');
    expect(readAttachments(onlyBox().root)).toEqual([]);
    attachMuffin();
    expect(readAttachments(onlyBox().root)).toEqual([{ kind: 'photo', name: 'muffin.jpg', alt: 'muffin.jpg' }]);
  });

  it('keeps alt text that is not a file name as alt only', () => {
    loadFixture('linkedin/feed-sharebox-2026-photo.html');
    const box = onlyBox();
    box.root.querySelector('img.update-components-image__image')!.setAttribute('alt', 'A blueberry muffin on a plate');
    expect(readAttachments(box.root)).toEqual([{ kind: 'photo', name: '', alt: 'A blueberry muffin on a plate' }]);
  });

  it('a repost: the quoted post is neither text nor attachment of the draft', () => {
    loadFixture('boundaries/sharebox-repost-2026.html');
    const box = onlyBox();
    setParagraphs(box.editor, ['Great recap']);
    const draft = readDraft(box);
    expect(draft.repost).toBe(true);
    expect(draft.text).toBe('Great recap');
    expect(draft.attachments).toEqual([]);
    expect(draft.hashtags).toEqual([]);
  });

  it('a scheduled post: reads the schedule line and the Schedule action', () => {
    const file = 'boundaries/sharebox-scheduled-legacy.html';
    loadFixture(file);
    const box = onlyBox();
    const draft = readDraft(box);
    expect(draft.scheduled).toBe(true);
    expect(draft.scheduledFor).toBe(expectations<{ initial: { scheduledFor: string } }>(file).initial.scheduledFor);
    expect(findPostButton(box)!.textContent!.trim()).toBe('Schedule');
  });
});

describe('reading the audience', () => {
  it.each([
    ['linkedin/feed-sharebox-legacy.html', 'Anyone'],
    ['linkedin/feed-sharebox-2026.html', 'Anyone'],
    ['linkedin/feed-sharebox-sdui-dialog-2026.html', 'Anyone'],
  ])('%s: Anyone', (file, label) => {
    loadFixture(file);
    const audience = readAudience(onlyBox().root);
    expect(audience).toEqual({ kind: 'anyone', label, via: 'text' });
    expect(describeAudience(audience)).toBe('Anyone on or off LinkedIn');
  });

  it('legacy chip after choosing Connections only', () => {
    loadFixture('linkedin/feed-sharebox-legacy.html');
    const box = onlyBox();
    box.root.querySelector('.share-state-change-button__label')!.textContent = 'Connections only';
    expect(readAudience(box.root)).toEqual({ kind: 'connections', label: 'Connections only', via: 'text' });
  });

  it('2026 header "Post to Connections only"', () => {
    loadFixture('linkedin/feed-sharebox-2026.html');
    const box = onlyBox();
    box.root.querySelector('.share-unified-settings-entry-button__visibility')!.textContent =
      'Post to Connections only';
    expect(readAudience(box.root).kind).toBe('connections');
  });

  it('a group: header names the group, the panel option id says CONTAINER', () => {
    loadFixture('boundaries/sharebox-group-2026.html');
    const audience = readAudience(onlyBox().root);
    expect(audience).toEqual({ kind: 'group', label: 'Northwind Hiking Club', via: 'id' });
    expect(describeAudience(audience)).toBe('Members of Northwind Hiking Club');
  });

  it('localized labels: Spanish, German, French, Portuguese', () => {
    loadFixture('linkedin/feed-sharebox-2026.html');
    const box = onlyBox();
    const label = box.root.querySelector('.share-unified-settings-entry-button__visibility')!;
    const cases: [string, string][] = [
      ['Publicar en Cualquiera', 'anyone'],
      ['Solo contactos', 'connections'],
      ['Posten für Alle', 'anyone'],
      ['Relations uniquement', 'connections'],
      ['Apenas conexões', 'connections'],
    ];
    for (const [text, kind] of cases) {
      label.textContent = text;
      expect([text, readAudience(box.root).kind]).toEqual([text, kind]);
    }
  });

  it('an unknown locale falls back to the selected option id, then to the icon', () => {
    loadFixture('linkedin/feed-sharebox-legacy.html');
    const box = onlyBox();
    const label = box.root.querySelector('.share-state-change-button__label')!;
    label.textContent = 'つながりのみ';
    box.root.querySelector('#ANYONE')!.setAttribute('aria-checked', 'false');
    box.root.querySelector('#CONNECTIONS_ONLY')!.setAttribute('aria-checked', 'true');
    expect(readAudience(box.root)).toMatchObject({ kind: 'connections', via: 'id' });
    box.root.querySelector('#CONNECTIONS_ONLY')!.setAttribute('aria-checked', 'false');
    expect(readAudience(box.root)).toMatchObject({ kind: 'anyone', via: 'icon' }); // globe icon
  });

  it('unreadable audience says so', () => {
    loadFixture('linkedin/feed-sharebox-sdui-dialog-2026.html');
    const box = onlyBox();
    box.root.querySelector('[data-fixture-audience-button]')!.remove();
    const audience = readAudience(box.root);
    expect(audience.kind).toBe('unknown');
    expect(describeAudience(audience)).toMatch(/could not read/);
  });
});

describe('comment boxes', () => {
  it('finds the legacy Quill and the 2026 TipTap comment editors, never the share box editor', () => {
    const file = 'boundaries/comment-boxes.html';
    loadFixture(file);
    const boxes = findCommentBoxes(document);
    expect(boxes).toHaveLength(expectations<{ commentEditors: number }>(file).commentEditors);
    expect(boxes[0]!.editor.getAttribute('aria-label')).toBe('Text editor for creating comment');
    expect(boxes.some((box) => box.editor.closest('.comments-comment-texteditor'))).toBe(true);
    loadFixture('linkedin/feed-sharebox-legacy.html');
    expect(findCommentBoxes(document)).toEqual([]);
  });
});

describe('text helpers', () => {
  it('hashtags and links', () => {
    expect(hashtagsIn('#one two#notatag (#three) C# &#39; #über_cool')).toEqual(['#one', '#three', '#über_cool']);
    expect(linksIn('see https://example.org/a, and www.example.com/b.')).toEqual([
      'https://example.org/a',
      'www.example.com/b',
    ]);
  });
});

describe('the SDUI Post button (no stable hook)', () => {
  it('is found by its label, or as the lone text-only button in another locale, never guessed among several', () => {
    loadFixture('linkedin/feed-sharebox-sdui-dialog-2026.html');
    const box = findShareBoxes(document)[0]!;
    const post = findPostButton(box)!;
    expect(post.textContent).toBe('Post');
    post.textContent = 'Veröffentlichen';
    expect(findPostButton(box)).toBe(post);
    post.textContent = '投稿';
    expect(findPostButton(box)).toBe(post);
    const next = document.createElement('button');
    next.textContent = 'Weiter';
    post.after(next);
    expect(findPostButton(box)).toBeNull();
  });
});
