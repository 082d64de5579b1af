/**
 * What merchant rich text may contain. Kept deliberately small: text structure and links only.
 * Images, embeds and layout are blocks of their own, so nothing here needs attributes beyond
 * a link's address.
 */
export const allowedRichTextTags = [
  'p',
  'h2',
  'h3',
  'h4',
  'strong',
  'em',
  'a',
  'ul',
  'ol',
  'li',
  'blockquote',
  'br',
  'code',
  'pre',
] as const;

/**
 * Tags pasted text often carries that map onto an allowed one. The page title is the only h1,
 * so a pasted h1 becomes an h2.
 */
export const richTextTagRenames: Readonly<Record<string, string>> = {
  b: 'strong',
  i: 'em',
  h1: 'h2',
  h5: 'h4',
  h6: 'h4',
  div: 'p',
};

/**
 * Tags that are dropped quietly (their text is kept): formatting a word processor adds. Any
 * other tag outside the allowed list (script, iframe, img, form, svg, ...) is refused on save.
 */
export const quietlyDroppedTags = new Set([
  'span',
  'u',
  's',
  'small',
  'sub',
  'sup',
  'mark',
  'del',
  'ins',
  'section',
  'article',
  'header',
  'footer',
  'hr',
]);

/** Attributes that can run code or restyle the page; refused on save, stripped when rendering. */
export function isDangerousAttribute(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    lower.startsWith('on') ||
    lower === 'style' ||
    lower === 'srcdoc' ||
    lower === 'formaction' ||
    lower === 'xlink:href'
  );
}

const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * Whether a link address is safe to put in an href: a same-site path, an in-page anchor, a
 * query, or an http(s)/mailto URL. Browsers ignore tabs, newlines and leading control
 * characters in URLs (`java\tscript:`), so those are removed before the scheme is read.
 * Protocol-relative addresses (`//host`) are refused: they leave the store without saying so.
 */
export function isAllowedHref(href: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is stripped
  const cleaned = href.replace(/[\u0000-\u0020\u007f]+/g, '');
  if (cleaned.length === 0) return false;
  if (cleaned.startsWith('//') || cleaned.startsWith('/\\') || cleaned.startsWith('\\')) {
    return false;
  }
  if (cleaned.startsWith('/') || cleaned.startsWith('#') || cleaned.startsWith('?')) return true;
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(cleaned)?.[1];
  // No scheme: a relative path such as `about` (resolved against the current page).
  if (scheme === undefined) return !cleaned.includes(':');
  return ALLOWED_SCHEMES.has(scheme.toLowerCase());
}

/** Absolute web links leave the store: they get rel="noopener noreferrer nofollow". */
export function isExternalHref(href: string): boolean {
  return /^https?:/i.test(href.trim());
}
