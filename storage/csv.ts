/**
 * CSV in and out. An RFC 4180 parser (quoted fields with commas, quotes and newlines; CRLF or LF; a
 * byte-order mark; `;`-delimited files from locales whose decimal separator is a comma), LinkedIn's own
 * `Connections.csv` reader, and the contacts export. Pure functions: no DOM, no browser APIs, no database.
 */
import type { Contact, Level, Note } from './model';
import { LEVEL_LABELS } from './model';
import { keyFromProfileUrl, profileUrlOf, type ProfileKey } from './profile-id';

export class CsvError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(line === undefined ? message : `line ${line}: ${message}`);
    this.name = 'CsvError';
  }
}

export interface CsvRecord {
  /** 1-based line number where the record starts in the file. */
  line: number;
  fields: string[];
}

/** Refuses text that is not CSV at all (a spreadsheet or other binary file renamed to .csv). */
export function assertLooksLikeText(text: string): void {
  const head = text.slice(0, 4096);
  if (head.startsWith('PK\u0003\u0004')) {
    throw new CsvError(
      'This file is a zipped spreadsheet (for example .xlsx) renamed to .csv, not CSV text. Open it in your spreadsheet program and save it as "CSV (comma-separated)".',
    );
  }
  if (head.startsWith('\u00d0\u00cf\u0011\u00e0') || head.startsWith('\ufffd\ufffd\u0011\ufffd')) {
    throw new CsvError(
      'This file is an old-style Excel spreadsheet (.xls), not CSV text. Save it as "CSV (comma-separated)" and try again.',
    );
  }
  // eslint-disable-next-line no-control-regex -- looking for binary content on purpose
  if (/\u0000/.test(head)) throw new CsvError('This file holds binary data, not CSV text.');
}

/** `,` or `;`, whichever separates more fields on the first line that has either (outside quotes). */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  let commas = 0;
  let semicolons = 0;
  let tabs = 0;
  let quoted = false;
  for (let i = 0; i < text.length && i < 65_536; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === ',') commas++;
    else if (c === ';') semicolons++;
    else if (c === '\t') tabs++;
    else if (c === '\n') {
      if (commas + semicolons + tabs > 0) break;
    }
  }
  if (semicolons > commas && semicolons >= tabs) return ';';
  if (tabs > commas && tabs > semicolons) return '\t';
  return ',';
}

/**
 * Parses CSV text into records (RFC 4180, lenient about a bare quote inside an unquoted field).
 * Throws a CsvError naming the line of an unterminated quoted field.
 */
export function parseCsv(input: string, delimiter: string = detectDelimiter(stripBom(input))): CsvRecord[] {
  const text = stripBom(input);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let atFieldStart = true;
  const n = text.length;
  const endRecord = () => {
    fields.push(field);
    // A blank line is not a record.
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    atFieldStart = true;
  };
  while (i < n) {
    const c = text[i]!;
    if (atFieldStart && c === '"') {
      const quoteLine = line;
      i++;
      let closed = false;
      let chunkStart = i;
      while (i < n) {
        const q = text.indexOf('"', i);
        if (q === -1) break;
        // Count newlines in the quoted chunk for line numbers.
        for (let k = i; k < q; k++) if (text.charCodeAt(k) === 10) line++;
        if (text[q + 1] === '"') {
          field += text.slice(chunkStart, q + 1);
          i = q + 2;
          chunkStart = i;
          continue;
        }
        field += text.slice(chunkStart, q);
        i = q + 1;
        closed = true;
        break;
      }
      if (!closed) throw new CsvError('a quoted field is never closed (the file may be truncated)', quoteLine);
      atFieldStart = false;
      continue;
    }
    if (c === delimiter) {
      fields.push(field);
      field = '';
      atFieldStart = true;
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      endRecord();
      if (c === '\r' && text[i + 1] === '\n') i++;
      i++;
      line++;
      recordLine = line;
      continue;
    }
    // Plain run of characters up to the next special one.
    let j = i;
    while (j < n) {
      const d = text[j];
      if (d === delimiter || d === '\r' || d === '\n') break;
      j++;
    }
    field += text.slice(i, j);
    atFieldStart = false;
    i = j;
  }
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** One field for output: quoted when it needs to be; a leading =, +, - or @ is defused against formula injection. */
export function csvField(value: string): string {
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) || text !== value ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: string[][]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

// ---------------------------------------------------------------------------------------------------
// LinkedIn's Connections.csv

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** `05 Oct 2020` (and `2020-10-05`, `10/5/2020`) to `2020-10-05`; null when unreadable. */
export function parseConnectedOn(value: string): string | null {
  const text = value.trim();
  let year: number, month: number, day: number;
  let m = /^(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{4})$/.exec(text);
  if (m) {
    day = Number(m[1]);
    month = MONTHS[m[2]!.toLowerCase().slice(0, 3)] ?? 0;
    year = Number(m[3]);
  } else if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text))) {
    [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text))) {
    [month, day, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (!month || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 2002 || year > 2200)
    return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Connected on 5 Oct 2020" from `2020-10-05`. */
export function connectedOnLabel(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `Connected on ${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

export interface ConnectionRow {
  line: number;
  key: ProfileKey;
  displayName: string;
  headline: string;
  howWeMet: string;
}

export interface RowProblem {
  line: number;
  message: string;
}

export interface ConnectionsParse {
  rows: ConnectionRow[];
  /** Rows that cannot be imported, with why. */
  problems: RowProblem[];
  /** Rows naming a profile an earlier row already named (merged into it). */
  duplicates: RowProblem[];
}

const REQUIRED = ['first name', 'last name', 'url'] as const;

/**
 * Reads LinkedIn's `Connections.csv`: skips the "Notes:" preamble, finds the header, and turns each row
 * into a contact seed. Throws a CsvError when the file is not a Connections export at all.
 */
export function parseConnectionsCsv(text: string): ConnectionsParse {
  assertLooksLikeText(text);
  const records = parseCsv(text);
  const headerIndex = records.findIndex((record) => {
    const names = record.fields.map((f) => f.trim().toLowerCase());
    return REQUIRED.every((name) => names.includes(name));
  });
  if (headerIndex === -1) {
    throw new CsvError(
      'No header row with "First Name", "Last Name" and "URL" was found. Is this LinkedIn\'s Connections.csv (from Settings → Data privacy → Get a copy of your data)?',
    );
  }
  const header = records[headerIndex]!.fields.map((f) => f.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  const [first, last, url, company, position, connected] = [
    col('first name'),
    col('last name'),
    col('url'),
    col('company'),
    col('position'),
    col('connected on'),
  ];
  const rows: ConnectionRow[] = [];
  const problems: RowProblem[] = [];
  const duplicates: RowProblem[] = [];
  const seen = new Map<ProfileKey, ConnectionRow>();
  for (const record of records.slice(headerIndex + 1)) {
    const get = (index: number) => (index >= 0 ? (record.fields[index] ?? '').trim() : '');
    const href = get(url);
    const name = [get(first), get(last)].filter(Boolean).join(' ');
    if (!href) {
      problems.push({ line: record.line, message: `no profile URL${name ? ` for ${name}` : ''}` });
      continue;
    }
    const key = keyFromProfileUrl(href);
    if (!key) {
      problems.push({ line: record.line, message: `URL is not a LinkedIn profile (${href.slice(0, 80)})` });
      continue;
    }
    const jobTitle = get(position);
    const employer = get(company);
    const headline = jobTitle && employer ? `${jobTitle} at ${employer}` : jobTitle || employer;
    let howWeMet = '';
    const rawDate = get(connected);
    if (rawDate) {
      const iso = parseConnectedOn(rawDate);
      if (!iso) {
        problems.push({ line: record.line, message: `"Connected On" is not a date (${rawDate.slice(0, 40)})` });
        continue;
      }
      howWeMet = connectedOnLabel(iso);
    }
    const row: ConnectionRow = {
      line: record.line,
      key,
      displayName: name.slice(0, 2000),
      headline: headline.slice(0, 2000),
      howWeMet,
    };
    const earlier = seen.get(key);
    if (earlier) {
      duplicates.push({ line: record.line, message: `repeats line ${earlier.line} (same profile); merged` });
      for (const field of ['displayName', 'headline', 'howWeMet'] as const)
        if (!earlier[field]) earlier[field] = row[field];
      continue;
    }
    seen.set(key, row);
    rows.push(row);
  }
  return { rows, problems, duplicates };
}

// ---------------------------------------------------------------------------------------------------
// Contacts export

export const EXPORT_COLUMNS = [
  'Name',
  'Profile URL',
  'Familiarity',
  'Circle',
  'Tags',
  'How we met',
  'Follow up on',
  'Headline',
  'Last messaged',
  'Notes',
  'Latest notes',
] as const;

/** Contacts with their latest notes (newest first, up to `latest`), one row each. */
export function contactsToCsv(contacts: Contact[], notesByContact: Map<string, Note[]>, latest = 3): string {
  const rows: string[][] = [[...EXPORT_COLUMNS]];
  for (const contact of contacts) {
    const notes = [...(notesByContact.get(contact.id) ?? [])].sort((a, b) => b.updatedAt - a.updatedAt);
    const url = profileUrlOf(contact.id) ?? contact.aliases.map(profileUrlOf).find(Boolean) ?? '';
    rows.push([
      contact.displayName,
      url,
      LEVEL_LABELS[contact.level as Level] ?? contact.level,
      contact.circle,
      contact.tags.join(', '),
      contact.howWeMet,
      contact.followUpOn,
      contact.headline,
      contact.lastInteractionAt ? new Date(contact.lastInteractionAt).toISOString().slice(0, 10) : '',
      String(notes.length),
      notes
        .slice(0, latest)
        .map((note) => `${new Date(note.updatedAt).toISOString().slice(0, 10)}: ${note.text}`)
        .join('\n---\n'),
    ]);
  }
  return toCsv(rows);
}
