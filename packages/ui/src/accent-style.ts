import type { CSSProperties } from 'react';

/** Inline style that also carries CSS custom properties. */
export type ThemeStyle = CSSProperties & Record<`--${string}`, string>;

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

function expandHex(hex: string): string {
  const digits = hex.slice(1);
  return digits.length === 3 ? digits.replace(/./g, (d) => d + d) : digits;
}

/** WCAG 2 relative luminance of an sRGB hex colour. */
export function relativeLuminance(hex: string): number {
  const digits = expandHex(hex);
  const [r = 0, g = 0, b = 0] = [0, 2, 4].map((i) => {
    const channel = parseInt(digits.slice(i, i + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const WHITE = '#ffffff';
const INK = '#18181b';

/**
 * Style that re-tints the UI with a store's brand colour.
 *
 * The colour is tenant input, so only plain hex is accepted (anything else could smuggle
 * extra declarations into the style attribute); invalid values keep the default theme.
 * The foreground is whichever of white or ink contrasts more with the accent.
 */
export function accentStyle(color: string | null | undefined): ThemeStyle | undefined {
  if (color == null || !HEX.test(color)) return undefined;
  const hex = `#${expandHex(color).toLowerCase()}`;
  const luminance = relativeLuminance(hex);
  const contrastWithWhite = 1.05 / (luminance + 0.05);
  const contrastWithInk = (luminance + 0.05) / (relativeLuminance(INK) + 0.05);
  return {
    '--color-accent': hex,
    '--color-accent-foreground': contrastWithWhite >= contrastWithInk ? WHITE : INK,
  };
}
