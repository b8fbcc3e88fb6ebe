import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ApiResult, ChangeSignal, RequestResults, RequestType } from '../../storage/api';
import { openDb } from '../../storage/db';
import { EXT, freshStorageServer } from './storage-fixture';
import { createServer, storageUnavailable } from '../../storage/server';
import { emptyContact } from '../../storage/model';

const LESLEY_ID = 'ACoAADemoLesleyMarsh0000000000000000001';
const LESLEY_KEY = `urn:li:fsd_profile:${LESLEY_ID}`;
const storage = freshStorageServer();
const { call } = storage;

async function callRaw(message: unknown, sender = { id: EXT }) {
  return storage.server.handle(message, sender);
}

async function snapshot() {
  return {
    contacts: await storage.db.contacts.toArray(),
    notes: await storage.db.notes.toArray(),
    settings: await storage.db.settings.toArray(),
  };
}

describe('contacts and aliases', () => {
  it('saves a contact and finds it by any spelling of its profile URL', async () => {
    await call('saveContact', {
      ref: 'https://www.linkedin.com/in/Lesley-Marsh-Demo/',
      patch: { level: 'professional' },
    });
    const byUpper = await call('getContact', { ref: 'LESLEY-MARSH-DEMO' });
    const bySubRoute = await call('getContact', {
      ref: 'https://de.linkedin.com/in/lesley-marsh-demo/details/experience/?trk=x',
    });
    expect(byUpper?.contact.level).toBe('professional');
    expect(bySubRoute?.contact.id).toBe('lesley-marsh-demo');
  });

  it('recognises a contact saved from the profile page when a thread links by member id', async () => {
    await call('addNote', {
      ref: 'lesley-marsh-demo',
      text: 'Met at the Berlin fintech meetup',
      identity: { aliases: [`urn:li:fsd_profile:${LESLEY_ID}`], displayName: 'Lesley Marsh' },
    });
    const view = await call('getContact', { ref: `https://www.linkedin.com/in/${LESLEY_ID}/` });
    expect(view?.contact.displayName).toBe('Lesley Marsh');
    expect(view?.latestNotes[0]?.text).toBe('Met at the Berlin fintech meetup');
  });

  it('merges two records only when two page elements agree they are one person, keeping every note; the merge is logged and undone', async () => {
    await call('addNote', { ref: LESLEY_ID, text: 'from messaging' });
    await call('saveContact', { ref: 'lesley-marsh-demo', patch: { level: 'friendly', tags: ['fintech'] } });
    await call('addNote', { ref: 'lesley-marsh-demo', text: 'from profile' });
    // One element's word (a stale componentkey) is not enough: both stay, the alias stays the other's.
    await call('saveContact', {
      ref: 'lesley-marsh-demo',
      identity: { aliases: [LESLEY_ID] },
      patch: { circle: 'Work' },
    });
    expect(await storage.db.contacts.count()).toBe(2);
    expect((await call('getContact', { ref: LESLEY_ID }))?.contact.id).toBe(LESLEY_KEY);
    expect(await call('listMerges', {})).toEqual([]);

    await call('saveContact', {
      ref: 'lesley-marsh-demo',
      identity: { aliases: [LESLEY_ID], confirmed: [LESLEY_ID] },
      patch: {},
    });
    expect(await storage.db.contacts.count()).toBe(1);
    const notes = await call('listNotes', { ref: 'lesley-marsh-demo' });
    expect(notes.map((n) => n.text).sort()).toEqual(['from messaging', 'from profile']);
    const view = await call('getContact', { ref: LESLEY_ID });
    expect(view?.contact.level).toBe('friendly');
    expect(view?.contact.tags).toEqual(['fintech']);

    const [merge] = await call('listMerges', {});
    expect(merge).toMatchObject({ primary: { id: 'lesley-marsh-demo' }, absorbed: [{ contact: { id: LESLEY_KEY } }] });
    expect(await call('undoMerge', { id: merge!.id! })).toEqual({ restored: ['lesley-marsh-demo', LESLEY_KEY] });
    expect(await storage.db.contacts.count()).toBe(2);
    expect((await call('listNotes', { ref: LESLEY_ID })).map((n) => n.text)).toEqual(['from messaging']);
    expect((await call('listNotes', { ref: 'lesley-marsh-demo' })).map((n) => n.text)).toEqual(['from profile']);
    expect((await call('getContact', { ref: 'lesley-marsh-demo' }))?.contact.aliases).toEqual(['lesley-marsh-demo']);
    expect((await call('lookupContacts', { refs: [LESLEY_ID] }))[LESLEY_ID]?.contact.id).toBe(LESLEY_KEY);
    // Split by the user: the same evidence does not merge them again, and undo is not repeated.
    await call('saveContact', {
      ref: 'lesley-marsh-demo',
      identity: { aliases: [LESLEY_ID], confirmed: [LESLEY_ID] },
      patch: {},
    });
    expect(await storage.db.contacts.count()).toBe(2);
    await expect(call('undoMerge', { id: merge!.id! })).rejects.toThrow(/already undone/);
  });

  it('an id only one page element claims (a stale or lying top card) never ties two people together, not even in two steps', async () => {
    const OTHER = 'urn:li:fsd_profile:ACoAADemoSomeoneElse00000000000000000077';
    // Lesley's page whose top card carries someone else's member id, and nothing else agrees with it.
    const lying = { aliases: [OTHER], confirmed: [], proven: true, displayName: 'Lesley Marsh' };
    await call('saveContact', { ref: 'lesley-marsh-demo', identity: lying, patch: { level: 'personal' } });
    await call('addNote', { ref: 'lesley-marsh-demo', text: 'Private: about Lesley', identity: lying });
    // A conversation with that other person (linked by member id) does not show Lesley.
    expect((await call('lookupContacts', { refs: [OTHER] }))[OTHER]).toBeNull();
    // Nor does that person's own page, where two elements do agree on the id.
    await call('saveContact', {
      ref: 'someone-else-demo',
      identity: { aliases: [OTHER], confirmed: [OTHER], proven: true, displayName: 'Someone Else' },
      patch: {},
    });
    expect(await call('listNotes', { ref: 'someone-else-demo' })).toEqual([]);
    expect((await call('getContact', { ref: OTHER }))?.contact.id).toBe('someone-else-demo');
    expect((await call('getContact', { ref: 'lesley-marsh-demo' }))?.contact).toMatchObject({
      aliases: ['lesley-marsh-demo'],
      level: 'personal',
    });
    expect(await call('listMerges', {})).toEqual([]);

    // The other way round: someone saved by member id (from messaging), then a page of Lesley's, not yet
    // saved, whose top card alone claims that id: Lesley gets her own record.
    const DANIEL = 'urn:li:fsd_profile:ACoAADemoDanielOkafor000000000000000002';
    await call('addNote', { ref: DANIEL, text: 'Private: about Daniel' });
    const lyingAgain = { aliases: [DANIEL], confirmed: [], proven: true, displayName: 'Lesley Marsh' };
    await call('addNote', { ref: 'lesley-marsh-demo-2', text: 'About Lesley (2)', identity: lyingAgain });
    expect((await call('listNotes', { ref: 'lesley-marsh-demo-2' })).map((n) => n.text)).toEqual(['About Lesley (2)']);
    expect((await call('listNotes', { ref: DANIEL })).map((n) => n.text)).toEqual(['Private: about Daniel']);
  });

  it('a proven page view repairs a stored name; an unproven one only fills gaps; a view that changes nothing writes nothing', async () => {
    await call('addNote', {
      ref: 'mateo-demo',
      text: 'typed during the lag',
      identity: { aliases: [], displayName: 'Wrong Person' },
    });
    await call('saveContact', { ref: 'mateo-demo', identity: { aliases: [], displayName: 'Still Wrong' }, patch: {} });
    expect((await call('getContact', { ref: 'mateo-demo' }))?.contact.displayName).toBe('Wrong Person');
    await call('saveContact', {
      ref: 'mateo-demo',
      identity: { aliases: [], proven: true, displayName: 'Mateo Lindqvist', headline: 'Lead' },
      patch: {},
    });
    const repaired = (await call('getContact', { ref: 'mateo-demo' }))!.contact;
    expect(repaired).toMatchObject({ displayName: 'Mateo Lindqvist', headline: 'Lead' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await call('saveContact', {
      ref: 'mateo-demo',
      identity: { aliases: [], proven: true, displayName: 'Mateo Lindqvist', headline: 'Lead' },
      patch: {},
    });
    expect((await call('getContact', { ref: 'mateo-demo' }))!.contact.updatedAt).toBe(repaired.updatedAt);
  });

  it('validates the same on every write path: real dates only, no path-like or prototype ids or aliases', async () => {
    const bad = (type: string, payload: unknown) => callRaw({ boundaries: 1, type, payload });
    for (const followUpOn of ['2024-13-45', '2023-02-29', '2024-1-5']) {
      const result = await bad('saveContact', { ref: 'date-person', patch: { followUpOn } });
      expect(result, followUpOn).toMatchObject({
        ok: false,
        error: { code: 'bad-request', message: expect.stringMatching(/followUpOn/) },
      });
    }
    expect(await bad('saveContact', { ref: 'date-person', patch: { followUpOn: '2024-02-29' } })).toMatchObject({
      ok: true,
    });
    const record = { ...emptyContact('evil-demo', 1) };
    for (const contact of [
      { ...record, id: '../evil', aliases: ['../evil'] },
      { ...record, aliases: ['evil-demo', '__proto__'] },
      { ...record, aliases: ['evil-demo', 'constructor'] },
      { ...record, followUpOn: '2024-13-45' },
    ]) {
      expect(
        await bad('bulkRestoreContacts', { contacts: [contact], notes: [] }),
        JSON.stringify(contact.aliases),
      ).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      expect(await bad('restoreContact', { contact, notes: [] })).toMatchObject({
        ok: false,
        error: { code: 'bad-request' },
      });
    }
    for (const ref of ['constructor', '__proto__', 'toString', '../evil']) {
      expect(await bad('saveContact', { ref, patch: {} }), ref).toMatchObject({
        ok: false,
        error: { code: 'bad-request' },
      });
    }
    expect(await storage.db.contacts.count()).toBe(1);
    const answer = await call('lookupContacts', { refs: ['constructor', '__proto__', 'hasOwnProperty'] });
    expect(Object.values(answer)).toEqual([null, null, null]);
  });

  it('answers a batch lookup in one request, null for unknown and invalid refs', async () => {
    for (let i = 0; i < 5; i++) await call('saveContact', { ref: `person-${i}`, patch: { level: 'personal' } });
    const refs = ['person-0', '/in/person-3/', 'nobody-here', '../etc', 'https://www.linkedin.com/company/x/'];
    const result = await call('lookupContacts', { refs });
    expect(Object.keys(result)).toEqual(refs);
    expect(result['person-0']?.contact.id).toBe('person-0');
    expect(result['/in/person-3/']?.contact.id).toBe('person-3');
    expect(result['nobody-here']).toBeNull();
    expect(result['../etc']).toBeNull();
  });

  it('keeps batch lookups in step with every kind of write', async () => {
    await call('saveContact', { ref: 'step-person', patch: { level: 'personal' } });
    expect((await call('lookupContacts', { refs: ['step-person'] }))['step-person']?.contact.level).toBe('personal');
    await call('addNote', { ref: 'step-person', text: 'fresh note', identity: { aliases: [LESLEY_ID] } });
    const afterNote = await call('lookupContacts', { refs: ['step-person', LESLEY_ID] });
    expect(afterNote['step-person']?.latestNotes[0]?.text).toBe('fresh note');
    expect(afterNote[LESLEY_ID]?.contact.id).toBe('step-person');
    // A record saved under the member id alone, then merged into the slug record.
    await call('saveContact', { ref: 'other-person', patch: {} });
    await call('addNote', { ref: 'urn:li:member:42', text: 'by number' });
    await call('saveContact', {
      ref: 'other-person',
      identity: { aliases: ['urn:li:member:42'], confirmed: ['urn:li:member:42'] },
      patch: {},
    });
    const merged = await call('lookupContacts', { refs: ['urn:li:member:42', 'other-person'] });
    expect(merged['urn:li:member:42']?.contact.id).toBe('other-person');
    expect(merged['other-person']?.noteCount).toBe(1);
    await call('deleteContact', { ref: 'step-person' });
    expect(await call('lookupContacts', { refs: ['step-person', LESLEY_ID] })).toEqual({
      'step-person': null,
      [LESLEY_ID]: null,
    });
  });

  it('a write made while the directory is being built is not lost', async () => {
    const now = Date.now();
    await storage.db.contacts.bulkPut(
      Array.from({ length: 5000 }, (_, i) => ({
        ...emptyContact(`bulk-person-${i}`, now),
        level: 'personal' as const,
      })),
    );
    const firstLookup = call('lookupContacts', { refs: ['bulk-person-4999'] }); // starts the chunked build
    await call('saveContact', { ref: 'bulk-person-4999', patch: { level: 'professional' } });
    await firstLookup;
    const after = await call('lookupContacts', { refs: ['bulk-person-4999', 'bulk-person-0'] });
    expect(after['bulk-person-4999']?.contact.level).toBe('professional');
    expect(after['bulk-person-0']?.contact.level).toBe('personal');
  });

  it('recent contacts, tags and circles read the same from the database and from the built directory', async () => {
    await call('saveContact', { ref: 'first-person', patch: { tags: ['Berlin', 'fintech'], circle: 'Work' } });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await call('saveContact', { ref: 'second-person', patch: { tags: ['fintech'], circle: 'Friends' } });
    const fromDb = [
      await call('recentContacts', { limit: 10 }),
      await call('listTags', {}),
      await call('listCircles', {}),
    ];
    await call('lookupContacts', { refs: ['first-person'] }); // builds the directory
    const fromDirectory = [
      await call('recentContacts', { limit: 10 }),
      await call('listTags', {}),
      await call('listCircles', {}),
    ];
    expect(fromDirectory).toEqual(fromDb);
    expect((fromDb[0] as { items: { contact: { id: string } }[] }).items.map((v) => v.contact.id)).toEqual([
      'second-person',
      'first-person',
    ]);
    expect(fromDb[1]).toEqual(['Berlin', 'fintech']);
    expect(fromDb[2]).toEqual(['Friends', 'Work']);
  });

  it('search finds names, tags and note text regardless of case and accents, and follows every write', async () => {
    await call('saveContact', { ref: 'jose-garcia-demo', patch: { displayName: 'José García', tags: ['Tapas'] } });
    await call('addNote', { ref: 'jose-garcia-demo', text: 'Loves the Lisbon café scene' });
    expect((await call('searchContacts', { query: 'jose' })).total).toBe(1);
    expect((await call('searchContacts', { query: 'CAFE lisbon' })).total).toBe(1);
    expect((await call('searchContacts', { query: 'tapas' })).total).toBe(1);
    const { note } = await call('addNote', { ref: 'jose-garcia-demo', text: 'Now in Porto' });
    expect((await call('searchContacts', { query: 'porto' })).items[0]?.contact.id).toBe('jose-garcia-demo');
    await call('deleteNote', { id: note.id });
    expect((await call('searchContacts', { query: 'porto' })).total).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 5)); // a later millisecond than the writes above
    await call('saveContact', { ref: 'older-person', patch: { displayName: 'Older Person' } });
    // Most recently active first.
    expect((await call('searchContacts', { query: '' })).items.map((v) => v.contact.id)).toEqual([
      'older-person',
      'jose-garcia-demo',
    ]);
    await call('deleteContact', { ref: 'jose-garcia-demo' });
    expect((await call('searchContacts', { query: 'jose' })).total).toBe(0);
  });

  it('stores emoji, right-to-left text and script-looking notes verbatim', async () => {
    const text = 'مرحبا 👋🏽 <img src=x onerror=alert(1)> <script>alert(1)</script>';
    const { note } = await call('addNote', { ref: 'rtl-person', text });
    expect((await storage.db.notes.get(note.id))?.text).toBe(text);
  });

  it('accepts a 100,000-character note', async () => {
    const { note } = await call('addNote', { ref: 'long-notes', text: 'a'.repeat(100_000) });
    expect(note.text).toHaveLength(100_000);
  });

  it('deletes a note and puts it back on undo', async () => {
    const { note } = await call('addNote', { ref: 'undo-person', text: 'keep me' });
    const deleted = await call('deleteNote', { id: note.id });
    expect(await call('listNotes', { ref: 'undo-person' })).toEqual([]);
    await call('restoreNote', { note: deleted });
    expect((await call('listNotes', { ref: 'undo-person' }))[0]?.text).toBe('keep me');
  });

  it('deletes a contact with its notes and restores both', async () => {
    await call('addNote', { ref: 'gone-person', text: 'one' });
    const deleted = await call('deleteContact', { ref: 'gone-person' });
    expect(await storage.db.notes.count()).toBe(0);
    await call('restoreContact', deleted);
    expect((await call('getContact', { ref: 'gone-person' }))?.noteCount).toBe(1);
  });

  it('records the last interaction for every recipient', async () => {
    await call('saveContact', { ref: 'a-person', patch: {} });
    await call('saveContact', { ref: 'b-person', patch: {} });
    const { updated } = await call('recordInteraction', { refs: ['a-person', 'b-person', 'unknown-person'] });
    expect(updated).toBe(2);
    expect((await call('getContact', { ref: 'a-person' }))?.contact.lastInteractionAt).toBeGreaterThan(0);
  });

  it('storage.signals every write so other tabs can refresh', async () => {
    await call('saveContact', { ref: 'signal-person', patch: {} });
    storage.server.flushChanges();
    await call('updateSettings', { patch: { sensitivity: 'high' } });
    storage.server.flushChanges();
    expect(storage.signals).toEqual([
      { contacts: ['signal-person'], settings: false },
      { contacts: [], settings: true },
    ]);
  });

  it('a burst of writes is one signal naming every contact written, and reads see every write at once', async () => {
    const heard: Omit<ChangeSignal, 'seq' | 'at'>[] = [];
    // A window longer than the test: only the explicit flush below sends.
    const burst = createServer({
      db: storage.db,
      extensionId: EXT,
      notify: (change) => heard.push(change),
      changeWindowMs: 600_000,
    });
    const send = async <T extends RequestType>(type: T, payload: unknown) => {
      const result = (await burst.handle({ boundaries: 1, type, payload }, { id: EXT })) as ApiResult<
        RequestResults[T]
      >;
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    };
    await send('lookupContacts', { refs: ['burst-0'] }); // the directory is built before the burst
    for (let i = 0; i < 20; i++) await send('addNote', { ref: `burst-${i % 5}`, text: `note ${i}` });
    await send('updateSettings', { patch: { sensitivity: 'low' } });
    await send('saveContact', { ref: 'burst-0', patch: { level: 'personal' } });
    expect(heard).toEqual([]);
    // The writer (and anyone else) already reads every write, before the signal goes out.
    const views = await send('lookupContacts', { refs: ['burst-0', 'burst-4'] });
    expect(views['burst-0']?.contact.level).toBe('personal');
    expect(views['burst-4']?.noteCount).toBe(4);
    const found = await send('searchContacts', { query: 'note 19', limit: 5 });
    expect(found.items.map((view) => view.contact.id)).toEqual(['burst-4']);
    burst.flushChanges();
    expect(heard).toHaveLength(1);
    expect(heard[0]!.settings).toBe(true);
    expect([...heard[0]!.contacts].sort()).toEqual(['burst-0', 'burst-1', 'burst-2', 'burst-3', 'burst-4']);
    // A wide change in the window makes the signal wide.
    await send('addNote', { ref: 'burst-1', text: 'one more' });
    await send('applyImport', {
      kind: 'backup',
      text: JSON.stringify(await send('exportBackup', {})),
      strategy: 'keep-newer',
    });
    burst.flushChanges();
    expect(heard.slice(1)).toEqual([{ contacts: ['*'], settings: true }]);
  });
});

describe('settings and events', () => {
  it('returns defaults, then merges patches', async () => {
    expect((await call('getSettings', {})).sensitivity).toBe('default');
    await call('updateSettings', { patch: { sensitivity: 'low', mutedCategories: ['food'] } });
    const settings = await call('getSettings', {});
    expect(settings.sensitivity).toBe('low');
    expect(settings.mutedCategories).toEqual(['food']);
    expect(settings.postNudge).toBe(true);
  });

  it('summarises nudges and choices', async () => {
    for (const choice of ['edited', 'posted-anyway', 'posted-anyway', 'cancelled'] as const)
      await call('logEvent', { type: 'nudge', choice });
    await call('logEvent', { type: 'message-sent' });
    const summary = await call('eventSummary', {});
    expect(summary).toMatchObject({ nudges: 4, edited: 1, postedAnyway: 2, cancelled: 1, messagesSent: 1 });
  });
});

describe('bad input', () => {
  const badRequests: [string, unknown, string][] = [
    ['not an object', 'hello', 'bad-request'],
    ['null', null, 'bad-request'],
    ['no envelope marker', { type: 'getContact', payload: { ref: 'x-person' } }, 'bad-request'],
    ['unknown type', { boundaries: 1, type: 'dropDatabase', payload: {} }, 'unknown-type'],
    ['prototype key as type', { boundaries: 1, type: '__proto__', payload: {} }, 'unknown-type'],
    ['wrong payload shape', { boundaries: 1, type: 'saveContact', payload: { ref: 42 } }, 'bad-request'],
    [
      'extra fields',
      { boundaries: 1, type: 'saveContact', payload: { ref: 'a-person', patch: { evil: true } } },
      'bad-request',
    ],
    [
      'bad level',
      { boundaries: 1, type: 'saveContact', payload: { ref: 'a-person', patch: { level: 'bff' } } },
      'bad-request',
    ],
    [
      'bad date',
      { boundaries: 1, type: 'saveContact', payload: { ref: 'a-person', patch: { followUpOn: 'tomorrow' } } },
      'bad-request',
    ],
    [
      '5 MB note',
      { boundaries: 1, type: 'addNote', payload: { ref: 'a-person', text: 'x'.repeat(5_000_000) } },
      'too-large',
    ],
    ['empty note', { boundaries: 1, type: 'addNote', payload: { ref: 'a-person', text: '   ' } }, 'bad-request'],
    ['dot-dot id', { boundaries: 1, type: 'addNote', payload: { ref: '..', text: 'hi' } }, 'bad-request'],
    ['percent junk id', { boundaries: 1, type: 'addNote', payload: { ref: '%E0%A4%A', text: 'hi' } }, 'bad-request'],
    ['whitespace id', { boundaries: 1, type: 'addNote', payload: { ref: 'two words', text: 'hi' } }, 'bad-request'],
    ['emoji id', { boundaries: 1, type: 'addNote', payload: { ref: '🙂🙂🙂', text: 'hi' } }, 'bad-request'],
    [
      'company URL',
      { boundaries: 1, type: 'saveContact', payload: { ref: 'https://www.linkedin.com/company/x/', patch: {} } },
      'bad-request',
    ],
    [
      'too many refs',
      { boundaries: 1, type: 'lookupContacts', payload: { refs: Array(1001).fill('a-person') } },
      'too-large',
    ],
    ['unknown note', { boundaries: 1, type: 'updateNote', payload: { id: 'nope', text: 'hi' } }, 'not-found'],
  ];

  it.each(badRequests)('%s gets a clear error and changes nothing', async (_name, message, code) => {
    await call('addNote', { ref: 'a-person', text: 'existing' });
    const before = await snapshot();
    const result = await callRaw(message);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message.length).toBeGreaterThan(5);
    }
    expect(await snapshot()).toEqual(before);
    // The storage.server keeps serving.
    expect((await call('getContact', { ref: 'a-person' }))?.noteCount).toBe(1);
  });

  it('refuses requests from anything but this extension', async () => {
    const result = await callRaw({ boundaries: 1, type: 'getSettings', payload: {} }, { id: 'some-other-extension' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const noId = await storage.server.handle({ boundaries: 1, type: 'getSettings', payload: {} }, {});
    expect(noId.ok).toBe(false);
  });
});

describe('a browser that will not give the extension storage', () => {
  // What Firefox does when storage is switched off for a principal: indexedDB.open throws SecurityError.
  const refusing = {
    open() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  } as unknown as IDBFactory;

  it('answers every request with a clear storage-unavailable message instead of throwing', async () => {
    const broken = openDb(`refused-${crypto.randomUUID()}`, { indexedDB: refusing, IDBKeyRange });
    const refused = createServer({ db: broken, extensionId: EXT, notify: (change) => storage.signals.push(change) });
    for (const [type, payload] of [
      ['addNote', { ref: 'lesley-marsh-demo', text: 'Met at the meetup' }],
      ['getContact', { ref: 'lesley-marsh-demo' }],
      ['getSettings', {}],
    ] as const) {
      const result = await refused.handle({ boundaries: 1, type, payload }, { id: EXT });
      expect(result, type).toMatchObject({ ok: false, error: { code: 'storage-unavailable' } });
      expect((result as { error: { message: string } }).error.message).toMatch(
        /cannot use its storage.*Nothing already saved was lost/,
      );
    }
    refused.flushChanges();
    expect(storage.signals).toEqual([]);
  });

  it('tells a full disk apart from storage turned off, through Dexie’s wrapped errors', () => {
    const quota = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: new DOMException('full', 'QuotaExceededError'),
    });
    expect(storageUnavailable(quota)).toMatch(/no storage space left/);
    expect(
      storageUnavailable(
        Object.assign(new Error('x'), { name: 'OpenFailedError', inner: new DOMException('x', 'UnknownError') }),
      ),
    ).toMatch(/cannot use its storage/);
    expect(storageUnavailable(new TypeError('a bug of ours'))).toBeNull();
  });
});
