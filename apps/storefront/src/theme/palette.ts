import { contrastRatio, isDark, mix, readableOn, WHITE, withContrast, type Hex } from './color';

/** Every colour role of the design tokens (packages/ui/src/styles.css), for one scheme. */
export interface Palette {
  background: Hex;
  surface: Hex;
  surfaceMuted: Hex;
  border: Hex;
  borderStrong: Hex;
  foreground: Hex;
  mutedForeground: Hex;
  subtleForeground: Hex;
  accent: Hex;
  accentForeground: Hex;
  danger: Hex;
  dangerForeground: Hex;
}

export interface PaletteColours {
  accent: Hex;
  background: Hex;
  text: Hex;
}

/** WCAG AA for body text: what every text colour here is held to on every surface it sits on. */
export const TEXT_CONTRAST = 4.5;

const DANGER: Hex = '#dc2626';
/** The dark scheme's base: near black, tinted with a touch of the brand colour. */
const DARK_BASE: Hex = '#0c0c0f';
const DARK_TEXT: Hex = '#f4f4f5';

/** Muted and subtle text, border and panel tints derived from a background and its text colour. */
function neutrals(background: Hex, foreground: Hex, surface: Hex) {
  const surfaceMuted = mix(foreground, surface, 0.045);
  const textBackgrounds = [background, surface, surfaceMuted];
  return {
    surfaceMuted,
    textBackgrounds,
    border: mix(foreground, background, 0.12),
    borderStrong: mix(foreground, background, 0.2),
    mutedForeground: withContrast(
      mix(foreground, background, 0.72),
      textBackgrounds,
      TEXT_CONTRAST,
    ),
    subtleForeground: withContrast(
      mix(foreground, background, 0.6),
      textBackgrounds,
      TEXT_CONTRAST,
    ),
  };
}

/** Accent and danger nudged until they read as text on the page, with a readable text colour on them. */
function signals(accent: Hex, textBackgrounds: Hex[]) {
  const readableAccent = withContrast(accent, textBackgrounds, TEXT_CONTRAST);
  const danger = withContrast(DANGER, textBackgrounds, TEXT_CONTRAST);
  return {
    accent: readableAccent,
    accentForeground: readableOn(readableAccent),
    danger,
    dangerForeground: readableOn(danger),
  };
}

function assemble(background: Hex, foreground: Hex, surface: Hex, accent: Hex): Palette {
  const { textBackgrounds, ...neutral } = neutrals(background, foreground, surface);
  return { background, surface, foreground, ...neutral, ...signals(accent, textBackgrounds) };
}

/**
 * The merchant's own colours. The text colour is kept only while it is readable on the
 * background; panels are a step lighter than the page (or, on a dark page, a step towards the text).
 */
export function lightPalette({ accent, background, text }: PaletteColours): Palette {
  const foreground =
    contrastRatio(text, background) >= TEXT_CONTRAST ? text : readableOn(background);
  const surface = isDark(background)
    ? mix(foreground, background, 0.06)
    : mix(WHITE, background, 0.7);
  return assemble(background, foreground, surface, accent);
}

/** Derived from the accent alone: the merchant's page colours are light-scheme choices. */
export function darkPalette({ accent }: Pick<PaletteColours, 'accent'>): Palette {
  const background = mix(accent, DARK_BASE, 0.07);
  const surface = mix(WHITE, background, 0.05);
  return assemble(background, DARK_TEXT, surface, accent);
}
