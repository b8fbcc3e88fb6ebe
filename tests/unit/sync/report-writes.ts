/**
 * In the extension every write goes through the storage server, which tells sync at once which contacts
 * it wrote (`onLocalWrite` → `noteLocalWrite`). Tests that write straight into the database report their
 * writes the same way through Dexie hooks, so sync's runs see exactly what the server would report.
 */
import type { BoundariesDb } from '../../../storage/db';
import type { Note } from '../../../storage/model';
import type { SyncService } from '../../../storage/sync/service';

export function reportWrites(db: BoundariesDb, sync: Pick<SyncService, 'noteLocalWrite'>): void {
  const report = (...contacts: unknown[]) =>
    sync.noteLocalWrite(contacts.filter((id): id is string => typeof id === 'string'));
  db.contacts.hook('creating', (id) => report(id));
  db.contacts.hook('updating', (_changes, id) => report(id));
  db.contacts.hook('deleting', (id) => report(id));
  db.notes.hook('creating', (_id, note: Note) => report(note.contactId));
  db.notes.hook('updating', (changes: Partial<Note>, _id, note: Note) => report(note.contactId, changes.contactId));
  db.notes.hook('deleting', (_id, note: Note) => report(note?.contactId));
}
