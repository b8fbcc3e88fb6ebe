// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { activeContactOf } from '../../entrypoints/linkedin.content/features/popup-active-contact';
import { loadMessagingFixture } from './messaging-fixture';

const load = loadMessagingFixture;

describe('who the popup shows first', () => {
  it('a profile page: its person', () => {
    const found = activeContactOf(
      load('linkedin/profile-sdui-2026.html'),
      new URL('https://www.linkedin.com/in/lesley-marsh-demo/'),
    );
    expect(found?.ref).toBe('lesley-marsh-demo');
    expect(found?.aliases).toContain('urn:li:fsd_profile:ACoAADemoLesleyMarsh0000000000000000001');
  });

  it('a profile page whose member id only its top card claims: the popup lends no alias (it could be someone else’s)', () => {
    const doc = load('linkedin/profile-sdui-2026.html');
    for (const link of doc.querySelectorAll('a[href*="/messaging/compose/"]')) link.remove();
    const found = activeContactOf(doc, new URL('https://www.linkedin.com/in/lesley-marsh-demo/'));
    expect(found?.ref).toBe('lesley-marsh-demo');
    expect(found?.displayName).toBe('Lesley Marsh');
    expect(found?.aliases).toEqual([]);
  });

  it('a one-to-one conversation: the other person', () => {
    const found = activeContactOf(
      loadMessagingFixture('linkedin/messaging-thread-2026.html'),
      new URL('https://www.linkedin.com/messaging/thread/2-N2U1N2YxYTctMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAxXzEwMA==/'),
    );
    expect([found?.ref, ...(found?.aliases ?? [])]).toContain(
      'urn:li:fsd_profile:ACoAADemoLesleyMarsh0000000000000000001',
    );
    expect(found?.displayName).toBe('Lesley Marsh');
  });

  it('other pages: no one', () => {
    expect(activeContactOf(load('linkedin/feed-2026.html'), new URL('https://www.linkedin.com/feed/'))).toBeNull();
  });
});
