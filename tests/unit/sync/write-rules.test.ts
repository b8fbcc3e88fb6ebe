/**
 * Sync is a write path like any other (issue 14 item 11): what another device sends is stored under the
 * rules every request's schema applies. The other device here is one whose database holds what a version
 * from before those rules let in: a follow-up date that is no day, aliases that are no LinkedIn profile.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyContact } from '../../../storage/model';
import type { ProfileKey } from '../../../storage/profile-id';
import { MemoryDav } from './memory-dav';
import { closeDevices, syncedDevice } from './synced-device';

afterEach(closeDevices);

describe('sync under the write rules', () => {
  it('an unreal follow-up date and prototype or path-like aliases from another device are not stored; the rest of the person is', async () => {
    const dav = new MemoryDav();
    const old = await syncedDevice(dav);
    const now = Date.now();
    await old.db.contacts.put({
      ...emptyContact('mateo-demo' as ProfileKey, now),
      aliases: ['mateo-demo', '__proto__', 'constructor', '../evil'] as ProfileKey[],
      displayName: 'Mateo Lindqvist',
      followUpOn: '2024-13-45',
    });
    await old.db.notes.put({
      id: 'n1',
      contactId: 'mateo-demo' as ProfileKey,
      text: 'Met at the meetup',
      createdAt: now,
      updatedAt: now,
    });
    await old.syncNow();

    const fresh = await syncedDevice(dav);
    await fresh.syncNow();
    const stored = await fresh.db.contacts.get('mateo-demo');
    expect(stored).toMatchObject({ displayName: 'Mateo Lindqvist', followUpOn: '', aliases: ['mateo-demo'] });
    expect((await fresh.db.notes.toArray()).map((note) => note.text)).toEqual(['Met at the meetup']);
    expect(await fresh.db.contacts.where('aliases').anyOf(['__proto__', 'constructor', '../evil']).count()).toBe(0);

    // The repair travels back: the old device's record is repaired too, and nothing was deleted.
    await fresh.syncNow();
    await old.syncNow();
    expect(await old.db.contacts.get('mateo-demo')).toMatchObject({ followUpOn: '', aliases: ['mateo-demo'] });
    expect(await old.db.notes.count()).toBe(1);
  });
});
