/**
 * Issue 14 item 7: two editors (the popup and a profile panel, two tabs, sync) change the same person.
 * Saves carry the version they edited; nothing either side wrote is silently lost.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshStorageServer } from './storage-fixture';
import { editTags } from '../../storage/contacts';

const storage = freshStorageServer();
const { call } = storage;

describe('note edits carry their version', () => {
  it('two editors open the same note: the later save keeps both texts and reports the conflict', async () => {
    const { note } = await call('addNote', { ref: 'lesley-marsh-demo', text: 'Prefers email' });
    // Both open the editor on the same version.
    const base = note.updatedAt;
    const popup = await call('updateNote', {
      id: note.id,
      text: 'Prefers email; moved to Lisbon',
      baseUpdatedAt: base,
    });
    expect(popup.conflict).toBeNull();
    const panel = await call('updateNote', { id: note.id, text: 'Prefers calls now', baseUpdatedAt: base });
    expect(panel.conflict?.kept.text).toBe('Prefers email; moved to Lisbon');
    expect(panel.note.id).not.toBe(note.id);

    const notes = await call('listNotes', { ref: 'lesley-marsh-demo' });
    expect(notes.map((n) => n.text).sort()).toEqual(['Prefers calls now', 'Prefers email; moved to Lisbon']);
    // The kept copy sits beside the original (same creation time), not at the top as a new thought.
    expect(new Set(notes.map((n) => n.createdAt)).size).toBe(1);
  });

  it('saves made one after another, each from the version it saw, are no conflict', async () => {
    const { note } = await call('addNote', { ref: 'lesley-marsh-demo', text: 'one' });
    const first = await call('updateNote', { id: note.id, text: 'two', baseUpdatedAt: note.updatedAt });
    // Same millisecond or not, each save gives the note a new version.
    expect(first.note.updatedAt).toBeGreaterThan(note.updatedAt);
    const second = await call('updateNote', { id: note.id, text: 'three', baseUpdatedAt: first.note.updatedAt });
    expect(second.conflict).toBeNull();
    expect((await call('listNotes', { ref: 'lesley-marsh-demo' })).map((n) => n.text)).toEqual(['three']);
  });

  it('a stale save of the text already stored is no conflict and adds nothing', async () => {
    const { note } = await call('addNote', { ref: 'lesley-marsh-demo', text: 'one' });
    await call('updateNote', { id: note.id, text: 'two', baseUpdatedAt: note.updatedAt });
    const same = await call('updateNote', { id: note.id, text: 'two', baseUpdatedAt: note.updatedAt });
    expect(same.conflict).toBeNull();
    expect(await call('listNotes', { ref: 'lesley-marsh-demo' })).toHaveLength(1);
  });

  it('a save of a note deleted elsewhere says so', async () => {
    const { note } = await call('addNote', { ref: 'lesley-marsh-demo', text: 'one' });
    await call('deleteNote', { id: note.id });
    await expect(call('updateNote', { id: note.id, text: 'two', baseUpdatedAt: note.updatedAt })).rejects.toThrow(
      /not-found: This note no longer exists \(it was deleted elsewhere\)/,
    );
  });
});

describe('tag edits are additions and removals', () => {
  it('a tag added in the panel survives the popup saving its own tag edit', async () => {
    await call('saveContact', { ref: 'lesley-marsh-demo', patch: { tags: ['data'] } });
    // The popup's field opened on ['data']; meanwhile the panel adds 'berlin'.
    await call('saveContact', { ref: 'lesley-marsh-demo', patch: { addTags: ['berlin'] } });
    // The popup adds 'fintech' and removes 'data'.
    await call('saveContact', { ref: 'lesley-marsh-demo', patch: { addTags: ['fintech'], removeTags: ['data'] } });
    const view = await call('getContact', { ref: 'lesley-marsh-demo' });
    expect(view?.contact.tags).toEqual(['berlin', 'fintech']);
  });

  it('removing a tag that someone else already removed, or adding one present in another case, changes nothing else', () => {
    expect(editTags(['Berlin', 'data'], ['berlin', ' new '], ['gone'])).toEqual(['Berlin', 'data', 'new']);
    expect(editTags(['Berlin', 'data'], [], ['BERLIN'])).toEqual(['data']);
  });
});
