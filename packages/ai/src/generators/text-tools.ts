const htmlEscapes: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => htmlEscapes[char] ?? char);
}

/** Collapses runs of whitespace (models add stray newlines) into single spaces. */
export function squish(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Shortens text to at most `max` characters, at the last word boundary that keeps at least half
 * of it (else mid-word), without trailing punctuation that reads as cut off.
 */
export function truncateAtWord(text: string, max: number): string {
  const clean = squish(text);
  if (clean.length <= max) return clean;
  const head = clean.slice(0, max + 1);
  const boundary = head.lastIndexOf(' ');
  const cut = boundary >= max / 2 ? head.slice(0, boundary) : clean.slice(0, max);
  return cut.replace(/[\s,;:–—-]+$/u, '');
}

/** User-supplied facts go to the model as JSON data, not as instructions. */
export function asData(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
