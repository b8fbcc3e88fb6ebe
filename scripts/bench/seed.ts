/**
 * Seeds the extension's own database with realistic volume (10,000 contacts, 30,000 notes) by writing
 * straight into its IndexedDB from the service worker. Call it after any storage request, so the
 * background has created the schema.
 */
import type { Worker } from 'playwright-core';

export async function seedDatabase(worker: Worker, contacts = 10_000, notesPerContact = 3): Promise<void> {
  await worker.evaluate(
    async ({ contacts, notesPerContact }) => {
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const open = indexedDB.open('boundaries');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const levels = ['professional', 'friendly', 'personal', 'unset'];
      const words = [
        'fintech',
        'meetup',
        'Berlin',
        'prefers email',
        'intro via Sam',
        'hiring',
        'design lead',
        'coffee chat',
        'conference',
        'Lisbon',
      ];
      const now = Date.now();
      const tx = db.transaction(['contacts', 'notes'], 'readwrite');
      const contactStore = tx.objectStore('contacts');
      const noteStore = tx.objectStore('notes');
      for (let i = 0; i < contacts; i++) {
        const id = `bench-person-${i}`;
        contactStore.put({
          id,
          aliases: [id, `urn:li:member:${100000 + i}`],
          displayName: `Bench Person ${i}`,
          headline: `${words[i % words.length]} at Company ${i % 97}`,
          level: levels[i % 4],
          circle: i % 5 === 0 ? 'Work' : '',
          tags: [words[i % words.length]!],
          howWeMet: '',
          followUpOn: '',
          lastInteractionAt: 0,
          driftCheck: true,
          createdAt: now - i * 1000,
          updatedAt: now - i * 1000,
        });
        for (let n = 0; n < notesPerContact; n++) {
          noteStore.put({
            id: `bench-note-${i}-${n}`,
            contactId: id,
            text: `Note ${n} about ${words[(i + n) % words.length]}: ${'lorem ipsum '.repeat(8)}`,
            createdAt: now - i * 1000 - n,
            updatedAt: now - i * 1000 - n,
          });
        }
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { contacts, notesPerContact },
  );
}
