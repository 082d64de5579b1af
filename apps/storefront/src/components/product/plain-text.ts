const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntity(entity: string): string {
  if (entity.startsWith('#x') || entity.startsWith('#X')) {
    const code = Number.parseInt(entity.slice(2), 16);
    return Number.isNaN(code) ? '' : String.fromCodePoint(code);
  }
  if (entity.startsWith('#')) {
    const code = Number.parseInt(entity.slice(1), 10);
    return Number.isNaN(code) ? '' : String.fromCodePoint(code);
  }
  return ENTITIES[entity] ?? '';
}

/**
 * The words of (already sanitised) merchant HTML, for a meta description or structured data:
 * tags become spaces, entities characters, whitespace one space; cut at a word boundary to at
 * most `maxLength` characters: after the last whole sentence that fits, or at a word with an
 * ellipsis.
 */
export function plainTextOf(html: string, maxLength: number): string {
  const text = html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (_match, entity: string) => decodeEntity(entity))
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= maxLength) return text;
  // Whole sentences read best; failing that, whole words and an ellipsis.
  const sentences = text.slice(0, maxLength + 1).match(/^.*[.!?](?=\s)/);
  if (sentences !== null && sentences[0].length > maxLength / 2) return sentences[0];
  const cut = text.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
