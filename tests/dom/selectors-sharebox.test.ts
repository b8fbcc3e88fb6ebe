// @vitest-environment happy-dom
/**
 * Every share-box / comment selector chain against the fixtures: each chain must find what it names
 * in the variants it claims, the expected number of times, and never the decoy.
 */
import { describe, expect, it } from 'vitest';
import { queryAllWithin } from '../../entrypoints/linkedin.content/linkedin/dom';
import type { SelectorChain } from '../../entrypoints/linkedin.content/linkedin/selectors/chain';
import * as S from '../../entrypoints/linkedin.content/linkedin/selectors/sharebox';
import { loadFixture } from './sharebox-fixture';

const LEGACY = 'linkedin/feed-sharebox-legacy.html';
const SHADOW = 'linkedin/feed-sharebox-2026.html';
const PHOTO = 'linkedin/feed-sharebox-2026-photo.html';
const SDUI = 'linkedin/feed-sharebox-sdui-dialog-2026.html';
const GROUP = 'boundaries/sharebox-group-2026.html';
const SCHEDULED = 'boundaries/sharebox-scheduled-legacy.html';
const REPOST = 'boundaries/sharebox-repost-2026.html';
const MEDIA = 'boundaries/sharebox-media-2026.html';
const COMMENTS = 'boundaries/comment-boxes.html';
const IFRAME = 'boundaries/sharebox-iframe.html';

/** Elements a chain matches across the document and `#interop-outlet`'s shadow root. */
function matches(chain: SelectorChain, scope?: SelectorChain, doc: Document = document): Element[] {
  const roots: ParentNode[] = [doc];
  const host = doc.getElementById('interop-outlet');
  if (host?.shadowRoot) roots.push(host.shadowRoot);
  const scopes = scope ? roots.flatMap((root) => queryAllWithin(scope, root)) : roots;
  return scopes.flatMap((root) => queryAllWithin(chain, root));
}

/** [chain, [expected count, fixture][]]: Refined GitHub's `name_` expectations. */
const EXPECTATIONS: [SelectorChain, [number, string][], SelectorChain?][] = [
  [
    S.SHAREBOX_ROOT,
    [
      [1, LEGACY],
      [1, SHADOW],
      [1, PHOTO],
      [2, SDUI],
      [1, GROUP],
      [1, SCHEDULED],
      [1, REPOST],
      [0, COMMENTS],
    ],
  ],
  [
    S.SHAREBOX_EDITOR,
    [
      [1, LEGACY],
      [2, SHADOW],
      [2, PHOTO],
      [1, SDUI],
      [1, SCHEDULED],
    ],
  ],
  [
    S.SHAREBOX_POST,
    [
      [1, LEGACY],
      [2, SHADOW],
      [0, SDUI],
      [1, SCHEDULED],
    ],
  ],
  [
    S.SHAREBOX_SCHEDULE,
    [
      [1, LEGACY],
      [1, SHADOW],
      [1, SDUI],
    ],
  ],
  [
    S.SHAREBOX_SCHEDULED_LINE,
    [
      [0, LEGACY],
      [1, SCHEDULED],
    ],
  ],
  [
    S.SHAREBOX_AUDIENCE,
    [
      [1, LEGACY],
      [1, SHADOW],
      [1, SDUI],
      [1, GROUP],
    ],
  ],
  [
    S.SHAREBOX_AUDIENCE_LABEL,
    [
      [1, LEGACY],
      [1, SHADOW],
      [0, SDUI],
    ],
  ],
  [
    S.SHAREBOX_AUDIENCE_CHECKED,
    [
      [1, LEGACY],
      [1, SHADOW],
      [1, GROUP],
    ],
  ],
  [
    S.SHAREBOX_MEDIA_PREVIEW,
    [
      [0, SHADOW],
      [1, PHOTO],
      [2, MEDIA],
    ],
  ],
  // images count inside a media preview (the chain's last fallback is any <img>)
  [
    S.SHAREBOX_MEDIA_IMAGE,
    [
      [1, PHOTO],
      [0, MEDIA],
    ],
    S.SHAREBOX_MEDIA_PREVIEW,
  ],
  [
    S.SHAREBOX_MEDIA_VIDEO,
    [
      [0, PHOTO],
      [1, MEDIA],
    ],
  ],
  [
    S.SHAREBOX_MEDIA_DOCUMENT,
    [
      [0, PHOTO],
      [1, MEDIA],
    ],
  ],
  [S.SHAREBOX_DOCUMENT_TITLE, [[1, MEDIA]]],
  [
    S.SHAREBOX_REMOVE_MEDIA,
    [
      [0, SHADOW],
      [1, PHOTO],
      [1, MEDIA],
    ],
  ],
  [
    S.SHAREBOX_RESHARE,
    [
      [0, SHADOW],
      [2, REPOST],
    ],
  ],
  [
    S.EDITOR_MENTION,
    [
      [0, SHADOW],
      [1, MEDIA],
    ],
  ],
  [
    S.COMMENT_EDITOR,
    [
      [0, LEGACY],
      [0, SHADOW],
      [2, COMMENTS],
    ],
  ],
  [S.COMMENT_BOX, [[3, COMMENTS]]],
  [
    S.COMPOSER_FRAMES,
    [
      [2, IFRAME],
      [1, SHADOW],
    ],
  ],
  // the live hint's anchor: one wrapper per editor (SHADOW: the real one and the decoy's, as for the editor chain)
  [
    S.SHAREBOX_SDUI_SCREEN,
    [
      [0, LEGACY],
      [0, SHADOW],
      [1, SDUI],
    ],
  ],
  // audience icons inside the audience control (the audience globe and the dropdown caret)
  [
    S.SHAREBOX_AUDIENCE_ICON,
    [
      [2, LEGACY],
      [2, SHADOW],
      [0, SDUI],
    ],
    S.SHAREBOX_AUDIENCE,
  ],
  [
    S.EDITOR_WRAPPER,
    [
      [1, LEGACY],
      [2, SHADOW],
      [1, SDUI],
      [2, COMMENTS],
    ],
  ],
];

describe('share-box selector chains vs fixtures', () => {
  for (const [chain, cases, scope] of EXPECTATIONS) {
    it.each(cases)(`${chain.name}: %i in %s`, (count, file) => {
      const doc = loadFixture(file, document, { keepFrames: chain === S.COMPOSER_FRAMES });
      expect(matches(chain, scope, doc)).toHaveLength(count);
    });
  }

  it('every chain of the module is covered above and matches something somewhere', () => {
    const chains = Object.values(S).filter(
      (value): value is SelectorChain => typeof value === 'object' && 'selectors' in value,
    );
    const covered = new Set(EXPECTATIONS.map(([chain]) => chain));
    expect(chains.filter((chain) => !covered.has(chain)).map((chain) => chain.name)).toEqual([]);
    for (const [chain, cases] of EXPECTATIONS)
      expect([chain.name, cases.some(([count]) => count > 0)]).toEqual([chain.name, true]);
  });

  it('no share-box chain matches the light-DOM decoy', () => {
    loadFixture(SHADOW);
    const decoy = document.querySelector('[data-fixture-decoy]')!;
    for (const chain of [S.SHAREBOX_ROOT, S.SHAREBOX_AUDIENCE, S.SHAREBOX_MEDIA_PREVIEW]) {
      expect(queryAllWithin(chain, decoy)).toEqual([]);
    }
  });
});
