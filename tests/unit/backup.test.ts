import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BACKUP_VERSION,
  IMPORT_PART_CHARS,
  MAX_IMPORT_CHARS,
  StagedImports,
  applyImport,
  exportBackup,
  exportContactsCsv,
  previewImport,
  readBackup,
  splitForUpload,
  summarizePreview,
  uploadForImport,
  type BackupFile,
} from '../../storage/backup';
import type { ApiResult } from '../../storage/api';
import { parseCsv } from '../../storage/csv';
import { createServer } from '../../storage/server';
import * as repo from '../../storage/contacts';
import { openDb, type BoundariesDb } from '../../storage/db';
import { emptyContact, type Contact, type Note } from '../../storage/model';

let db: BoundariesDb;
let other: BoundariesDb;

beforeEach(() => {
  db = openDb(`backup-${crypto.randomUUID()}`);
  other = openDb(`backup-other-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
  await other.delete();
});

function contact(id: string, fields: Partial<Contact> = {}): Contact {
  return { ...emptyContact(id, 1_000), ...fields };
}

function note(id: string, contactId: string, text: string, at = 2_000): Note {
  return { id, contactId, text, createdAt: at, updatedAt: at };
}

function file(contacts: Contact[], notes: Note[], extra: Partial<BackupFile> = {}): string {
  return JSON.stringify({
    format: 'boundaries-backup',
    version: BACKUP_VERSION,
    exportedAt: 5_000,
    contacts,
    notes,
    events: [],
    ...extra,
  });
}

async function snapshot(database: BoundariesDb) {
  const byId = <T extends { id?: unknown }>(rows: T[]) =>
    [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)));
  return {
    contacts: byId(await database.contacts.toArray()),
    notes: byId(await database.notes.toArray()),
    settings: await database.settings.toArray(),
    events: byId(await database.events.toArray()),
  };
}

async function seed() {
  await repo.saveContact(
    db,
    'lesley-marsh-demo',
    { aliases: ['urn:li:fsd_profile:ACoAADemoLesleyMarsh0000000000000000001'], displayName: 'Lesley Marsh' },
    { level: 'professional', tags: ['data'], followUpOn: '2026-01-02' },
  );
  await repo.addNote(db, 'lesley-marsh-demo', 'Met at the Berlin data meetup\n"quotes", commas', undefined);
  await repo.addNote(db, 'jose-demo', 'Prefers email 📧', { displayName: 'José García' });
  await repo.updateSettings(db, { sensitivity: 'high', workTopics: ['baking'] });
  await repo.logEvent(db, { type: 'nudge', at: 3_000, choice: 'edited', categories: ['food'] });
}

describe('export and import round trip', () => {
  it('an export imported into an empty database reproduces the data exactly', async () => {
    await seed();
    const backup = await exportBackup(db);
    const text = JSON.stringify(backup);
    const preview = await previewImport(other, 'backup', text, 'keep-newer');
    expect(summarizePreview(preview)).toBe('2 new, 0 updated, 0 conflicts');
    expect(preview.notesAdded).toBe(2);
    await applyImport(other, 'backup', text, 'keep-newer');
    expect(await snapshot(other)).toEqual(await snapshot(db));
    // The export recorded when it was made.
    expect((await repo.getSettings(db)).lastBackupAt).toBe(backup.exportedAt);
  });

  it('importing the same backup twice changes nothing', async () => {
    await seed();
    const text = JSON.stringify(await exportBackup(db));
    const before = await snapshot(db);
    const preview = await applyImport(db, 'backup', text, 'keep-theirs');
    expect(preview).toMatchObject({
      new: 0,
      updated: 0,
      conflicts: 0,
      unchanged: 2,
      notesAdded: 0,
      notesKeptAsCopies: 0,
      eventsAdded: 0,
    });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('merge rules', () => {
  async function setUpConflict() {
    await db.contacts.put(
      contact('ann-demo', {
        level: 'professional',
        circle: 'Work',
        tags: ['a'],
        updatedAt: 10_000,
        lastInteractionAt: 7_000,
      }),
    );
    await db.notes.put(note('n1', 'ann-demo', 'mine'));
    await db.notes.put(note('n-mine-only', 'ann-demo', 'only here'));
    const theirs = contact('ann-demo', {
      level: 'personal',
      circle: 'Work',
      headline: 'CTO',
      tags: ['b'],
      updatedAt: 20_000,
      lastInteractionAt: 9_000,
    });
    return file(
      [theirs, contact('new-person-demo', { displayName: 'New' })],
      [
        note('n1', 'ann-demo', 'theirs', 20_000),
        note('n2', 'ann-demo', 'their extra note'),
        note('n3', 'new-person-demo', 'hello'),
      ],
    );
  }

  it('previews new, updated and conflicting contacts without writing', async () => {
    await db.contacts.put(contact('filled-demo', { headline: '' }));
    const text = (await setUpConflict()).replace(
      '"contacts":[',
      `"contacts":[${JSON.stringify(contact('filled-demo', { headline: 'Now known' }))},`,
    );
    const before = await snapshot(db);
    const preview = await previewImport(db, 'backup', text, 'keep-newer');
    expect(summarizePreview(preview)).toBe('1 new, 1 updated, 1 conflict');
    expect(await snapshot(db)).toEqual(before);
  });

  it('keep-theirs: the file wins conflicts; tags united; notes never dropped', async () => {
    await applyImport(db, 'backup', await setUpConflict(), 'keep-theirs');
    const ann = (await db.contacts.get('ann-demo'))!;
    expect(ann.level).toBe('personal');
    expect(ann.headline).toBe('CTO');
    expect(ann.tags.sort()).toEqual(['a', 'b']);
    expect(ann.lastInteractionAt).toBe(9_000);
    const texts = (await db.notes.where('contactId').equals('ann-demo').toArray()).map((n) => n.text).sort();
    expect(texts).toEqual(['mine', 'only here', 'their extra note', 'theirs']);
    expect((await db.notes.get('n1'))!.text).toBe('theirs');
    expect(await db.notes.where('contactId').equals('new-person-demo').count()).toBe(1);
  });

  it('keep-mine: stored values win conflicts, empty fields are still filled, their notes kept', async () => {
    await applyImport(db, 'backup', await setUpConflict(), 'keep-mine');
    const ann = (await db.contacts.get('ann-demo'))!;
    expect(ann.level).toBe('professional');
    expect(ann.headline).toBe('CTO');
    expect((await db.notes.get('n1'))!.text).toBe('mine');
    const texts = (await db.notes.where('contactId').equals('ann-demo').toArray()).map((n) => n.text).sort();
    expect(texts).toEqual(['mine', 'only here', 'their extra note', 'theirs']);
  });

  it('keep-newer: the more recently edited side wins', async () => {
    await applyImport(db, 'backup', await setUpConflict(), 'keep-newer');
    expect((await db.contacts.get('ann-demo'))!.level).toBe('personal');
    // Now the stored one is newer.
    await db.contacts.update('ann-demo', { level: 'friendly', updatedAt: 99_000 });
    await applyImport(db, 'backup', await setUpConflictText(), 'keep-newer');
    expect((await db.contacts.get('ann-demo'))!.level).toBe('friendly');
  });

  async function setUpConflictText() {
    return file([contact('ann-demo', { level: 'personal', updatedAt: 20_000 })], []);
  }

  it('matches people by any alias', async () => {
    await db.contacts.put(contact('ann-demo', { aliases: ['ann-demo', 'urn:li:member:42'] }));
    await applyImport(
      db,
      'backup',
      file([contact('urn:li:member:42', { displayName: 'Ann' })], [note('x', 'urn:li:member:42', 'via alias')]),
      'keep-newer',
    );
    expect(await db.contacts.count()).toBe(1);
    expect((await db.contacts.get('ann-demo'))!.displayName).toBe('Ann');
    expect((await db.notes.get('x'))!.contactId).toBe('ann-demo');
  });

  it('folds duplicate rows in a file and says so', async () => {
    const text = file(
      [contact('ann-demo', { tags: ['a'] }), contact('ann-demo', { tags: ['b'], headline: 'CTO' })],
      [note('n', 'ann-demo', 'x'), note('n', 'ann-demo', 'x')],
    );
    const preview = await applyImport(db, 'backup', text, 'keep-newer');
    expect(preview.warnings.map((w) => `${w.where}: ${w.message}`)).toEqual([
      'contact 2 (“ann-demo”): repeats contact 1 (“ann-demo”); merged',
      'note 2: repeats an earlier note; skipped the copy',
    ]);
    expect((await db.contacts.get('ann-demo'))!.tags).toEqual(['a', 'b']);
    expect(await db.notes.count()).toBe(1);
  });

  it('one note id under two people (same text) keeps both notes, the second under a new id, and says so', async () => {
    const text = file(
      [contact('ann-demo'), contact('bob-demo')],
      [note('n', 'ann-demo', 'Call back on Monday'), note('n', 'bob-demo', 'Call back on Monday')],
    );
    const preview = await previewImport(db, 'backup', text, 'keep-newer');
    expect(preview.notesGivenNewIds).toBe(1);
    expect(preview.notesAdded).toBe(2);
    expect(preview.warnings.map((w) => `${w.where}: ${w.message}`)).toEqual([
      'note 2: shares its id with an earlier note of “ann-demo”; kept both (this one under a new id)',
    ]);
    const result = await applyImport(db, 'backup', text, 'keep-newer');
    expect(result.notesGivenNewIds).toBe(1);
    const notes = await db.notes.toArray();
    expect(notes.map((n) => [n.contactId, n.text]).sort()).toEqual([
      ['ann-demo', 'Call back on Monday'],
      ['bob-demo', 'Call back on Monday'],
    ]);
    expect((await db.notes.get('n'))!.contactId).toBe('ann-demo');
  });

  it('settings: replaced with keep-theirs or into an empty profile, kept otherwise', async () => {
    await repo.updateSettings(db, { sensitivity: 'low' });
    const text = file([], [], { settings: { sensitivity: 'high' } as BackupFile['settings'] });
    expect((await applyImport(db, 'backup', text, 'keep-newer')).settings).toBe('kept');
    expect((await repo.getSettings(db)).sensitivity).toBe('low');
    await applyImport(db, 'backup', text, 'keep-theirs');
    expect((await repo.getSettings(db)).sensitivity).toBe('high');
  });
});

describe('bad input: clear messages, nothing changed', () => {
  async function expectRefused(text: string, message: RegExp) {
    await db.contacts.put(contact('kept-demo', { displayName: 'Kept' }));
    const before = await snapshot(db);
    await expect(applyImport(db, 'backup', text, 'keep-theirs')).rejects.toThrow(message);
    expect(await snapshot(db)).toEqual(before);
  }

  it('truncated JSON', async () => {
    const full = file([contact('a-demo')], [note('n', 'a-demo', 'x')]);
    await expectRefused(full.slice(0, full.length / 2), /ends too early: it looks truncated/);
  });

  it('corrupted JSON names the line and column', async () => {
    const text = '{\n  "format": "boundaries-backup",\n  "version": 1,\n  "contacts": [}\n}';
    await expectRefused(text, /not valid JSON: line 4, column/);
  });

  it('a backup from a newer version', async () => {
    await expectRefused(
      file([], [], { version: BACKUP_VERSION + 1 }),
      /newer version of Boundaries \(backup format 2\).*Update Boundaries/,
    );
  });

  it('something that is not a backup', async () => {
    await expectRefused('{"hello": "world"}', /not a Boundaries backup/);
    await expectRefused('[1,2,3]', /not a Boundaries backup/);
    await expectRefused('First Name,Last Name,URL\n', /CSV file, not a Boundaries backup/);
    await expectRefused('', /empty/);
  });

  it('a file over the size limit, however it arrives', async () => {
    const staged = new StagedImports();
    // One part object, stored many times: as many characters as a file over the limit, little memory.
    const part = ' '.repeat(IMPORT_PART_CHARS);
    const parts = Math.ceil(MAX_IMPORT_CHARS / IMPORT_PART_CHARS) + 1;
    expect(() => {
      for (let i = 0; i < parts; i++) staged.add('u', i, parts, part);
    }).toThrow(/too large to import .*reads files of up to 200 million characters/);
    expect(() => staged.text('u')).toThrow(/no longer in Boundaries’ memory/);
  });

  it('invalid records are named by position and block the import unless skipped', async () => {
    const bad = file(
      [
        contact('good-demo'),
        { ...contact('bad-level-demo'), level: 'bestie' } as unknown as Contact,
        contact('bad/../id'),
      ],
      [note('n1', 'good-demo', 'ok'), note('n2', 'nobody-demo', 'orphan'), note('n3', 'good-demo', '   ')],
    );
    await expectRefused(
      bad,
      /4 records cannot be imported: contact 2 \(“bad-level-demo”\): level: .*; contact 3 \(“bad\/..\/id”\): .*; note 2: belongs to “nobody-demo”.*; note 3: text: A note cannot be empty.*Nothing was imported/,
    );
    const preview = await previewImport(db, 'backup', bad, 'keep-newer');
    expect(preview.problemCount).toBe(4);
    const result = await applyImport(db, 'backup', bad, 'keep-newer', { skipInvalid: true });
    expect(result.new).toBe(1);
    expect(await db.contacts.get('good-demo')).toBeTruthy();
  });

  it('all-or-nothing: a failure midway through the writes leaves existing data untouched', async () => {
    await db.contacts.put(contact('kept-demo', { displayName: 'Kept', level: 'personal' }));
    const before = await snapshot(db);
    const notes = Array.from({ length: 50 }, (_, i) => note(`n${i}`, 'kept-demo', `note ${i}`));
    const text = file([contact('kept-demo', { level: 'professional', updatedAt: 99_999 }), contact('new-demo')], notes);
    let created = 0;
    db.notes.hook('creating', () => {
      if (++created === 40) throw new Error('disk full');
    });
    await expect(applyImport(db, 'backup', text, 'keep-theirs')).rejects.toThrow(/disk full/);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('Connections.csv import', () => {
  const csv = (rows: string) =>
    'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n' +
    rows;

  it('seeds new contacts and only fills empty fields of existing ones', async () => {
    await db.contacts.put(
      contact('ann-demo', { displayName: 'Annie (my name for her)', headline: '', level: 'personal' }),
    );
    const text = csv(
      'Ann,Lee,https://www.linkedin.com/in/ann-demo,,Co,CTO,05 Oct 2020\nBo,Ng,https://www.linkedin.com/in/bo-demo/,,,,01 Jan 2019\n',
    );
    const preview = await previewImport(db, 'connections', text, 'keep-theirs');
    expect(summarizePreview(preview)).toBe('1 new, 1 updated, 0 conflicts');
    await applyImport(db, 'connections', text, 'keep-theirs');
    const ann = (await db.contacts.get('ann-demo'))!;
    expect(ann).toMatchObject({
      displayName: 'Annie (my name for her)',
      headline: 'CTO at Co',
      howWeMet: 'Connected on 5 Oct 2020',
      level: 'personal',
    });
    expect((await db.contacts.get('bo-demo'))!).toMatchObject({
      displayName: 'Bo Ng',
      howWeMet: 'Connected on 1 Jan 2019',
      level: 'unset',
    });
  });

  it('refuses rows with malformed URLs by line, all-or-nothing', async () => {
    const text = csv(
      'Ann,Lee,https://www.linkedin.com/in/ann-demo,,,,05 Oct 2020\nBad,Row,www.example.com/ann,,,,05 Oct 2020\n',
    );
    await expect(applyImport(db, 'connections', text, 'keep-newer')).rejects.toThrow(
      /line 6: URL is not a LinkedIn profile \(www.example.com\/ann\)/,
    );
    expect(await db.contacts.count()).toBe(0);
  });

  it('reads dates as the whole column shows, imports a row whose date it cannot read, and says both in the preview', async () => {
    const text = csv(
      'Ann,Lee,https://www.linkedin.com/in/ann-demo,,,,05/10/2020\n' +
        'Bo,Ng,https://www.linkedin.com/in/bo-demo,,,,someday\n' +
        'Cy,Oh,https://www.linkedin.com/in/cy-demo,,,,03/04/2021\n',
    );
    // Nothing above 12: the guess (the browser's language) is used and said to be one.
    const guessed = await previewImport(db, 'connections', text, 'keep-newer', { guessOrder: 'day-first' });
    expect(guessed).toMatchObject({
      new: 3,
      problemCount: 0,
      dates: { order: 'day-first', orderFrom: 'guess', unread: 1 },
    });
    expect(guessed.warnings).toEqual([
      { where: 'line 6', message: '"Connected On" is not a date we can read (someday); imported without it' },
    ]);
    // The user says month first: that is what is stored.
    await applyImport(db, 'connections', text, 'keep-newer', { dateOrder: 'month-first', guessOrder: 'day-first' });
    expect((await db.contacts.get('ann-demo'))!.howWeMet).toBe('Connected on 10 May 2020');
    expect((await db.contacts.get('cy-demo'))!.howWeMet).toBe('Connected on 4 Mar 2021');
    expect((await db.contacts.get('bo-demo'))!).toMatchObject({ displayName: 'Bo Ng', howWeMet: '' });
  });

  it('refuses a spreadsheet renamed to .csv', async () => {
    await expect(
      applyImport(db, 'connections', 'PK\u0003\u0004\u0014\u0000\u0006\u0000', 'keep-newer'),
    ).rejects.toThrow(/zipped spreadsheet/);
  });

  it('imports 100,000 rows in one go', async () => {
    const rows: string[] = [];
    for (let i = 0; i < 100_000; i++)
      rows.push(`F${i},L${i},https://www.linkedin.com/in/person-${i}-demo,,Co,Role,05 Oct 2020`);
    const result = await applyImport(db, 'connections', csv(rows.join('\n')), 'keep-newer');
    expect(result.new).toBe(100_000);
    expect(await db.contacts.count()).toBe(100_000);
  }, 120_000);
});

describe('backup schema', () => {
  it('reads a valid file and normalises profile keys', () => {
    const parsed = readBackup(
      file(
        [
          contact('https://www.linkedin.com/in/Ann-Demo/', {
            aliases: ['https://www.linkedin.com/in/Ann-Demo/', 'urn:li:member:7'],
          }),
        ],
        [],
      ),
    );
    expect(parsed.contacts[0]!.id).toBe('ann-demo');
    expect(parsed.contacts[0]!.aliases).toEqual(['ann-demo', 'urn:li:member:7']);
    expect(parsed.problems).toEqual([]);
  });

  it('rejects unknown fields, wrong types and a missing list', () => {
    expect(
      readBackup(file([{ ...contact('a-demo'), extra: 1 } as unknown as Contact], [])).problems[0]!.message,
    ).toMatch(/Unrecognized key/);
    expect(
      readBackup(file([{ ...contact('a-demo'), createdAt: 'yesterday' } as unknown as Contact], [])).problems[0]!
        .message,
    ).toMatch(/createdAt/);
    expect(() => readBackup(JSON.stringify({ format: 'boundaries-backup', version: 1, contacts: [] }))).toThrow(
      /no "notes" list/,
    );
    expect(() => readBackup(JSON.stringify({ format: 'boundaries-backup', contacts: [], notes: [] }))).toThrow(
      /no valid "version"/,
    );
  });
});

describe('JSON error location', () => {
  it('finds the first bad character, or the end for truncated text', async () => {
    const { jsonErrorOffset } = await import('../../storage/backup');
    expect(jsonErrorOffset('{"a": [1, 2}')).toBe(11);
    expect(jsonErrorOffset('{"a": "x\\"y", "b": tru}')).toBe(19);
    expect(jsonErrorOffset('{"a": [1, 2')).toBe(11);
    expect(jsonErrorOffset('{"a": "unterminated')).toBe(19);
    expect(jsonErrorOffset('{"a": 1} x')).toBe(9);
    expect(jsonErrorOffset('{"a": [1, {"b": null}], "c": -1.5e3}')).toBe(-1);
  });
});

describe('files larger than one browser message (issue 14, item 8)', () => {
  const EXT = 'boundaries-test-id';
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- results are checked field by field
  const send = async (server: ReturnType<typeof createServer>, type: string, payload: unknown): Promise<any> => {
    const result = (await server.handle({ boundaries: 1, type, payload }, { id: EXT })) as ApiResult<unknown>;
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value;
  };

  it('cuts a file into parts that join back exactly, never inside an emoji', () => {
    const text = 'ab🧁cd🧁'.repeat(1_000);
    for (const size of [2, 3, 4, 7, 1_000, 100_000]) {
      const parts = splitForUpload(text, size);
      expect(parts.join('')).toBe(text);
      expect(parts.every((p) => p.length <= size && p.length > 0)).toBe(true);
      // No part ends with the first half of a surrogate pair.
      expect(parts.some((p) => /[\ud800-\udbff]$/.test(p))).toBe(false);
    }
    expect(splitForUpload('')).toEqual(['']);
  });

  it('a backup sent in many parts previews and imports all-or-nothing like one sent whole', async () => {
    await repo.saveContact(db, 'ann-demo', { displayName: 'Ann' }, { level: 'personal' }, 1_000);
    for (let i = 0; i < 12; i++)
      await repo.addNote(db, 'ann-demo', `${'long note 🧁 '.repeat(2_000)}${i}`, undefined, 2_000 + i);
    const text = JSON.stringify(await exportBackup(db));
    expect(text.length).toBeGreaterThan(300_000);
    const server = createServer({ db: other, extensionId: EXT, changeWindowMs: 600_000 });
    const sent: number[] = [];
    const upload = await uploadForImport(
      text,
      (part) => {
        sent.push(JSON.stringify(part).length);
        return send(server, 'stageImport', part);
      },
      50_000,
    );
    expect(sent.length).toBeGreaterThan(6);
    expect(Math.max(...sent)).toBeLessThan(60_000); // no message carries the file
    const preview = await send(server, 'previewImport', { kind: 'backup', upload, strategy: 'keep-newer' });
    expect(preview).toMatchObject({ new: 1, notesAdded: 12, problemCount: 0 });
    await send(server, 'applyImport', { kind: 'backup', upload, strategy: 'keep-newer' });
    expect((await snapshot(other)).notes).toEqual((await snapshot(db)).notes);
    expect((await snapshot(other)).contacts).toEqual((await snapshot(db)).contacts);
    // Imported: the upload is gone, and saying so names the cause.
    await expect(send(server, 'applyImport', { kind: 'backup', upload, strategy: 'keep-newer' })).rejects.toThrow(
      /not-found: The file is no longer in Boundaries’ memory .* Choose it again/,
    );
  });

  it('an unfinished upload imports nothing and says which parts are missing', async () => {
    const server = createServer({ db: other, extensionId: EXT, changeWindowMs: 600_000 });
    const upload = crypto.randomUUID();
    const parts = splitForUpload(file([contact('ann-demo')], []), 20);
    for (let part = 0; part < parts.length - 1; part++)
      await send(server, 'stageImport', { upload, part, parts: parts.length, text: parts[part] });
    await expect(send(server, 'applyImport', { kind: 'backup', upload, strategy: 'keep-newer' })).rejects.toThrow(
      new RegExp(`Only ${parts.length - 1} of ${parts.length} parts of the file arrived`),
    );
    expect(await other.contacts.count()).toBe(0);
    // A part that does not fit the upload is refused by name.
    await expect(send(server, 'stageImport', { upload, part: 0, parts: 2, text: 'x' })).rejects.toThrow(
      /bad-request: Upload part 1 of 2 does not fit this upload/,
    );
    // Text and upload together are refused.
    await expect(
      send(server, 'previewImport', { kind: 'backup', upload, text: '{}', strategy: 'keep-newer' }),
    ).rejects.toThrow(/text or as an upload/);
  });

  it('the contacts CSV of long notes is written in the page, without a message', async () => {
    await repo.saveContact(db, 'ann-demo', { displayName: 'Ann' }, {}, 1_000);
    await repo.addNote(db, 'ann-demo', 'x'.repeat(100_000), undefined, 2_000);
    const { csv, count } = await exportContactsCsv(db);
    expect(count).toBe(1);
    const [, row] = parseCsv(csv);
    expect(row!.fields[0]).toBe('Ann');
    expect(row!.fields.at(-1)).toContain('x'.repeat(100_000));
  });
});
