/** The longest handle the validators accept. */
const MAX_HANDLE_LENGTH = 120;

/**
 * A URL handle from a title or name: accents folded, lower case, runs of anything else become a
 * single hyphen, cut at a word boundary. Text with nothing usable (only symbols, or a script with
 * no Latin letters) falls back to `fallback`.
 */
export function handleFromText(text: string, fallback = 'product'): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
  let handle = '';
  for (const word of words) {
    const next = handle ? `${handle}-${word}` : word;
    if (next.length > MAX_HANDLE_LENGTH) break;
    handle = next;
  }
  return handle || (words[0]?.slice(0, MAX_HANDLE_LENGTH) ?? fallback);
}
