/**
 * Characters the share image's font (Inter, latin subset) can draw. Anything else would make
 * the renderer fetch a font from Google, which fails offline and slows every render.
 */
const DRAWABLE = /[^\u0020-\u007e\u00a0-\u00ff\u2000-\u206f\u20ac\u2122]/gu;

/** `text` reduced to drawable characters and at most `max` characters (with an ellipsis). */
export function shareImageText(text: string, max: number): string {
  const drawable = text.replace(DRAWABLE, '').replace(/\s+/g, ' ').trim();
  return drawable.length <= max ? drawable : `${drawable.slice(0, max - 1).trimEnd()}…`;
}
