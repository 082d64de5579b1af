'use client';

import { useCallback, useState } from 'react';

/**
 * A message for a polite live region that outlives what it talks about (a removed line, the
 * last line before the empty state). Render `message` in an element with role="status".
 */
export function useAnnouncer() {
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => {
    setMessage(text);
  }, []);
  return { message, announce };
}
