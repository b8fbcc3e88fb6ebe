// @vitest-environment happy-dom
/**
 * The post nudge's decisions (pure) and its interception against the share-box fixtures, with the
 * fixture's Post handler replaced by a counter. The real-browser behaviour is in tests/e2e/post-nudge.test.ts.
 */
import '../../analyzer/bundled';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PostNudge, hintMessage, judgeText, verdictFor } from '../../entrypoints/linkedin.content/features/post-nudge';
import {
  findPostButton,
  findShareBoxes,
  readDraft,
  type Draft,
} from '../../entrypoints/linkedin.content/linkedin/sharebox';
import { DEFAULT_SETTINGS, type Settings } from '../../storage/model';
import { attachMuffin, loadFixture, setParagraphs } from './sharebox-fixture';

const MUFFIN = 'Best breakfast ever 🧁 #weekendvibes';
const HIRING = "We're hiring two backend engineers in Lisbon";

function draft(text: string, patch: Partial<Draft> = {}): Draft {
  return {
    text,
    mentions: [],
    hashtags: [],
    links: [],
    attachments: [],
    audience: { kind: 'anyone', label: 'Anyone', via: 'text' },
    scheduledFor: '',
    scheduled: false,
    repost: false,
    ...patch,
  };
}

function settings(patch: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...patch };
}

const PHOTO = [{ kind: 'photo' as const, name: 'muffin.jpg', alt: 'muffin.jpg' }];

describe('when Post asks first', () => {
  it('the muffin post to Anyone: asked, with its words and categories', () => {
    const verdict = verdictFor(draft(MUFFIN), settings());
    expect(verdict).not.toBeNull();
    expect(verdict!.categories).toContain('food');
    expect(verdict!.result.evidence.map((item) => item.text)).toEqual(expect.arrayContaining(['breakfast', '🧁']));
    expect(verdict!.photo).toBe(false);
  });

  it('a photo raises the level of a personal text, and alone never asks', () => {
    const withPhoto = verdictFor(draft(MUFFIN, { attachments: PHOTO }), settings())!;
    expect(withPhoto.photo).toBe(true);
    expect(withPhoto.raised.score).toBeGreaterThan(withPhoto.result.score);
    expect(verdictFor(draft('', { attachments: PHOTO }), settings())).toBeNull();
    // Two cupcakes and a photo: emoji alone leave the analyzer not sure, and a photo never asks on its own.
    expect(verdictFor(draft('🧁🧁', { attachments: PHOTO }), settings())).toBeNull();
  });

  it('professional, empty, link-only and unsure drafts go straight through', () => {
    for (const text of [HIRING, '', '   ', 'https://example.org/careers', '🎉'])
      expect([text, verdictFor(draft(text), settings())]).toEqual([text, null]);
  });

  it('audiences follow settings.nudgeAudiences; an unreadable audience counts as Anyone (LinkedIn default)', () => {
    const to = (kind: Draft['audience']['kind']) => draft(MUFFIN, { audience: { kind, label: '', via: 'text' } });
    expect(verdictFor(to('connections'), settings())).not.toBeNull();
    expect(
      verdictFor(
        to('connections'),
        settings({ nudgeAudiences: { ...DEFAULT_SETTINGS.nudgeAudiences, connections: false } }),
      ),
    ).toBeNull();
    expect(verdictFor(to('group'), settings())).toBeNull();
    expect(
      verdictFor(to('group'), settings({ nudgeAudiences: { ...DEFAULT_SETTINGS.nudgeAudiences, group: true } })),
    ).not.toBeNull();
    expect(
      verdictFor(to('event'), settings({ nudgeAudiences: { ...DEFAULT_SETTINGS.nudgeAudiences, event: true } })),
    ).not.toBeNull();
    expect(verdictFor(to('private'), settings())).toBeNull();
    expect(verdictFor(to('unknown'), settings())).not.toBeNull();
    expect(
      verdictFor(to('unknown'), settings({ nudgeAudiences: { ...DEFAULT_SETTINGS.nudgeAudiences, anyone: false } })),
    ).toBeNull();
  });

  it('muted categories, the snooze and the switch', () => {
    const all = verdictFor(draft(MUFFIN), settings())!.categories;
    expect(verdictFor(draft(MUFFIN), settings({ mutedCategories: all }))).toBeNull();
    const partly = verdictFor(draft(MUFFIN), settings({ mutedCategories: [all[0]!] }));
    if (all.length > 1) expect(partly!.categories).toEqual(all.slice(1));
    const now = Date.now();
    expect(verdictFor(draft(MUFFIN), settings({ nudgeSnoozedUntil: now + 1000 }), now)).toBeNull();
    expect(verdictFor(draft(MUFFIN), settings({ nudgeSnoozedUntil: now - 1 }), now)).not.toBeNull();
    expect(verdictFor(draft(MUFFIN), settings({ postNudge: false }))).toBeNull();
  });

  it('the hint says why, or that it reads professional, or nothing', () => {
    expect(hintMessage(judgeText(MUFFIN, settings()), true)).toEqual({
      tone: 'personal',
      text: expect.stringMatching(/^Reads personal: food and drink \(“breakfast”, “🧁”\).*· the photo adds to it$/),
    });
    expect(hintMessage(judgeText(HIRING, settings()), false)).toEqual({
      tone: 'professional',
      text: 'Reads professional',
    });
    expect(hintMessage(judgeText('', settings()), false)).toEqual({ tone: 'none', text: '' });
  });
});

describe('interception in the page (happy-dom)', () => {
  let controller: AbortController;
  let posts: number;

  function setup(file: string, patch: Partial<Settings> = {}) {
    loadFixture(file);
    controller = new AbortController();
    const nudge = new PostNudge(settings(patch), controller.signal);
    nudge.scan();
    const box = findShareBoxes()[0]!;
    const post = findPostButton(box)!;
    post.removeAttribute('disabled');
    post.addEventListener('click', () => posts++);
    return { nudge, box, post };
  }

  beforeEach(() => {
    posts = 0;
  });
  afterEach(() => controller.abort());

  it('asks at Post; "Post anyway" replays Post exactly once; a second click while asking is swallowed', () => {
    const { nudge, box, post } = setup('linkedin/feed-sharebox-legacy.html');
    setParagraphs(box.editor, [MUFFIN]);
    post.click();
    expect(posts).toBe(0);
    // One host for our question (its words are in our extension-origin frame, not in this page).
    expect(document.querySelectorAll('[data-boundaries="post-nudge"]')).toHaveLength(1);
    expect(nudge.asking).toBe(true);
    post.click();
    expect(posts).toBe(0);
    nudge.settle('posted-anyway');
    nudge.settle('posted-anyway');
    expect(posts).toBe(1);
    expect(nudge.asking).toBe(false);
  });

  it('"Edit post" leaves the draft intact and posts nothing', () => {
    const { nudge, box, post } = setup('linkedin/feed-sharebox-legacy.html');
    attachMuffin();
    setParagraphs(box.editor, [MUFFIN]);
    post.click();
    nudge.settle('edited');
    expect(posts).toBe(0);
    expect(readDraft(box).text).toBe(MUFFIN);
    expect(nudge.asking).toBe(false);
  });

  it('Ctrl+Enter in the editor asks too; a professional draft is never stopped', () => {
    const { nudge, box, post } = setup('linkedin/feed-sharebox-legacy.html');
    setParagraphs(box.editor, [MUFFIN]);
    const event = new KeyboardEvent('keydown', {
      key: 'Enter',
      ctrlKey: true,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    box.editor.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(nudge.asking).toBe(true);
    nudge.settle('cancelled');
    setParagraphs(box.editor, [HIRING]);
    post.click();
    expect(posts).toBe(1);
    expect(nudge.asking).toBe(false);
  });

  it('closes ours when the share box goes away while asking', () => {
    const { nudge, box, post } = setup('linkedin/feed-sharebox-legacy.html');
    setParagraphs(box.editor, [MUFFIN]);
    post.click();
    expect(nudge.asking).toBe(true);
    box.root.closest('[data-test-modal-container]')!.remove();
    nudge.scan();
    expect(nudge.asking).toBe(false);
    expect(posts).toBe(0);
  });

  it("fails open: an error while asking lets LinkedIn's Post through untouched", () => {
    const { nudge, box, post } = setup('linkedin/feed-sharebox-legacy.html');
    setParagraphs(box.editor, [MUFFIN]);
    // The page's document loses its <body> (as during a SPA teardown): our dialog cannot be mounted.
    const body = document.body;
    const original = body.append.bind(body);
    body.append = () => {
      throw new Error('no place for our dialog');
    };
    try {
      post.click();
    } finally {
      body.append = original;
    }
    expect(posts).toBe(1);
    expect(nudge.asking).toBe(false);
    expect(document.querySelector('[data-boundaries="post-nudge"]')).toBeNull();
  });

  it('puts one live hint in the share box and none on the decoy; removes it when stopped', () => {
    setup('linkedin/feed-sharebox-2026.html');
    const shadow = document.getElementById('interop-outlet')!.shadowRoot!;
    expect(shadow.querySelectorAll('[data-boundaries="post-hint"]')).toHaveLength(1);
    expect(document.querySelectorAll('[data-boundaries="post-hint"]')).toHaveLength(0);
    controller.abort();
    expect(shadow.querySelectorAll('[data-boundaries="post-hint"]')).toHaveLength(0);
  });
});
