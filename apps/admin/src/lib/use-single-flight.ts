import { useCallback, useRef } from 'react';

/**
 * Starts `action` unless the previous one has not settled yet. A latch, not only a disabled
 * button: two clicks can land before React re-renders. A failure stays on the mutation's own
 * state (its `error`), where the dialog shows it.
 */
export function useSingleFlight(): (action: () => Promise<unknown>) => void {
  const inFlight = useRef(false);
  return useCallback((action) => {
    if (inFlight.current) return;
    inFlight.current = true;
    void action()
      .catch(() => undefined)
      .finally(() => {
        inFlight.current = false;
      });
  }, []);
}
