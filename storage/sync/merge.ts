/**
 * The merge engine of sync (issue 13): pure, DOM-free, no I/O. Every device keeps a replica state of
 * every contact and note; devices exchange operations; applying the same set of operations in ANY order,
 * any number of times, gives the same state (a state-based CRDT: every merge below is a set union or a
 * max), so devices that have read the same files show the same data.
 *
 * - Contact fields and the note fields other than the text are last-writer-wins registers: each field
 *   keeps the value with the highest hybrid-logical-clock timestamp (see hlc.ts). Ties cannot happen:
 *   timestamps carry the device id.
 * - A note's text is a multi-value register: an edit records which versions it replaced (`sup`, the
 *   versions the editor saw). Versions nobody replaced are all kept. Two devices editing the same note
 *   without seeing each other's edit leave two versions; the newest stays the note, every other one
 *   becomes a "conflict copy" note beside it (deterministically, so every device makes the same copy).
 *   An edit can therefore never silently overwrite another device's text.
 * - Deletes are observed-remove tombstones: a delete lists the exact versions (field and text timestamps)
 *   the deleting device saw, and removes only those. A concurrent edit, unseen by the deleter, keeps the
 *   record alive. Tombstones are kept forever (they are small) so a late device cannot resurrect data.
 * - A note whose contact was deleted while another device added the note keeps its contact visible
 *   (with the contact's last values): no note ever points at nothing, and no note is lost.
 *
 * The local database is a projection of this state (`project`); local edits are found by comparing the
 * database with the state (`diff`), so every write path (editor, imports, bulk edits, restores) is synced
 * without hooks in the code that writes.
 */
import type { Hlc } from './hlc';

/** Synced contact fields (an explicit list, so local-only fields added later stay local). */
export const CONTACT_FIELDS = [
  'aliases',
  'displayName',
  'headline',
  'level',
  'circle',
  'tags',
  'howWeMet',
  'followUpOn',
  'lastInteractionAt',
  'driftCheck',
  'createdAt',
  'updatedAt',
] as const;
/** Synced note fields besides the text. */
export const NOTE_FIELDS = ['contactId', 'createdAt', 'updatedAt'] as const;

export const CONFLICT_PREFIX = '[Conflict copy] ';

export type RecordKey = `c:${string}` | `n:${string}`;

export interface FieldValue {
  v: unknown;
  t: Hlc;
}
export interface TextVersion {
  v: string;
  t: Hlc;
}

export interface RecordState {
  k: RecordKey;
  /** Last-writer-wins fields. */
  f: Record<string, FieldValue>;
  /** Note text versions nobody has replaced (notes only). */
  h?: TextVersion[];
  /** Text versions replaced by a later edit. */
  g?: Hlc[];
  /** Versions removed by deletes (observed-remove). */
  d?: Hlc[];
}

export type Op =
  | { k: RecordKey; op: 'set'; f: string; v: unknown; t: Hlc }
  | { k: RecordKey; op: 'text'; v: string; t: Hlc; sup: Hlc[] }
  | { k: RecordKey; op: 'del'; seen: Hlc[] }
  | { k: RecordKey; op: 'sup'; sup: Hlc[] };

export type State = Map<RecordKey, RecordState>;

/** Plain rows as the database holds them (only the synced fields matter here). */
export type ContactRow = { id: string } & { [F in (typeof CONTACT_FIELDS)[number]]?: unknown };
export interface NoteRow {
  id: string;
  contactId: string;
  text: string;
  createdAt: number;
  updatedAt: number;
}

function union(a: Hlc[] | undefined, b: Hlc[]): Hlc[] {
  if (!a?.length) return [...new Set(b)].sort();
  const set = new Set(a);
  let grew = false;
  for (const x of b)
    if (!set.has(x)) {
      set.add(x);
      grew = true;
    }
  return grew ? [...set].sort() : a;
}

function record(state: State, k: RecordKey): RecordState {
  let rec = state.get(k);
  if (!rec) {
    rec = { k, f: {} };
    state.set(k, rec);
  }
  return rec;
}

/** Applies one operation. Idempotent and commutative with every other operation. */
export function applyOp(state: State, op: Op): void {
  const rec = record(state, op.k);
  switch (op.op) {
    case 'set': {
      const current = rec.f[op.f];
      if (!current || op.t > current.t) rec.f[op.f] = { v: op.v, t: op.t };
      return;
    }
    case 'text': {
      const gone = union(rec.g, op.sup);
      rec.g = gone;
      const heads = (rec.h ?? []).filter((h) => !gone.includes(h.t));
      if (!gone.includes(op.t) && !heads.some((h) => h.t === op.t)) heads.push({ v: op.v, t: op.t });
      rec.h = heads.sort((a, b) => (a.t < b.t ? 1 : -1));
      return;
    }
    case 'sup': {
      rec.g = union(rec.g, op.sup);
      rec.h = (rec.h ?? []).filter((h) => !rec.g!.includes(h.t));
      return;
    }
    case 'del':
      rec.d = union(rec.d, op.seen);
      return;
  }
}

export function applyOps(state: State, ops: Iterable<Op>): Set<RecordKey> {
  const touched = new Set<RecordKey>();
  for (const op of ops) {
    applyOp(state, op);
    touched.add(op.k);
  }
  return touched;
}

/** Every version a record holds: what a delete observes. */
export function versions(rec: RecordState): Hlc[] {
  return [...Object.values(rec.f).map((f) => f.t), ...(rec.h ?? []).map((h) => h.t)];
}

/** A record is alive while it holds a version no delete has observed. */
export function isAlive(rec: RecordState): boolean {
  const removed = rec.d;
  if (!removed?.length) {
    for (const field in rec.f) if (rec.f[field]) return true;
    return (rec.h?.length ?? 0) > 0;
  }
  return versions(rec).some((t) => !removed.includes(t));
}

/** The newest text version, the one the note shows. */
function shownText(rec: RecordState): string | undefined {
  return rec.h?.[0]?.v;
}

/**
 * A stable id for the conflict copy of a text version: the same on every device, short enough for the
 * storage's id limit however often copies are copied.
 */
export function conflictCopyId(noteId: string, version: Hlc): string {
  const input = `${noteId}\u0000${version}`;
  let out = 'conflict-';
  for (let seed = 0; seed < 4; seed++) {
    let h = 0x811c9dc5 ^ (seed * 0x9e3779b9);
    for (let i = 0; i < input.length; i++) {
      h ^= input.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    out += (h >>> 0).toString(16).padStart(8, '0');
  }
  return out;
}

/**
 * Turns every note showing two or more different texts into one note plus conflict copies. The copy's
 * operations are derived only from the version they keep (its id and timestamp), so every device
 * produces exactly the same operations and applying them twice changes nothing. The engine writes them
 * to its log like edits, so a device that never saw the conflict (the version was replaced meanwhile)
 * still gets the copy another device made.
 */
export function resolveConflicts(state: State, keys: Iterable<RecordKey> = state.keys()): Op[] {
  const ops = conflictOps(state, keys);
  applyOps(state, ops);
  return ops;
}

/** The operations `resolveConflicts` applies, without applying them. */
export function conflictOps(state: State, keys: Iterable<RecordKey> = state.keys()): Op[] {
  const ops: Op[] = [];
  for (const k of keys) {
    const rec = state.get(k);
    if (!rec || !k.startsWith('n:') || !rec.h || rec.h.length < 2 || !isAlive(rec)) continue;
    const [winner, ...others] = rec.h;
    const losers = others.filter((h) => h.v !== winner!.v && !rec.d?.includes(h.t));
    if (!losers.length) continue;
    const noteId = k.slice(2);
    for (const loser of losers) {
      const copy: RecordKey = `n:${conflictCopyId(noteId, loser.t)}`;
      const text = loser.v.startsWith(CONFLICT_PREFIX) ? loser.v : CONFLICT_PREFIX + loser.v;
      ops.push({ k: copy, op: 'text', v: text, t: loser.t, sup: [] });
      for (const field of NOTE_FIELDS) {
        const value = field === 'updatedAt' ? Number(loser.t.slice(0, 13)) : rec.f[field]?.v;
        if (value !== undefined) ops.push({ k: copy, op: 'set', f: field, v: value, t: loser.t });
      }
    }
    ops.push({ k, op: 'sup', sup: losers.map((l) => l.t) });
  }
  return ops;
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  return false;
}

/** Which contacts are shown: alive ones, and any contact an alive note points at. */
function visibleContactKeys(state: State): Set<RecordKey> {
  const visible = new Set<RecordKey>();
  for (const rec of state.values()) {
    if (!isAlive(rec)) continue;
    if (rec.k.startsWith('c:')) visible.add(rec.k);
    else {
      const contactId = rec.f.contactId?.v;
      if (typeof contactId === 'string') visible.add(`c:${contactId}`);
    }
  }
  return visible;
}

/**
 * Local changes since the state was last projected: one operation per changed field, a text version
 * per edited note (replacing the versions the user saw), a delete per record that disappeared.
 * Rows are compared only on the synced fields.
 *
 * All the changes found in one pass are one event and share one timestamp from `tick` (taken only if
 * something changed): each register (a field of a record, a note's text) gets at most one operation per
 * pass, so timestamps stay unique where they are compared, and a first sync of 40,000 records encodes
 * one clock value instead of 240,000.
 *
 * With `scope`, `local` holds only the rows of those records (the ones that may have changed), and only
 * they can be found deleted; without it, `local` is the whole database.
 */
export function diff(
  state: State,
  local: { contacts: ContactRow[]; notes: NoteRow[] },
  tick: () => Hlc,
  scope?: ReadonlySet<RecordKey>,
): Op[] {
  let stamp: Hlc | undefined;
  const now = () => (stamp ??= tick());
  const ops: Op[] = [];
  const seen = new Set<RecordKey>();
  const visible = visibleContactKeys(state);
  for (const contact of local.contacts) {
    const k: RecordKey = `c:${contact.id}`;
    seen.add(k);
    const rec = state.get(k);
    const shown = rec && visible.has(k);
    for (const field of CONTACT_FIELDS) {
      const value: unknown = contact[field];
      if (value === undefined) continue;
      // A contact shown only because an alive note points at it stays as it is unless edited.
      if (shown && rec.f[field] && same(rec.f[field].v, value)) continue;
      ops.push({ k, op: 'set', f: field, v: value, t: now() });
    }
  }
  for (const note of local.notes) {
    const k: RecordKey = `n:${note.id}`;
    seen.add(k);
    const rec = state.get(k);
    const alive = rec !== undefined && isAlive(rec);
    for (const field of NOTE_FIELDS) {
      const value: unknown = note[field];
      if (value === undefined) continue;
      if (alive && rec.f[field] && same(rec.f[field].v, value)) continue;
      ops.push({ k, op: 'set', f: field, v: value, t: now() });
    }
    if (!alive || shownText(rec) !== note.text) {
      ops.push({ k, op: 'text', v: note.text, t: now(), sup: alive ? (rec.h ?? []).map((h) => h.t) : [] });
    }
  }
  const candidates: Iterable<RecordKey> = scope ?? state.keys();
  for (const k of candidates) {
    const rec = state.get(k);
    if (!rec || seen.has(k)) continue;
    const shown = k.startsWith('c:') ? visible.has(k) : isAlive(rec);
    if (shown) ops.push({ k, op: 'del', seen: versions(rec) });
  }
  applyOps(state, ops);
  return ops;
}

export interface Projection {
  contacts: Map<string, Record<string, unknown>>;
  notes: Map<string, NoteRow>;
}

/** The database rows the state shows, for the given keys (all when omitted). */
export function project(
  state: State,
  keys?: Iterable<RecordKey>,
): { contacts: Map<string, Record<string, unknown> | null>; notes: Map<string, NoteRow | null> } {
  const contacts = new Map<string, Record<string, unknown> | null>();
  const notes = new Map<string, NoteRow | null>();
  const wanted = keys ? new Set(keys) : new Set(state.keys());
  if (!wanted.size) return { contacts, notes };
  const visible = visibleContactKeys(state);
  // A note coming alive can make its contact visible: project that contact too.
  for (const k of [...wanted]) {
    const contactId = k.startsWith('n:') ? state.get(k)?.f.contactId?.v : undefined;
    if (typeof contactId === 'string') wanted.add(`c:${contactId}`);
  }
  for (const k of wanted) {
    const rec = state.get(k);
    const id = k.slice(2);
    if (k.startsWith('c:')) {
      if (!visible.has(k)) {
        contacts.set(id, null);
        continue;
      }
      const row: Record<string, unknown> = { id };
      for (const field of CONTACT_FIELDS) if (rec?.f[field]) row[field] = rec.f[field].v;
      contacts.set(id, row);
    } else {
      if (!rec || !isAlive(rec) || shownText(rec) === undefined) {
        notes.set(id, null);
        continue;
      }
      const row = { id, text: shownText(rec)! } as NoteRow;
      for (const field of NOTE_FIELDS)
        if (rec.f[field]) (row as unknown as Record<string, unknown>)[field] = rec.f[field].v;
      notes.set(id, row);
    }
  }
  return { contacts, notes };
}

/**
 * Merges a record state received from another device (a delta of its operations, or a whole record in
 * a snapshot). Equivalent to applying every operation the delta stands for: fields keep the higher
 * timestamp, text versions and tombstones are unions.
 */
export function mergeRecord(state: State, delta: RecordState): void {
  if (!state.has(delta.k)) {
    // A record seen for the first time takes every field as it comes (what each 'set' would do), without
    // building an operation per field: a first sync merges 240,000 of them.
    const fresh: RecordState = { k: delta.k, f: {} };
    for (const field in delta.f) fresh.f[field] = { v: delta.f[field]!.v, t: delta.f[field]!.t };
    state.set(delta.k, fresh);
  } else {
    for (const [field, value] of Object.entries(delta.f))
      applyOp(state, { k: delta.k, op: 'set', f: field, v: value.v, t: value.t });
  }
  if (delta.g?.length) applyOp(state, { k: delta.k, op: 'sup', sup: delta.g });
  for (const head of delta.h ?? []) applyOp(state, { k: delta.k, op: 'text', v: head.v, t: head.t, sup: [] });
  if (delta.d?.length) applyOp(state, { k: delta.k, op: 'del', seen: delta.d });
  if (!state.has(delta.k)) state.set(delta.k, { k: delta.k, f: {} });
}

/** Folds operations into one delta per record: what a device writes to the server. */
export function toDeltas(ops: Iterable<Op>): RecordState[] {
  const deltas: State = new Map();
  for (const op of ops) applyOp(deltas, op);
  return [...deltas.values()];
}
