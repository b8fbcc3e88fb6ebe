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

/** The text encodings a spreadsheet program saves CSV in, as shown to the user. */
export type TextEncodingName = 'UTF-8' | 'UTF-8 with BOM' | 'UTF-16 LE' | 'UTF-16 BE' | 'Windows-1252' | 'Mac Roman';

/**
 * A file's bytes as text, in the encoding it was saved in: a byte-order mark says UTF-8 or UTF-16 (Excel's
 * "Unicode text"); bytes that are not valid UTF-8 are Windows-1252 (Excel's "CSV" on Windows in Western
 * locales), where "José" is the single byte E9 and decoding as UTF-8 would give "Jos�" — or Mac Roman
 * (Excel for Mac's plain "CSV"), where "José" is 8E, which Windows-1252 would read as "JosŽ".
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 with BOM' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16 LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16 BE' };
  // UTF-16 saved without a mark: every other byte of ASCII text is zero.
  const sample = bytes.subarray(0, 2_000 - (Math.min(bytes.length, 2_000) % 2));
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2) oddZeros++;
    else evenZeros++;
  }
  if (sample.length >= 4 && oddZeros > sample.length / 4 && evenZeros === 0)
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'UTF-16 LE' };
  if (sample.length >= 4 && evenZeros > sample.length / 4 && oddZeros === 0)
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'UTF-16 BE' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    if (looksMacRoman(bytes)) return { text: new TextDecoder('macintosh').decode(bytes), encoding: 'Mac Roman' };
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
  }
}

const isAsciiLetter = (byte: number | undefined) =>
  byte !== undefined && ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a));

/**
 * Mac Roman keeps the accented small letters (é, á, ñ, ü, ö…) at 80–9F, where Windows-1252 has mostly
 * punctuation (‚ „ … ‘ ’ “ ” • – —) and keeps its own accented letters at C0–FF. So bytes 80–9F inside words
 * outnumbering C0–FF bytes inside words means Mac Roman.
 */
function looksMacRoman(bytes: Uint8Array): boolean {
  let low = 0;
  let high = 0;
  const end = Math.min(bytes.length, 1_000_000);
  for (let i = 0; i < end; i++) {
    const byte = bytes[i]!;
    if (byte < 0x80) continue;
    // Inside a word: an ASCII letter on either side (names, not stray symbols between fields).
    const before = bytes[i - 1];
    const after = bytes[i + 1];
    if (!(isAsciiLetter(before) || isAsciiLetter(after))) continue;
    if (byte <= 0x9f) low++;
    else if (byte >= 0xc0) high++;
  }
  return low > high;
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

/** Which number comes first in a date such as 05/10/2020: the day (UK, EU) or the month (US). */
export type DateOrder = 'day-first' | 'month-first';

/** The forms of "Connected On" dates read, each with an example. */
export const DATE_FORMS = {
  linkedin: '05 Oct 2020',
  'month-name-first': 'Oct 5, 2020',
  iso: '2020-10-05',
  dotted: '05.10.2020',
  numeric: '05/10/2020',
} as const;
export type DateForm = keyof typeof DATE_FORMS;

// A spreadsheet may add a time ("05/10/2020 00:00", "10/5/2020 12:00 AM").
const TIME = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?)?`;
const NAMED_DAY_FIRST = new RegExp(
  String.raw`^(\d{1,2})[\s\-./]+([A-Za-z]{3,9})\.?,?[\s\-./]+(\d{4}|\d{2})` + TIME + '$',
);
const NAMED_MONTH_FIRST = new RegExp(
  String.raw`^([A-Za-z]{3,9})\.?[\s\-]+(\d{1,2}),?[\s\-]+(\d{4}|\d{2})` + TIME + '$',
);
const ISO = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})` + TIME + '$');
const DOTTED = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})` + TIME + '$');
const NUMERIC = new RegExp(String.raw`^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})` + TIME + '$');

/** A two-digit year is this century's: LinkedIn has existed since 2003. */
function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

function monthNamed(name: string): number {
  return MONTHS[name.toLowerCase().slice(0, 3)] ?? 0;
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (!month || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 2002 || year > 2200)
    return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The form of a date, and for a numeric one (05/10/2020) its first two numbers. */
function dateForm(text: string): { form: DateForm; first?: number; second?: number } | null {
  if (NAMED_DAY_FIRST.test(text)) return { form: 'linkedin' };
  if (NAMED_MONTH_FIRST.test(text)) return { form: 'month-name-first' };
  if (ISO.test(text)) return { form: 'iso' };
  if (DOTTED.test(text)) return { form: 'dotted' };
  const m = NUMERIC.exec(text);
  return m ? { form: 'numeric', first: Number(m[1]), second: Number(m[2]) } : null;
}

/**
 * A "Connected On" date in any of DATE_FORMS to `2020-10-05`; null when unreadable or impossible.
 * `order` settles numeric dates such as 05/10/2020 (dotted ones, 05.10.2020, are always day first).
 */
export function parseConnectedOn(value: string, order: DateOrder = 'month-first'): string | null {
  const text = value.trim();
  let m = NAMED_DAY_FIRST.exec(text);
  if (m) return isoDate(fullYear(m[3]!), monthNamed(m[2]!), Number(m[1]));
  if ((m = NAMED_MONTH_FIRST.exec(text))) return isoDate(fullYear(m[3]!), monthNamed(m[1]!), Number(m[2]));
  if ((m = ISO.exec(text))) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = DOTTED.exec(text))) return isoDate(fullYear(m[3]!), Number(m[2]), Number(m[1]));
  if ((m = NUMERIC.exec(text))) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return order === 'day-first' ? isoDate(fullYear(m[3]!), b, a) : isoDate(fullYear(m[3]!), a, b);
  }
  return null;
}

/** How a file's "Connected On" column was read: shown in the import preview. */
export interface DateReading {
  /** How many dates of each form the column holds. */
  forms: Partial<Record<DateForm, number>>;
  /** The order used for numeric dates (05/10/2020); null when the column has none. */
  order: DateOrder | null;
  /** Why that order: the file shows it (a number above 12), the user chose it, or it is a guess. */
  orderFrom: 'file' | 'chosen' | 'guess' | null;
  /** Rows with a date that could not be read: imported without it. */
  unread: number;
}

/**
 * Decides how to read a whole column of dates. Numeric dates are read one way for the whole column:
 * any first number above 12 means day first, any second number above 12 month first; when none is, the
 * `chosen` order, else the `guess` (from the browser's language), and the preview says it guessed.
 */
export function readDateColumn(
  values: string[],
  { chosen, guess = 'month-first' }: { chosen?: DateOrder; guess?: DateOrder } = {},
): { reading: DateReading; parse: (value: string) => string | null } {
  const forms: Partial<Record<DateForm, number>> = {};
  let dayFirstSeen = false;
  let monthFirstSeen = false;
  for (const value of values) {
    const text = value.trim();
    if (!text) continue;
    const found = dateForm(text);
    if (!found) continue;
    forms[found.form] = (forms[found.form] ?? 0) + 1;
    if (found.first! > 12) dayFirstSeen = true;
    if (found.second! > 12) monthFirstSeen = true;
  }
  let order: DateOrder | null = null;
  let orderFrom: DateReading['orderFrom'] = null;
  if (forms.numeric) {
    if (dayFirstSeen !== monthFirstSeen) [order, orderFrom] = [dayFirstSeen ? 'day-first' : 'month-first', 'file'];
    else if (chosen) [order, orderFrom] = [chosen, 'chosen'];
    else [order, orderFrom] = [guess, 'guess'];
  }
  const reading: DateReading = { forms, order, orderFrom, unread: 0 };
  return { reading, parse: (value) => parseConnectedOn(value, order ?? 'month-first') };
}

/** The order people in this language write numeric dates in (US-style month first, else day first). */
export function dateOrderOfLanguage(language: string | undefined): DateOrder {
  return /^(en-US|en-PH|en-UM|en-AS|en-GU|en-MP|en-VI|es-US)$/i.test(language ?? '') || language === 'en'
    ? 'month-first'
    : 'day-first';
}

/** The preview's sentence about dates, e.g. "Dates read as day/month/year (05/10/2020 = 5 Oct 2020)…". */
export function describeDateReading(reading: DateReading): string {
  const total = Object.values(reading.forms).reduce((sum, n) => sum + (n ?? 0), 0);
  const parts: string[] = [];
  if (total === 0 && reading.unread === 0) return 'No "Connected On" dates in the file.';
  const found = (Object.entries(reading.forms) as [DateForm, number][])
    .map(([form, count]) => `${count.toLocaleString('en')} like ${DATE_FORMS[form]}`)
    .join(', ');
  if (found) parts.push(`"Connected On" dates: ${found}.`);
  if (reading.order) {
    const words =
      reading.order === 'day-first'
        ? 'day/month/year (05/10/2020 is 5 Oct 2020)'
        : 'month/day/year (05/10/2020 is 10 May 2020)';
    parts.push(
      reading.orderFrom === 'file'
        ? `Read as ${words}: the file has a date that only reads that way.`
        : reading.orderFrom === 'chosen'
          ? `Read as ${words}, as you chose.`
          : `Read as ${words}: no date in the file has a number above 12, so this is a guess from your browser’s language; change it if that is wrong.`,
    );
  }
  if (reading.unread)
    parts.push(
      `${reading.unread.toLocaleString('en')} ${reading.unread === 1 ? 'row has a date' : 'rows have dates'} that could not be read: imported without the date.`,
    );
  return parts.join(' ');
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
  /** Rows imported without their unreadable "Connected On" date. */
  undated: RowProblem[];
  /** How the "Connected On" column was read. */
  dates: DateReading;
}

export interface ConnectionsOptions {
  /** The user's choice for numeric dates the file leaves ambiguous (05/10/2020). */
  dateOrder?: DateOrder;
  /** The order assumed when the file does not show it and the user has not chosen (browser language). */
  guessOrder?: DateOrder;
}

const REQUIRED = ['first name', 'last name', 'url'] as const;

/**
 * Reads LinkedIn's `Connections.csv`: skips the "Notes:" preamble, finds the header, and turns each row
 * into a contact seed. Throws a CsvError when the file is not a Connections export at all.
 */
export function parseConnectionsCsv(text: string, options: ConnectionsOptions = {}): ConnectionsParse {
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
  const body = records.slice(headerIndex + 1);
  const { reading, parse } = readDateColumn(
    connected >= 0 ? body.map((record) => record.fields[connected] ?? '') : [],
    { chosen: options.dateOrder, guess: options.guessOrder },
  );
  const rows: ConnectionRow[] = [];
  const problems: RowProblem[] = [];
  const duplicates: RowProblem[] = [];
  const undated: RowProblem[] = [];
  const seen = new Map<ProfileKey, ConnectionRow>();
  for (const record of body) {
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
      const iso = parse(rawDate);
      // The person is worth importing without the date.
      if (iso) howWeMet = connectedOnLabel(iso);
      else {
        reading.unread++;
        undated.push({
          line: record.line,
          message: `"Connected On" is not a date we can read (${rawDate.slice(0, 40)}); imported without it`,
        });
      }
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
  return { rows, problems, duplicates, undated, dates: reading };
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
