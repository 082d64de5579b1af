'use client';

import { useCallback } from 'react';

/**
 * After the session cookie is set, load `next` afresh: the header, the cart (it may just have
 * been merged) and every cached query belonged to the signed-out shopper, and a full load
 * renders them all for the new session at once. Replacing the history entry also drops a URL
 * that carried a one-time token.
 */
export function useFinishSignIn() {
  return useCallback((next: string) => {
    window.location.replace(next);
  }, []);
}
