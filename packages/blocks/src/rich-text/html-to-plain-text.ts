import sanitizeHtml from 'sanitize-html';

// Block-level ends become spaces, or "<p>One</p><p>Two</p>" would read "OneTwo".
const BLOCK_BOUNDARY = /<\/(?:p|div|h[1-6]|li|blockquote|pre|tr)>|<br\s*\/?>/gi;

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };

/**
 * The readable text of merchant HTML, for summaries and meta descriptions: tags and scripts
 * removed, whitespace collapsed, cut at a word boundary within `maxLength` (with an ellipsis).
 * The result is text, not markup: render it as a React text node.
 */
export function htmlToPlainText(html: string, maxLength = Number.POSITIVE_INFINITY): string {
  const text = sanitizeHtml(
    html.replace(BLOCK_BOUNDARY, (tag) => `${tag} `),
    {
      allowedTags: [],
      allowedAttributes: {},
    },
  )
    // sanitize-html escapes what it keeps as text; this is plain text, so undo that.
    .replace(/&(?:amp|lt|gt|quot);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, Math.max(0, maxLength - 1));
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:]+$/, '')}…`;
}
