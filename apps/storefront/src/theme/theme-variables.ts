import type { ThemeStyle } from '@storeloom/ui';
import type { Theme, ThemeColorScheme } from '@storeloom/validators';

import { isDark, isHex, type Hex } from './color';
import { fontStacks } from './font-stacks';
import { darkPalette, lightPalette, type Palette, type PaletteColours } from './palette';
import { defaultTheme } from './parse-theme';
import { radiusScales, radiusSteps } from './radius-scales';

/** Attributes for <html>: theme.css maps these variables onto the design tokens. */
export interface ThemeRootAttributes {
  'data-color-scheme': ThemeColorScheme;
  style: ThemeStyle;
}

/** Palette role and its variable suffix, matching the token names (`--color-surface-muted`, ...). */
const roles: readonly (readonly [keyof Palette, string])[] = [
  ['background', 'background'],
  ['surface', 'surface'],
  ['surfaceMuted', 'surface-muted'],
  ['border', 'border'],
  ['borderStrong', 'border-strong'],
  ['foreground', 'foreground'],
  ['mutedForeground', 'muted-foreground'],
  ['subtleForeground', 'subtle-foreground'],
  ['accent', 'accent'],
  ['accentForeground', 'accent-foreground'],
  ['danger', 'danger'],
  ['dangerForeground', 'danger-foreground'],
];

/** Lowercased so equal colours compare equal; parseTheme has already replaced malformed ones. */
function hex(value: string, fallback: string): Hex {
  const lower = value.toLowerCase();
  if (isHex(lower)) return lower;
  const lowerFallback = fallback.toLowerCase();
  return isHex(lowerFallback) ? lowerFallback : '#000000';
}

function paletteColours(theme: Theme): PaletteColours {
  return {
    accent: hex(theme.accentColor, defaultTheme.accentColor),
    background: hex(theme.backgroundColor, defaultTheme.backgroundColor),
    text: hex(theme.textColor, defaultTheme.textColor),
  };
}

function paletteVariables(palette: Palette, prefix: string): Record<`--${string}`, string> {
  const variables: Record<`--${string}`, string> = {};
  for (const [role, name] of roles) variables[`--${prefix}${name}`] = palette[role];
  // Form controls, scrollbars and the page's own canvas follow the palette, not the device.
  variables[`--${prefix}native-scheme`] = isDark(palette.background) ? 'dark' : 'light';
  return variables;
}

/**
 * The palettes a store shows: `main` by default (dark for a `dark` store), and for `auto` the
 * dark one the device may ask for. A `light` store has no dark palette.
 */
export function themePalettes(theme: Theme): { main: Palette; dark: Palette | null } {
  const colours = paletteColours(theme);
  if (theme.colorScheme === 'dark') return { main: darkPalette(colours), dark: null };
  return {
    main: lightPalette(colours),
    dark: theme.colorScheme === 'auto' ? darkPalette(colours) : null,
  };
}

/**
 * A store's theme as CSS custom properties. Every colour is hex the palette computed, every
 * other value one of a fixed set, so nothing tenant-written reaches the style attribute.
 *
 * `--theme-*` hold the scheme shown by default; for `auto`, `--theme-dark-*` hold the dark one,
 * which theme.css swaps in under `prefers-color-scheme: dark`.
 */
export function themeRootAttributes(theme: Theme): ThemeRootAttributes {
  const { main, dark } = themePalettes(theme);
  const radius = radiusScales[theme.radius];
  const style: ThemeStyle = {
    ...paletteVariables(main, 'theme-'),
    ...(dark === null ? {} : paletteVariables(dark, 'theme-dark-')),
    '--theme-font-body': fontStacks[theme.fontFamily],
    '--theme-font-heading':
      theme.headingFontFamily === null || theme.headingFontFamily === theme.fontFamily
        ? 'var(--theme-font-body)'
        : fontStacks[theme.headingFontFamily],
  };
  for (const step of radiusSteps) style[`--theme-radius-${step}`] = radius[step];
  return { 'data-color-scheme': theme.colorScheme, style };
}

/** The browser-chrome colour (mobile address bar): the page background of each scheme. */
export function themeColors(theme: Theme): { light: Hex; dark: Hex | null } {
  const { main, dark } = themePalettes(theme);
  return { light: main.background, dark: dark?.background ?? null };
}
