/**
 * The one way content scripts and extension pages reach storage: typed requests to the background,
 * and a subscription to its change signal.
 */
import { browser } from 'wxt/browser';
import {
  CHANGE_SIGNAL_KEY,
  type ApiResult,
  type ChangeSignal,
  type ErrorCode,
  type RequestPayload,
  type RequestResults,
  type RequestType,
} from './api';

export class StorageError extends Error {
  constructor(
    readonly code: ErrorCode | 'unreachable',
    message: string,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

/** Sends a request and returns its result, or throws a StorageError with a readable message. */
export async function request<T extends RequestType>(type: T, payload: RequestPayload<T>): Promise<RequestResults[T]> {
  let result: ApiResult<RequestResults[T]> | undefined;
  try {
    result = await browser.runtime.sendMessage({ boundaries: 1, type, payload });
  } catch (error) {
    // Chrome refuses a request or answer over 64 MiB ("Message length exceeded maximum allowed length"):
    // storage is there, the message was too big.
    if (/exceeded|maximum allowed length|64 ?MiB/i.test(String(error)))
      throw new StorageError(
        'too-large',
        `This is more than the browser passes between Boundaries’ pages in one message (64 MiB). Nothing was changed. (${String(error)})`,
      );
    // The extension was reloaded or updated under this page: the old content script is orphaned.
    throw new StorageError('unreachable', `Boundaries storage is unreachable (${String(error)})`);
  }
  if (!result) throw new StorageError('unreachable', 'Boundaries storage did not answer');
  if (!result.ok) throw new StorageError(result.error.code, result.error.message);
  return result.value;
}

/** Calls `listener` after every write anywhere. Returns the unsubscribe function. */
export function onStorageChange(listener: (change: ChangeSignal) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[CHANGE_SIGNAL_KEY]?.newValue;
    if (area === 'local' && change) listener(change as ChangeSignal);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
