import { describe, expect, it } from 'vitest';
import { keyFromProfileUrl, keysFromQuery, normalizeProfileRef, profileUrlOf } from '../../storage/profile-id';

const LESLEY_ID = 'ACoAADemoLesleyMarsh0000000000000000001';

describe('keyFromProfileUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/lesley-marsh-demo/', 'lesley-marsh-demo'],
    ['https://www.linkedin.com/in/lesley-marsh-demo', 'lesley-marsh-demo'],
    ['https://www.linkedin.com/in/Lesley-Marsh-Demo/?trk=abc#top', 'lesley-marsh-demo'],
    ['https://de.linkedin.com/in/lesley-marsh-demo/', 'lesley-marsh-demo'],
    ['https://m.linkedin.com/in/lesley-marsh-demo/', 'lesley-marsh-demo'],
    ['https://www.linkedin.com/mwlite/in/lesley-marsh-demo', 'lesley-marsh-demo'],
    ['https://www.linkedin.com/in/lesley-marsh-demo/details/experience/', 'lesley-marsh-demo'],
    ['https://www.linkedin.com/in/lesley-marsh-demo/overlay/contact-info/', 'lesley-marsh-demo'],
    ['https://www.linkedin.com/in/lesley-marsh-demo/recent-activity/all/', 'lesley-marsh-demo'],
    ['/in/jos%C3%A9-garc%C3%ADa-demo/', 'josé-garcía-demo'],
    ['/in/JOS%C3%89-GARC%C3%8DA-demo/', 'josé-garcía-demo'],
    [`/in/${LESLEY_ID}/`, `urn:li:fsd_profile:${LESLEY_ID}`],
    ['/in/%D9%85%D8%AD%D9%85%D8%AF-demo/', 'محمد-demo'],
  ])('%s → %s', (href, key) => {
    expect(keyFromProfileUrl(href)).toBe(key);
  });

  it('keeps member ids case-sensitive (they are base64-like)', () => {
    expect(keyFromProfileUrl(`/in/${LESLEY_ID}/`)).toContain(LESLEY_ID);
  });

  it.each([
    'https://www.linkedin.com/company/northwind/',
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/in/',
    'https://www.linkedin.com/in/me/',
    'https://example.com/in/lesley-marsh-demo/',
    'https://linkedin.com.evil.example/in/lesley/',
    'javascript:alert(1)',
    '/in/%E0%A4%A/', // malformed percent-encoding
    '/in/..%2F..%2Fetc/',
    '/in/%20/',
    '',
  ])('rejects %s', (href) => {
    expect(keyFromProfileUrl(href)).toBeNull();
  });

  it('decodes percent-encoding only once', () => {
    expect(keyFromProfileUrl('/in/jos%25C3%25A9/')).toBeNull();
  });
});

describe('normalizeProfileRef', () => {
  it.each([
    ['lesley-marsh-demo', 'lesley-marsh-demo'],
    ['  Lesley-Marsh-Demo  ', 'lesley-marsh-demo'],
    [LESLEY_ID, `urn:li:fsd_profile:${LESLEY_ID}`],
    [`urn:li:fsd_profile:${LESLEY_ID}`, `urn:li:fsd_profile:${LESLEY_ID}`],
    [`urn:li:fs_miniProfile:${LESLEY_ID}`, `urn:li:fsd_profile:${LESLEY_ID}`],
    ['urn:li:member:123456789', 'urn:li:member:123456789'],
    ['linkedin.com/in/lesley-marsh-demo', 'lesley-marsh-demo'],
    ['https://www.linkedin.com/in/lesley-marsh-demo/', 'lesley-marsh-demo'],
    ['josé-garcía-demo', 'josé-garcía-demo'],
    ['jose\u0301-demo', 'josé-demo'],
  ])('%s → %s', (ref, key) => {
    expect(normalizeProfileRef(ref)).toBe(key);
  });

  it.each([
    '',
    ' ',
    '..',
    '../admin',
    'a/b',
    'has space',
    '😀😀😀',
    'urn:li:company:1',
    'x'.repeat(3000),
    'me',
    '-leading',
  ])('rejects %j', (ref) => {
    expect(normalizeProfileRef(ref)).toBeNull();
  });
});

describe('keysFromQuery', () => {
  it('reads profileUrn and recipient from a compose link', () => {
    const href = `/messaging/compose/?profileUrn=urn%3Ali%3Afsd_profile%3A${LESLEY_ID}&recipient=${LESLEY_ID}&screenContext=NON_SELF_PROFILE_VIEW`;
    expect(keysFromQuery(href)).toEqual([`urn:li:fsd_profile:${LESLEY_ID}`]);
  });
  it('ignores unrelated queries', () => {
    expect(keysFromQuery('/feed/?trk=x')).toEqual([]);
  });
});

describe('profileUrlOf', () => {
  it('builds profile URLs back from keys', () => {
    expect(profileUrlOf('josé-demo')).toBe('https://www.linkedin.com/in/jos%C3%A9-demo/');
    expect(profileUrlOf(`urn:li:fsd_profile:${LESLEY_ID}`)).toBe(`https://www.linkedin.com/in/${LESLEY_ID}/`);
    expect(profileUrlOf('urn:li:member:1')).toBeNull();
  });
});
