/**
 * The `?next=` target after sign-in, or `fallback` when it could leave this origin. Only plain
 * absolute paths pass: `//evil.test` and `/\evil.test` are protocol-relative to browsers, and a
 * scheme (`https:`, `javascript:`) never starts with a slash.
 */
export function safeNextPath(next: string | null | undefined, fallback = '/'): string {
  if (next == null || next === '' || next.length > 2048) return fallback;
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  // Control characters (tabs, newlines) are stripped by URL parsers and can smuggle a host in.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(next)) return fallback;
  try {
    const base = 'http://same-origin.invalid';
    const url = new URL(next, base);
    if (url.origin !== base) return fallback;
    // Going back to the sign-in page after signing in would look like a failed sign-in.
    if (url.pathname === '/sign-in') return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
