import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HlcClock, decodeHlc } from '../../../storage/sync/hlc';
import {
  CONFLICT_PREFIX,
  applyOps,
  diff,
  mergeRecord,
  project,
  resolveConflicts,
  toDeltas,
  type ContactRow,
  type NoteRow,
  type Op,
  type RecordState,
  type State,
} from '../../../storage/sync/merge';

/** One device: its database rows, its replica state, its clock, the batches it wrote and what it read. */
class Replica {
  state: State = new Map();
  contacts = new Map<string, ContactRow>();
  notes = new Map<string, NoteRow>();
  batches: Op[][] = [];
  /** With `wire`, what the engine uploads instead: JSON of one delta per record (or a whole snapshot). */
  files: RecordState[][] = [];
  read = new Map<number, number>();
  clock: HlcClock;
  constructor(
    readonly index: number,
    now: () => number,
    readonly wire = false,
  ) {
    this.clock = new HlcClock(`dev${index}`, now);
  }

  /** Compaction as the engine does it: one snapshot of the whole state replaces this device's files. */
  compact(all: Replica[]) {
    this.files = [JSON.parse(JSON.stringify([...this.state.values()])) as RecordState[]];
    for (const other of all) if (other !== this) other.read.set(this.index, 0);
  }

  /** The engine's sync, in memory: diff, write own batch, read others' new batches, resolve, project. */
  sync(all: Replica[]) {
    const ops = diff(this.state, { contacts: [...this.contacts.values()], notes: [...this.notes.values()] }, () =>
      this.clock.tick(),
    );
    for (const other of all) {
      if (other === this) continue;
      const from = this.read.get(other.index) ?? 0;
      if (this.wire) {
        for (const file of other.files.slice(from))
          for (const rec of file) {
            for (const t of [...Object.values(rec.f).map((f) => f.t), ...(rec.h ?? []).map((h) => h.t)])
              this.clock.receive(t);
            mergeRecord(this.state, rec);
          }
        this.read.set(other.index, other.files.length);
        continue;
      }
      for (const batch of other.batches.slice(from)) {
        for (const op of batch) if ('t' in op) this.clock.receive(op.t);
        applyOps(this.state, batch);
      }
      this.read.set(other.index, other.batches.length);
    }
    // Conflict copies are written like edits, so a device that later sees the version superseded
    // still gets the copy another device already made.
    ops.push(...resolveConflicts(this.state));
    if (ops.length) this.batches.push(ops);
    if (ops.length && this.wire) this.files.push(JSON.parse(JSON.stringify(toDeltas(ops))) as RecordState[]);
    const view = project(this.state);
    for (const [id, row] of view.contacts) {
      if (row) this.contacts.set(id, { ...this.contacts.get(id), ...row, id });
      else this.contacts.delete(id);
    }
    for (const [id, row] of view.notes) {
      if (row) this.notes.set(id, row);
      else this.notes.delete(id);
    }
  }
}

function contact(id: string, now: number): ContactRow {
  return {
    id,
    aliases: [id],
    displayName: id.toUpperCase(),
    level: 'unset',
    circle: '',
    tags: [],
    createdAt: now,
    updatedAt: now,
  };
}

describe('hybrid logical clock', () => {
  it('never goes backwards and passes every timestamp it receives', () => {
    let wall = 1000;
    const clock = new HlcClock('a', () => wall);
    const first = clock.tick();
    wall = 500; // the wall clock jumps back
    const second = clock.tick();
    expect(second > first).toBe(true);
    clock.receive('0000000009999-0003-b');
    const third = clock.tick();
    expect(third > '0000000009999-0003-b').toBe(true);
    expect(decodeHlc(third)).toEqual({ ms: 9999, counter: 4, node: 'a' });
  });
});

describe('merge', () => {
  it('syncs a new contact and note to another device', () => {
    let now = 1;
    const [a, b] = [new Replica(0, () => now++), new Replica(1, () => now++)];
    a.contacts.set('x', contact('x', 1));
    a.notes.set('n1', { id: 'n1', contactId: 'x', text: 'hello', createdAt: 1, updatedAt: 1 });
    a.sync([a, b]);
    b.sync([a, b]);
    expect(b.notes.get('n1')?.text).toBe('hello');
    expect(b.contacts.get('x')?.displayName).toBe('X');
  });

  it('keeps both versions when two devices edit the same note at once', () => {
    let now = 1;
    const all = [new Replica(0, () => now++), new Replica(1, () => now++)];
    const [a, b] = all as [Replica, Replica];
    a.contacts.set('x', contact('x', 1));
    a.notes.set('n1', { id: 'n1', contactId: 'x', text: 'v1', createdAt: 1, updatedAt: 1 });
    a.sync(all);
    b.sync(all);
    a.notes.set('n1', { ...a.notes.get('n1')!, text: 'from a' });
    b.notes.set('n1', { ...b.notes.get('n1')!, text: 'from b' });
    a.sync(all);
    b.sync(all);
    a.sync(all);
    const texts = (r: Replica) => [...r.notes.values()].map((n) => n.text).sort();
    expect(texts(a)).toEqual([`${CONFLICT_PREFIX}from a`, 'from b']);
    expect(texts(b)).toEqual(texts(a));
    // Deleting the conflict copy sticks: it does not come back on the next sync.
    const copy = [...a.notes.values()].find((n) => n.text.startsWith(CONFLICT_PREFIX))!;
    a.notes.delete(copy.id);
    a.sync(all);
    b.sync(all);
    a.sync(all);
    expect(texts(a)).toEqual(['from b']);
    expect(texts(b)).toEqual(['from b']);
  });

  it('an edit made after seeing another replaces it without a conflict', () => {
    let now = 1;
    const all = [new Replica(0, () => now++), new Replica(1, () => now++)];
    const [a, b] = all as [Replica, Replica];
    a.contacts.set('x', contact('x', 1));
    a.notes.set('n1', { id: 'n1', contactId: 'x', text: 'v1', createdAt: 1, updatedAt: 1 });
    a.sync(all);
    b.sync(all);
    b.notes.set('n1', { ...b.notes.get('n1')!, text: 'v2' });
    b.sync(all);
    a.sync(all);
    expect([...a.notes.values()].map((n) => n.text)).toEqual(['v2']);
  });

  it('a delete does not remove a note another device added or edited meanwhile', () => {
    let now = 1;
    const all = [new Replica(0, () => now++), new Replica(1, () => now++)];
    const [a, b] = all as [Replica, Replica];
    a.contacts.set('x', contact('x', 1));
    a.notes.set('n1', { id: 'n1', contactId: 'x', text: 'v1', createdAt: 1, updatedAt: 1 });
    a.sync(all);
    b.sync(all);
    // a deletes the contact and its notes; b, offline, edits the note and adds another.
    a.contacts.delete('x');
    a.notes.delete('n1');
    b.notes.set('n1', { ...b.notes.get('n1')!, text: 'v1 edited' });
    b.notes.set('n2', { id: 'n2', contactId: 'x', text: 'new', createdAt: 5, updatedAt: 5 });
    a.sync(all);
    b.sync(all);
    a.sync(all);
    for (const r of all) {
      expect([...r.notes.values()].map((n) => n.text).sort()).toEqual(['new', 'v1 edited']);
      expect(r.contacts.get('x')?.displayName).toBe('X');
    }
  });

  it('a device whose database was deleted gets everything back and deletes nothing', () => {
    let now = 1;
    const all = [new Replica(0, () => now++), new Replica(1, () => now++)];
    const [a, b] = all as [Replica, Replica];
    a.contacts.set('x', contact('x', 1));
    a.notes.set('n1', { id: 'n1', contactId: 'x', text: 'keep me', createdAt: 1, updatedAt: 1 });
    a.sync(all);
    b.sync(all);
    // b loses its database (rows and replica state) and starts over.
    const fresh = new Replica(1, () => now++);
    all[1] = fresh;
    fresh.batches = b.batches;
    fresh.sync(all);
    a.sync(all);
    expect(fresh.notes.get('n1')?.text).toBe('keep me');
    expect(a.notes.get('n1')?.text).toBe('keep me');
  });

  it('last writer wins per field, so different fields edited on two devices both survive', () => {
    let now = 1;
    const all = [new Replica(0, () => now++), new Replica(1, () => now++)];
    const [a, b] = all as [Replica, Replica];
    a.contacts.set('x', contact('x', 1));
    a.sync(all);
    b.sync(all);
    a.contacts.set('x', { ...a.contacts.get('x')!, level: 'personal' });
    b.contacts.set('x', { ...b.contacts.get('x')!, circle: 'Work', tags: ['berlin'] });
    a.sync(all);
    b.sync(all);
    a.sync(all);
    for (const r of all)
      expect(r.contacts.get('x')).toMatchObject({ level: 'personal', circle: 'Work', tags: ['berlin'] });
  });
});

type Action =
  | { kind: 'add'; replica: number; contact: number }
  | { kind: 'edit'; replica: number; pick: number }
  | { kind: 'deleteNote'; replica: number; pick: number }
  | { kind: 'deleteContact'; replica: number; contact: number }
  | { kind: 'editContact'; replica: number; contact: number; value: string }
  | { kind: 'sync'; replica: number }
  | { kind: 'compact'; replica: number };

const replicaArb = fc.integer({ min: 0, max: 2 });
const actionArb: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), replica: replicaArb, contact: fc.integer({ min: 0, max: 2 }) }),
  // Edits and deletes pick among the first two notes, so replicas often touch the same note.
  fc.record({ kind: fc.constant('edit' as const), replica: replicaArb, pick: fc.integer({ min: 0, max: 1 }) }),
  fc.record({ kind: fc.constant('edit' as const), replica: replicaArb, pick: fc.integer({ min: 0, max: 1 }) }),
  fc.record({ kind: fc.constant('deleteNote' as const), replica: replicaArb, pick: fc.integer({ min: 0, max: 1 }) }),
  fc.record({
    kind: fc.constant('deleteContact' as const),
    replica: replicaArb,
    contact: fc.integer({ min: 0, max: 2 }),
  }),
  fc.record({
    kind: fc.constant('editContact' as const),
    replica: replicaArb,
    contact: fc.integer({ min: 0, max: 2 }),
    value: fc.constantFrom('Work', 'Friends', 'Family'),
  }),
  fc.record({ kind: fc.constant('sync' as const), replica: replicaArb }),
  fc.record({ kind: fc.constant('sync' as const), replica: replicaArb }),
  // Only replicas exchanging files compact (for the others it changes nothing).
  fc.record({ kind: fc.constant('compact' as const), replica: replicaArb }),
);

describe('merge property: three replicas, random interleavings of edits, deletes and syncs', () => {
  it('converge to the same data and never lose a note nobody replaced or deleted', () => {
    convergenceProperty(false);
  });

  it('the same holds when they exchange what the engine uploads: JSON deltas per record, and snapshots', () => {
    convergenceProperty(true);
  });
});

function convergenceProperty(wire: boolean) {
  fc.assert(
    fc.property(
      fc.array(actionArb, { minLength: 30, maxLength: 80 }),
      fc.integer({ min: -86_400_000, max: 86_400_000 }),
      (actions, skew) => {
        let tick = 1_700_000_000_000;
        // Replica 2's clock is off by up to a day either way.
        const all = [0, 1, 2].map((i) => new Replica(i, () => (tick += 7) + (i === 2 ? skew : 0), wire));
        const written = new Set<string>();
        const knowinglyGone = new Set<string>();
        const plain = (text: string) => (text.startsWith(CONFLICT_PREFIX) ? text.slice(CONFLICT_PREFIX.length) : text);
        let counter = 0;
        for (const action of actions) {
          const r = all[action.replica]!;
          const notes = [...r.notes.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
          switch (action.kind) {
            case 'add': {
              const id = `p${action.contact}`;
              if (!r.contacts.has(id)) r.contacts.set(id, contact(id, tick));
              const text = `t${counter++}`;
              written.add(text);
              r.notes.set(`n${counter}-${r.index}`, {
                id: `n${counter}-${r.index}`,
                contactId: id,
                text,
                createdAt: tick,
                updatedAt: tick,
              });
              break;
            }
            case 'edit': {
              const note = notes[action.pick % Math.max(1, notes.length)];
              if (!note) break;
              const text = `t${counter++}`;
              written.add(text);
              knowinglyGone.add(plain(note.text));
              r.notes.set(note.id, { ...note, text, updatedAt: tick });
              break;
            }
            case 'deleteNote': {
              const note = notes[action.pick % Math.max(1, notes.length)];
              if (!note) break;
              knowinglyGone.add(plain(note.text));
              r.notes.delete(note.id);
              break;
            }
            case 'deleteContact': {
              const id = `p${action.contact}`;
              if (!r.contacts.delete(id)) break;
              for (const note of notes)
                if (note.contactId === id) {
                  knowinglyGone.add(plain(note.text));
                  r.notes.delete(note.id);
                }
              break;
            }
            case 'editContact': {
              const id = `p${action.contact}`;
              const row = r.contacts.get(id);
              if (row) r.contacts.set(id, { ...row, circle: action.value });
              break;
            }
            case 'sync':
              r.sync(all);
              break;
            case 'compact':
              if (wire) r.compact(all);
              break;
          }
        }
        // Everyone comes online: two rounds let every device read every other's last batch.
        for (let round = 0; round < 3; round++) for (const r of all) r.sync(all);
        const snapshot = (r: Replica) =>
          JSON.stringify([
            [...r.contacts.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
            [...r.notes.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
          ]);
        expect(snapshot(all[1]!)).toBe(snapshot(all[0]!));
        expect(snapshot(all[2]!)).toBe(snapshot(all[0]!));
        const finalTexts = new Set([...all[0]!.notes.values()].map((n) => plain(n.text)));
        for (const text of written)
          if (!knowinglyGone.has(text)) expect(finalTexts, `note text ${text} was lost`).toContain(text);
        // Every note points at a contact that exists.
        for (const note of all[0]!.notes.values()) expect(all[0]!.contacts.has(note.contactId)).toBe(true);
      },
    ),
    { numRuns: 300 },
  );
}
