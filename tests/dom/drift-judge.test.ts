// @vitest-environment happy-dom
/** The drift check's decisions, with the real analyzer: which levels mind what, and Enter-to-send detection. */
import '../../analyzer/bundled';
import { afterEach, describe, expect, it } from 'vitest';
import { enterSends, judge } from '../../entrypoints/linkedin.content/features/message-drift-check';
import { DEFAULT_SETTINGS, analyzerSettings } from '../../storage/model';

const settings = analyzerSettings(DEFAULT_SETTINGS);
const PARTY = 'Great weekend, far too many beers at the party!';
const KIDS = 'Great weekend hiking with my kids.';
const WORK = 'Could we move the quarterly review to Thursday afternoon?';

describe('judge', () => {
  it('"Keep it professional" flags anything personal and names the words', () => {
    const party = judge(PARTY, 'professional', settings);
    expect(party.flagged).toBe(true);
    expect(party.words).toEqual(expect.arrayContaining(['party']));
    expect(party.categories).toContain('parties');
    expect(judge(KIDS, 'professional', settings).flagged).toBe(true);
    expect(judge(WORK, 'professional', settings).flagged).toBe(false);
  });

  it('"Friendly professional" flags only the sensitive categories, and names only those words', () => {
    expect(judge(KIDS, 'friendly', settings).flagged).toBe(false);
    const party = judge(PARTY, 'friendly', settings);
    expect(party.flagged).toBe(true);
    expect(party.words).not.toContain('weekend');
    expect(party.categories.every((category) => ['romance', 'beliefs', 'health', 'parties'].includes(category))).toBe(
      true,
    );
  });

  it('"Personal" and not set never flag; nor does an empty draft', () => {
    for (const text of [PARTY, KIDS]) {
      expect(judge(text, 'personal', settings).flagged).toBe(false);
      expect(judge(text, 'unset', settings).flagged).toBe(false);
    }
    expect(judge('   ', 'professional', settings).flagged).toBe(false);
  });

  it('respects the user’s analyzer settings (ignored words)', () => {
    const relaxed = analyzerSettings({ ...DEFAULT_SETTINGS, ignoredWords: ['beers', 'party', 'weekend'] });
    expect(judge(PARTY, 'professional', relaxed).flagged).toBe(false);
  });
});

describe('enterSends', () => {
  afterEach(() => localStorage.clear());

  function composerIn(pressed: string | null): HTMLElement {
    const form = document.createElement('form');
    form.className = 'msg-form';
    const box = document.createElement('div');
    box.setAttribute('contenteditable', 'true');
    form.append(box);
    if (pressed !== null) {
      const toggle = document.createElement('button');
      toggle.className = 'msg-form__send-toggle';
      toggle.setAttribute('aria-pressed', pressed);
      form.append(toggle);
    }
    document.body.append(form);
    return box;
  }

  it('reads the form’s send-mode toggle first', () => {
    expect(enterSends(composerIn('true'))).toBe(true);
    expect(enterSends(composerIn('false'))).toBe(false);
  });

  it('falls back to LinkedIn’s stored preference, then to "Enter sends"', () => {
    const bare = composerIn(null);
    expect(enterSends(bare)).toBe(true);
    localStorage.setItem('voyager-web:enterSend', 'false');
    expect(enterSends(bare)).toBe(false);
  });
});
