/** How the manager page talks to the sync service in the background. */
import { browser } from 'wxt/browser';
import type { SyncMessage, SyncView } from './service';

export async function syncRequest(message: SyncMessage): Promise<SyncView> {
  const result = (await browser.runtime.sendMessage({ boundaries: 'sync', ...message })) as
    { ok: true; value: SyncView } | { ok: false; error: { message: string } } | undefined;
  if (!result) throw new Error('Boundaries did not answer');
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
