import { useCallback, useEffect, useState } from 'react';
import type { ContactView } from '../storage/model';
import { onStorageChange, request } from '../storage/client';

/**
 * The stored view of one person (null when not saved), kept fresh: any write anywhere that touches
 * them (another tab, the popup) re-reads it.
 */
export function useContactView(ref: string | null): { view: ContactView | null; loaded: boolean; error: string | null; reload: () => void } {
  const [state, setState] = useState<{ view: ContactView | null; loaded: boolean; error: string | null }>({ view: null, loaded: false, error: null });

  const reload = useCallback(() => {
    if (!ref) return;
    request('getContact', { ref })
      .then((view) => setState({ view, loaded: true, error: null }))
      .catch((error: Error) => setState((previous) => ({ ...previous, loaded: true, error: error.message })));
  }, [ref]);

  useEffect(() => {
    reload();
    return onStorageChange(() => reload());
  }, [reload]);

  return { ...state, reload };
}
