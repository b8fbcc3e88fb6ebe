import { describe, expect, it } from 'vitest';
import {
  CsvError,
  assertLooksLikeText,
  contactsToCsv,
  csvField,
  decodeText,
  describeDateReading,
  detectDelimiter,
  parseConnectedOn,
  parseConnectionsCsv,
  parseCsv,
  readDateColumn,
} from '../../storage/csv';
import { emptyContact, type Note } from '../../storage/model';

const fields = (text: string, delimiter?: string) => parseCsv(text, delimiter).map((r) => r.fields);

describe('RFC 4180 parsing', () => {
  it('reads plain rows, LF and CRLF alike', () => {
    expect(fields('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(fields('a,b,c\r\n1,2,3\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(fields('a,b\r\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('handles quoted fields with commas, doubled quotes and newlines', () => {
    const text = 'name,note\r\n"Marsh, Lesley","She said ""hi""\r\nthen left"\r\nx,""\r\n';
    expect(fields(text)).toEqual([
      ['name', 'note'],
      ['Marsh, Lesley', 'She said "hi"\r\nthen left'],
      ['x', ''],
    ]);
  });

  it('reports the line where each record starts, counting newlines inside quotes', () => {
    const records = parseCsv('h1,h2\n"multi\nline",x\nlast,row\n');
    expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('strips a byte-order mark and keeps empty fields', () => {
    expect(fields('\ufeffa,,c\n')).toEqual([['a', '', 'c']]);
  });

  it('skips blank lines', () => {
    expect(fields('a,b\n\n\n1,2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('detects semicolon-delimited files (comma-decimal locales)', () => {
    const text = 'First Name;Last Name;URL\nAnn;Lee;"https://www.linkedin.com/in/ann-lee-demo"\n"Smith; Jr";X;y\n';
    expect(detectDelimiter(text)).toBe(';');
    expect(fields(text)).toEqual([
      ['First Name', 'Last Name', 'URL'],
      ['Ann', 'Lee', 'https://www.linkedin.com/in/ann-lee-demo'],
      ['Smith; Jr', 'X', 'y'],
    ]);
    expect(detectDelimiter('a,b;c,d\n')).toBe(',');
  });

  it('names the line of a quoted field that is never closed', () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3\n')).toThrow(/line 2: a quoted field is never closed/);
  });

  it('refuses a spreadsheet renamed to .csv', () => {
    expect(() => assertLooksLikeText('PK\u0003\u0004\u0014\u0000binary')).toThrow(CsvError);
    expect(() => assertLooksLikeText('PK\u0003\u0004\u0014\u0000binary')).toThrow(/spreadsheet/);
    expect(() => assertLooksLikeText('abc\u0000def')).toThrow(/binary/);
    expect(() => assertLooksLikeText('PKey,Name\n1,2')).not.toThrow();
  });

  it('writes fields that round-trip through the parser, and defuses formulas', () => {
    const row = ['plain', 'with, comma', 'with "quote"', 'multi\nline', '=HYPERLINK("x")', ''];
    const text = row.map(csvField).join(',');
    const [parsed] = fields(text);
    expect(parsed).toEqual(['plain', 'with, comma', 'with "quote"', 'multi\nline', `'=HYPERLINK("x")`, '']);
  });
});

const PREAMBLE = `Notes:
"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"

`;
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';

describe('LinkedIn Connections.csv', () => {
  it('skips the Notes preamble and seeds contacts with how we met', () => {
    const text =
      PREAMBLE +
      HEADER +
      'Lesley,Marsh,https://www.linkedin.com/in/lesley-marsh-demo,,"Acme, Inc.",Head of Data,05 Oct 2020\n' +
      'José,García,https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa-demo,jose@example.org,,Founder,28 Feb 2024\n';
    const { rows, problems, duplicates } = parseConnectionsCsv(text);
    expect(problems).toEqual([]);
    expect(duplicates).toEqual([]);
    expect(rows).toEqual([
      {
        line: 5,
        key: 'lesley-marsh-demo',
        displayName: 'Lesley Marsh',
        headline: 'Head of Data at Acme, Inc.',
        howWeMet: 'Connected on 5 Oct 2020',
      },
      {
        line: 6,
        key: 'josé-garcía-demo',
        displayName: 'José García',
        headline: 'Founder',
        howWeMet: 'Connected on 28 Feb 2024',
      },
    ]);
  });

  it('reads CRLF, BOM and semicolon variants the same way', () => {
    const base = HEADER + 'Ann,Lee,https://www.linkedin.com/in/ann-lee-demo,,Co,CTO,01 Jan 2021\n';
    const crlf = '\ufeff' + (PREAMBLE + base).replace(/\n/g, '\r\n');
    const semicolons = base.replace(/,/g, ';');
    for (const text of [crlf, semicolons]) {
      const { rows } = parseConnectionsCsv(text);
      expect(rows.map((r) => [r.key, r.displayName, r.howWeMet])).toEqual([
        ['ann-lee-demo', 'Ann Lee', 'Connected on 1 Jan 2021'],
      ]);
    }
  });

  it('names each bad row by line, and merges duplicate rows', () => {
    const text =
      HEADER +
      'Ann,Lee,https://www.linkedin.com/in/ann-lee-demo,,,,01 Jan 2021\n' + // line 2
      'No,Url,,,,,01 Jan 2021\n' + // line 3
      'Bad,Url,https://example.com/in/someone,,,,01 Jan 2021\n' + // line 4
      'Bad,Date,https://www.linkedin.com/in/bad-date-demo,,,,yesterday\n' + // line 5
      'Ann,Lee,https://www.linkedin.com/in/ann-lee-demo/,,Co,CTO,01 Jan 2021\n'; // line 6
    const { rows, problems, duplicates, undated, dates } = parseConnectionsCsv(text);
    expect(rows.map((r) => r.key)).toEqual(['ann-lee-demo', 'bad-date-demo']);
    expect(rows[0]!.headline).toBe('CTO at Co');
    expect(problems).toEqual([
      { line: 3, message: 'no profile URL for No Url' },
      { line: 4, message: 'URL is not a LinkedIn profile (https://example.com/in/someone)' },
    ]);
    // A date we cannot read costs the date, not the person.
    expect(rows[1]).toMatchObject({ displayName: 'Bad Date', howWeMet: '' });
    expect(undated).toEqual([
      { line: 5, message: '"Connected On" is not a date we can read (yesterday); imported without it' },
    ]);
    expect(dates.unread).toBe(1);
    expect(duplicates).toEqual([{ line: 6, message: 'repeats line 2 (same profile); merged' }]);
  });

  it('says what is wrong with a file that is not a Connections export', () => {
    expect(() => parseConnectionsCsv('Name,Phone\nAnn,123\n')).toThrow(
      /No header row with "First Name", "Last Name" and "URL"/,
    );
  });

  it('parses LinkedIn date formats and rejects impossible dates', () => {
    expect(parseConnectedOn('05 Oct 2020')).toBe('2020-10-05');
    expect(parseConnectedOn('5 Sept 2019')).toBe('2019-09-05');
    expect(parseConnectedOn('2021-03-04')).toBe('2021-03-04');
    expect(parseConnectedOn('31 Feb 2020')).toBeNull();
    expect(parseConnectedOn('soon')).toBeNull();
  });

  it('reads the forms a spreadsheet re-save leaves', () => {
    expect(parseConnectedOn('05.10.2020')).toBe('2020-10-05'); // dotted: always day first
    expect(parseConnectedOn('5-Oct-20')).toBe('2020-10-05'); // Excel's d-mmm-yy
    expect(parseConnectedOn('05 Oct 2020')).toBe('2020-10-05');
    expect(parseConnectedOn('Oct 5, 2020')).toBe('2020-10-05');
    expect(parseConnectedOn('2020/10/05')).toBe('2020-10-05');
    expect(parseConnectedOn('05/10/2020', 'day-first')).toBe('2020-10-05');
    expect(parseConnectedOn('05/10/2020', 'month-first')).toBe('2020-05-10');
    expect(parseConnectedOn('10/5/20 0:00', 'month-first')).toBe('2020-10-05');
    expect(parseConnectedOn('05/10/2020 12:00 AM', 'day-first')).toBe('2020-10-05');
    expect(parseConnectedOn('31.02.2020')).toBeNull();
    expect(parseConnectedOn('13/13/2020', 'day-first')).toBeNull();
  });

  it('decides day/month order from the whole column, and says when it had to guess', () => {
    // One date with a first number above 12 settles the column: day first, for every row.
    const uk = readDateColumn(['05/10/2020', '01/02/2021', '25/12/2019']);
    expect(uk.reading).toMatchObject({ order: 'day-first', orderFrom: 'file', forms: { numeric: 3 } });
    expect(['05/10/2020', '01/02/2021'].map(uk.parse)).toEqual(['2020-10-05', '2021-02-01']);
    expect(describeDateReading(uk.reading)).toContain('Read as day/month/year (05/10/2020 is 5 Oct 2020): the file');
    const us = readDateColumn(['05/10/2020', '12/25/2019'], { guess: 'day-first' });
    expect(us.reading).toMatchObject({ order: 'month-first', orderFrom: 'file' });
    expect(us.parse('05/10/2020')).toBe('2020-05-10');
    // Nothing above 12: the browser language's order, said to be a guess; the user's choice wins.
    const unsure = readDateColumn(['05/10/2020', '01/02/2021'], { guess: 'day-first' });
    expect(unsure.reading).toMatchObject({ order: 'day-first', orderFrom: 'guess' });
    expect(describeDateReading(unsure.reading)).toMatch(/a guess from your browser’s language/);
    const chosen = readDateColumn(['05/10/2020'], { chosen: 'month-first', guess: 'day-first' });
    expect(chosen.reading).toMatchObject({ order: 'month-first', orderFrom: 'chosen' });
    expect(chosen.parse('05/10/2020')).toBe('2020-05-10');
    // LinkedIn's own form needs no order.
    const linkedin = readDateColumn(['05 Oct 2020', '2020-10-05']);
    expect(linkedin.reading).toMatchObject({ order: null, forms: { linkedin: 1, iso: 1 } });
    expect(describeDateReading(linkedin.reading)).toBe('"Connected On" dates: 1 like 05 Oct 2020, 1 like 2020-10-05.');
  });

  it('a Connections.csv re-saved by Excel on Windows (Windows-1252, dd/mm/yyyy) reads right', () => {
    const text =
      HEADER +
      'José,García,https://www.linkedin.com/in/jose-garcia-demo,,Café Ltd,Owner,05/10/2020\r\n' +
      'Zoë,Ødegård,https://www.linkedin.com/in/zoe-odegard-demo,,,,25/12/2019\r\n';
    // Windows-1252 is Latin-1 for these letters: one byte each.
    const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    expect(new TextDecoder().decode(bytes)).toContain('Jos\ufffd'); // what reading it as UTF-8 gave
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe('Windows-1252');
    const { rows, dates } = parseConnectionsCsv(decoded.text);
    expect(rows.map((r) => [r.displayName, r.headline, r.howWeMet])).toEqual([
      ['José García', 'Owner at Café Ltd', 'Connected on 5 Oct 2020'],
      ['Zoë Ødegård', '', 'Connected on 25 Dec 2019'],
    ]);
    expect(dates).toMatchObject({ order: 'day-first', orderFrom: 'file', unread: 0 });
  });

  it('a Connections.csv saved as plain "CSV" by Excel for Mac (Mac Roman) reads right, and Windows-1252 punctuation stays Windows-1252', () => {
    const MAC_ROMAN: Record<string, number> = { é: 0x8e, í: 0x92, ñ: 0x96, ü: 0x9f, ö: 0x9a, ø: 0xbf };
    const text =
      HEADER +
      'José,García,https://www.linkedin.com/in/jose-garcia-demo,,Muñoz Ltd,Owner,05 Oct 2020\r\n' +
      'Jürgen,Nøstvik,https://www.linkedin.com/in/jurgen-demo,,Köln AG,,25 Dec 2019\r\n';
    const bytes = Uint8Array.from([...text].map((c) => MAC_ROMAN[c] ?? c.charCodeAt(0)));
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe('Mac Roman');
    const { rows } = parseConnectionsCsv(decoded.text);
    expect(rows.map((r) => [r.displayName, r.headline])).toEqual([
      ['José García', 'Owner at Muñoz Ltd'],
      ['Jürgen Nøstvik', 'Köln AG'],
    ]);
    // Windows-1252 with curly quotes and a dash between words, and its own accented letters: not Mac Roman.
    const windows = Uint8Array.from([
      ...[...'Zoë,\x93The\x94 \x96 Café,'].map((c) => c.charCodeAt(0)),
      ...[...'Renée'].map((c) => c.charCodeAt(0)),
    ]);
    expect(decodeText(windows).encoding).toBe('Windows-1252');
  });

  it('detects UTF-8 with and without a byte-order mark, and UTF-16 both ways', () => {
    const text = 'First Name,Last Name\nJosé,García\n';
    const utf8 = new TextEncoder().encode(text);
    expect(decodeText(utf8)).toEqual({ text, encoding: 'UTF-8' });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text, encoding: 'UTF-8 with BOM' });
    const le = [0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])];
    const be = [0xfe, 0xff, ...[...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])];
    expect(decodeText(Uint8Array.from(le))).toEqual({ text, encoding: 'UTF-16 LE' });
    expect(decodeText(Uint8Array.from(be))).toEqual({ text, encoding: 'UTF-16 BE' });
    // Without a mark, the zero bytes of ASCII text still tell.
    expect(decodeText(Uint8Array.from(le.slice(2)))).toEqual({ text, encoding: 'UTF-16 LE' });
  });

  it('reads 100,000 rows (its speed is in npm run bench)', () => {
    const lines = [HEADER.trim()];
    for (let i = 0; i < 100_000; i++)
      lines.push(
        `First${i},Last${i},https://www.linkedin.com/in/person-${i}-demo,,Company ${i},"Role, ${i}",05 Oct 2020`,
      );
    const { rows, problems } = parseConnectionsCsv(lines.join('\r\n'));
    expect(rows).toHaveLength(100_000);
    expect(problems).toHaveLength(0);
    expect(rows[99_999]!.headline).toBe('Role, 99999 at Company 99999');
  });
});

describe('contacts CSV export', () => {
  it('writes one row per contact with the latest notes, readable by the parser', () => {
    const contact = {
      ...emptyContact('lesley-marsh-demo', 0),
      displayName: 'Lesley, "Les" Marsh',
      level: 'friendly' as const,
      tags: ['data', 'berlin'],
    };
    const notes: Note[] = [1, 2, 3, 4].map((i) => ({
      id: `n${i}`,
      contactId: contact.id,
      text: `note ${i}\nsecond line`,
      createdAt: i * 86_400_000,
      updatedAt: i * 86_400_000,
    }));
    const csv = contactsToCsv([contact], new Map([[contact.id, notes]]));
    const [header, row] = fields(csv);
    expect(header![0]).toBe('Name');
    const record = Object.fromEntries(header!.map((name, i) => [name, row![i]]));
    expect(record['Name']).toBe('Lesley, "Les" Marsh');
    expect(record['Profile URL']).toBe('https://www.linkedin.com/in/lesley-marsh-demo/');
    expect(record['Familiarity']).toBe('Friendly professional');
    expect(record['Tags']).toBe('data, berlin');
    expect(record['Notes']).toBe('4');
    expect(record['Latest notes']).toBe(
      '1970-01-05: note 4\nsecond line\n---\n1970-01-04: note 3\nsecond line\n---\n1970-01-03: note 2\nsecond line',
    );
  });
});
