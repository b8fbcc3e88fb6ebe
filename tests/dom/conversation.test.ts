// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  composerText,
  conversationOf,
  enterSendsFromForm,
  formOf,
  isSendButtonOf,
  keysOfLink,
  resolveConversation,
  sendButtonOf,
  strictestLevel,
  viewerKeysIn,
} from '../../entrypoints/linkedin.content/linkedin/conversation';
import { queryAllDeep } from '../../entrypoints/linkedin.content/linkedin/dom';
import { MESSAGE_COMPOSER } from '../../entrypoints/linkedin.content/linkedin/selectors/messaging';
import { loadMessagingFixture } from './messaging-fixture';

let doc: Document;
const load = (name: string) => (doc = loadMessagingFixture(name));

/** Fills an element from markup without innerHTML (parsed in a separate document, then adopted). */
function fill(element: Element, markup: string): void {
  const parsed = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
  element.replaceChildren(...[...parsed.body.childNodes].map((node) => document.adoptNode(node)));
}

function serialize(element: Element): string {
  return new XMLSerializer().serializeToString(element);
}

function composers(): HTMLElement[] {
  return queryAllDeep<HTMLElement>(MESSAGE_COMPOSER, doc);
}

function resolved(composer: HTMLElement) {
  const container = conversationOf(composer);
  expect(container).not.toBeNull();
  return resolveConversation(container!);
}

const LESLEY_ID = 'urn:li:fsd_profile:ACoAADemoLesleyMarsh0000000000000000001';
const DANIEL_ID = 'urn:li:fsd_profile:ACoAADemoDanielOkafor000000000000000002';
const PRIYA_ID = 'urn:li:fsd_profile:ACoAADemoPriyaRaman00000000000000000004';
const MEI_ID = 'urn:li:fsd_profile:ACoAADemoMeiTanaka000000000000000000005';
const VIEWER_ID = 'urn:li:fsd_profile:ACoAADemoRobinEllery0000000000000000009';

describe('resolveConversation: overlay bubbles in the 2026 shadow root', () => {
  beforeEach(() => void load('linkedin/messaging-overlay-2026.html'));

  it('finds the three bubbles’ composers only inside #interop-outlet, each in its own conversation', () => {
    expect(doc.querySelectorAll('.msg-overlay-conversation-bubble')).toHaveLength(0);
    const found = composers();
    expect(found).toHaveLength(3);
    const containers = found.map((composer) => conversationOf(composer));
    expect(new Set(containers).size).toBe(3);
    for (const container of containers)
      expect(container?.classList.contains('msg-overlay-conversation-bubble')).toBe(true);
  });

  it('Lesley by vanity slug, with her member id from her messages as an alias; the viewer is never a participant', () => {
    const info = resolved(composers()[0]!);
    expect(info.group).toBe(false);
    expect(info.participants).toHaveLength(1);
    expect(info.participants[0]!.key).toBe('lesley-marsh-demo');
    expect(info.participants[0]!.refs).toEqual(['lesley-marsh-demo', LESLEY_ID]);
    expect(info.participants[0]!.name).toBe('Lesley Marsh');
    expect(info.participants.flatMap((p) => p.refs)).not.toContain(VIEWER_ID);
  });

  it('Daniel by member id (`/in/ACoAA…/`)', () => {
    const info = resolved(composers()[1]!);
    expect(info.participants.map((p) => p.key)).toEqual([DANIEL_ID]);
    expect(info.participants[0]!.name).toBe('Daniel Okafor');
  });

  it('the group: every participant from their messages, no header link, title kept', () => {
    const info = resolved(composers()[2]!);
    expect(info.group).toBe(true);
    expect(info.title).toBe('Priya Raman, Mei Tanaka');
    expect(info.participants.map((p) => p.key).sort()).toEqual([MEI_ID, PRIYA_ID].sort());
    expect(info.participants.map((p) => p.name).sort()).toEqual(['Mei Tanaka', 'Priya Raman']);
  });

  it('knows the viewer from data-event-urn and their own messages', () => {
    expect([...viewerKeysIn(conversationOf(composers()[0]!)!)]).toEqual([VIEWER_ID]);
  });

  it('form, Send button and Enter-to-send state of each composer', () => {
    for (const composer of composers()) {
      const form = formOf(composer)!;
      expect(form.tagName).toBe('FORM');
      const send = sendButtonOf(composer)!;
      expect(send.textContent?.trim()).toBe('Send');
      expect(isSendButtonOf(composer, send)).toBe(true);
      expect(isSendButtonOf(composer, composer)).toBe(false);
      expect(enterSendsFromForm(composer)).toBe(true);
    }
    // a Send button of another bubble is not this composer's
    const [a, b] = composers();
    expect(isSendButtonOf(a!, sendButtonOf(b!)!)).toBe(false);
  });
});

describe('resolveConversation: the full-page thread (light DOM)', () => {
  it('resolves the member-id header link to Lesley’s id key', () => {
    load('linkedin/messaging-thread-2026.html');
    const [composer] = composers();
    const info = resolved(composer!);
    expect(info.participants.map((p) => p.key)).toEqual([LESLEY_ID]);
    expect(info.participants[0]!.name).toBe('Lesley Marsh');
    expect(conversationOf(composer!)!.classList.contains('msg-convo-wrapper')).toBe(true);
  });
});

describe('resolveConversation: the 2023 Spanish overlay (legacy light DOM)', () => {
  it('finds the composer by structure, not by its Spanish label, and Lucía by member id', () => {
    load('linkedin/messaging-overlay-legacy-2023-es.html');
    const found = composers();
    expect(found).toHaveLength(1);
    expect(found[0]!.getAttribute('aria-label')).toBe('Escribe un mensaje…');
    const info = resolved(found[0]!);
    expect(info.participants.map((p) => p.key)).toEqual(['urn:li:fsd_profile:ACoAADemoLuciaRomero0000000000000000001']);
    expect(info.participants[0]!.name).toBe('Lucía Romero');
    expect(sendButtonOf(found[0]!)?.textContent?.trim()).toBe('Enviar');
  });
});

describe('resolveConversation: our own fixtures', () => {
  it('the profile "Message" compose window (never messaged: slug header and card) and a new message (recipient pill)', () => {
    load('boundaries/messaging-compose-2026.html');
    const found = composers();
    expect(found).toHaveLength(2);
    const compose = resolved(found[0]!);
    expect(compose.participants.map((p) => p.key)).toEqual(['lesley-marsh-demo']);
    const fresh = resolved(found[1]!);
    expect(fresh.title).toBe('New message');
    expect(fresh.participants.map((p) => p.key)).toEqual([DANIEL_ID]);
    expect(fresh.participants[0]!.name).toBe('Daniel Okafor');
    expect(fresh.group).toBe(false);
  });

  it('a group thread page: three people from their messages, the LinkedIn Member left out, the viewer left out', () => {
    load('boundaries/messaging-group-thread-2026.html');
    const info = resolved(composers()[0]!);
    expect(info.group).toBe(true);
    expect(info.participants.map((p) => p.key)).toEqual([PRIYA_ID, MEI_ID, LESLEY_ID]);
    expect(info.participants.map((p) => p.name)).not.toContain('LinkedIn Member');
  });

  it('odd headers: no link, a company page, a LinkedIn Member → nobody; a 50-person group → 49 others', () => {
    load('boundaries/messaging-odd-2026.html');
    const byOdd = (odd: string) =>
      composers().find((c) => conversationOf(c)?.getAttribute('data-fixture-odd') === odd)!;
    const noLink = resolved(byOdd('no-link'));
    expect(noLink.participants).toEqual([]);
    expect(noLink.title).toBe('Sample Person 7');
    const company = resolved(byOdd('company'));
    expect(company.participants).toEqual([]);
    expect(company.skipped).toBeGreaterThan(0);
    const member = resolved(byOdd('member'));
    expect(member.participants).toEqual([]);
    expect(member.skipped).toBeGreaterThan(0);
    const clickToSend = byOdd('click-to-send');
    expect(resolved(clickToSend).participants.map((p) => p.key)).toEqual([LESLEY_ID]);
    expect(enterSendsFromForm(clickToSend)).toBe(false);

    const big = composers().find((c) => conversationOf(c)?.getAttribute('data-fixture-group') === 'true')!;
    const info = resolved(big);
    expect(info.group).toBe(true);
    expect(info.participants).toHaveLength(49);
    expect(new Set(info.participants.map((p) => p.key)).size).toBe(49);
    expect(info.participants.flatMap((p) => p.refs)).not.toContain(VIEWER_ID);
  });
});

describe('helpers', () => {
  it('keysOfLink reads /in/ paths in both forms and profileUrn queries, and nothing from company pages', () => {
    expect(keysOfLink('/in/lesley-marsh-demo/')).toEqual(['lesley-marsh-demo']);
    expect(keysOfLink('https://www.linkedin.com/in/ACoAADemoLesleyMarsh0000000000000000001')).toEqual([LESLEY_ID]);
    expect(
      keysOfLink(
        '/messaging/compose/?profileUrn=urn%3Ali%3Afsd_profile%3AACoAADemoLesleyMarsh0000000000000000001&recipient=ACoAADemoLesleyMarsh0000000000000000001',
      ),
    ).toEqual([LESLEY_ID]);
    expect(keysOfLink('/company/northwind-analytics/')).toEqual([]);
    expect(keysOfLink('')).toEqual([]);
  });

  it('strictestLevel: professional beats friendly beats personal beats unset', () => {
    expect(strictestLevel(['personal', 'professional', 'friendly'])).toBe('professional');
    expect(strictestLevel(['personal', 'unset'])).toBe('personal');
    expect(strictestLevel([])).toBe('unset');
  });

  it('composerText reads lines from paragraphs and <br>, without touching the draft', () => {
    const box = document.createElement('div');
    fill(box, '<p>Hi Lesley,</p><p>great <b>weekend</b>&nbsp;🍺</p><p><br></p>');
    const before = serialize(box);
    expect(composerText(box)).toBe('Hi Lesley,\ngreat weekend 🍺');
    expect(serialize(box)).toBe(before);
    fill(box, '<p><br></p>');
    expect(composerText(box)).toBe('');
    fill(box, 'line one<br>line two');
    expect(composerText(box)).toBe('line one\nline two');
  });

  it('odd markup never throws: a detached composer, a bare form, 20,000 characters', () => {
    const lone = document.createElement('div');
    lone.setAttribute('contenteditable', 'true');
    expect(conversationOf(lone)).toBeNull();
    expect(formOf(lone)).toBeNull();
    expect(sendButtonOf(lone)).toBeNull();
    expect(enterSendsFromForm(lone)).toBeNull();
    const container = document.createElement('div');
    expect(resolveConversation(container)).toEqual({ participants: [], group: false, title: '', skipped: 0 });
    const big = document.createElement('div');
    fill(big, `<p>${'word '.repeat(4000)}</p>`);
    expect(composerText(big).length).toBe(20_000);
  });
});
