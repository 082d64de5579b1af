/**
 * The widths a store image may be served at: the sizes next/image asks for by default (its
 * `imageSizes` and `deviceSizes`). A closed list, so a crafted `?w=` cannot make the server
 * resize (and cache) an image at every width there is.
 */
export const MEDIA_IMAGE_WIDTHS = [
  16, 32, 48, 64, 96, 128, 256, 384, 640, 750, 828, 1080, 1200, 1920, 2048, 3840,
] as const;

const allowed = new Set<number>(MEDIA_IMAGE_WIDTHS);

/** The `w` query parameter of a media URL: absent (the stored file), a served width, or invalid. */
export function parseMediaWidth(value: string | null): number | null | 'invalid' {
  if (value === null) return null;
  if (!/^\d{1,4}$/.test(value)) return 'invalid';
  const width = Number(value);
  return allowed.has(width) ? width : 'invalid';
}

/** The smallest served width that covers `width` (the largest one beyond that). */
export function servedMediaWidth(width: number): number {
  return MEDIA_IMAGE_WIDTHS.find((served) => served >= width) ?? 3840;
}
