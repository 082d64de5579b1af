import type { Theme } from '@storeloom/validators';
import { describe, expect, it } from 'vitest';

import { contrastRatio, INK, isDark, WHITE, type Hex } from './color';
import { TEXT_CONTRAST, type Palette } from './palette';
import { defaultTheme } from './parse-theme';
import { themeColors, themePalettes, themeRootAttributes } from './theme-variables';

function theme(overrides: Partial<Theme>): Theme {
  return { ...defaultTheme, ...overrides };
}

/** Every text colour of a palette on every background it may sit on. */
function textPairs(palette: Palette): [string, Hex, Hex][] {
  const pages: Hex[] = [palette.background, palette.surface, palette.surfaceMuted];
  const texts: [string, Hex][] = [
    ['foreground', palette.foreground],
    ['muted', palette.mutedForeground],
    ['subtle', palette.subtleForeground],
    ['accent', palette.accent],
    ['danger', palette.danger],
  ];
  return [
    ...texts.flatMap(([name, text]) => pages.map((page): [string, Hex, Hex] => [name, text, page])),
    ['on accent', palette.accentForeground, palette.accent],
    ['on danger', palette.dangerForeground, palette.danger],
  ];
}

function unreadable(palette: Palette): string[] {
  return textPairs(palette)
    .filter(([, text, page]) => contrastRatio(text, page) < TEXT_CONTRAST)
    .map(([name, text, page]) => `${name} ${text} on ${page}`);
}

/** 216 accents and a spread of light page colours, as merchants might pick them. */
const levels = ['00', '33', '66', '99', 'cc', 'ff'];
const accents: Hex[] = levels.flatMap((r) =>
  levels.flatMap((g) => levels.map((b): Hex => `#${r}${g}${b}`)),
);
const pages: Hex[] = ['#ffffff', '#f6f6f7', '#fffbf5', '#fdf8f6', '#f7f7f2', '#eef2ff'];

describe('themeRootAttributes', () => {
  it('maps a light theme to --theme-* variables and nothing for a dark scheme', () => {
    const { style, 'data-color-scheme': scheme } = themeRootAttributes(defaultTheme);
    expect(scheme).toBe('light');
    expect(style['--theme-accent']).toBe('#2563eb');
    expect(style['--theme-accent-foreground']).toBe(WHITE);
    expect(style['--theme-background']).toBe('#ffffff');
    expect(style['--theme-native-scheme']).toBe('light');
    expect(Object.keys(style).filter((key) => key.startsWith('--theme-dark-'))).toEqual([]);
  });

  it('adds the dark palette only for an auto theme', () => {
    const { style } = themeRootAttributes(theme({ colorScheme: 'auto', accentColor: '#15803d' }));
    const darkBackground = style['--theme-dark-background'];
    expect(darkBackground).toMatch(/^#[0-9a-f]{6}$/);
    expect(isDark(darkBackground as Hex)).toBe(true);
    expect(style['--theme-dark-native-scheme']).toBe('dark');
    expect(style['--theme-background']).toBe('#ffffff');
  });

  it('shows the dark palette by default for a dark theme, with no second palette', () => {
    const { style } = themeRootAttributes(theme({ colorScheme: 'dark' }));
    expect(isDark(style['--theme-background'] as Hex)).toBe(true);
    expect(style['--theme-native-scheme']).toBe('dark');
    expect(Object.keys(style).some((key) => key.startsWith('--theme-dark-'))).toBe(false);
  });

  it('points the body and heading fonts at the chosen families', () => {
    const same = themeRootAttributes(theme({ fontFamily: 'serif' })).style;
    expect(same['--theme-font-body']).toMatch(/^var\(--font-lora\), .*serif$/);
    expect(same['--theme-font-heading']).toBe('var(--theme-font-body)');

    const mixed = themeRootAttributes(theme({ fontFamily: 'sans', headingFontFamily: 'mono' }));
    expect(mixed.style['--theme-font-body']).toMatch(/^var\(--font-inter\), /);
    expect(mixed.style['--theme-font-heading']).toMatch(/^var\(--font-jetbrains-mono\), /);
    expect(themeRootAttributes(defaultTheme).style['--theme-font-body']).toMatch(/^ui-sans-serif/);
  });

  it('sets the corner scale', () => {
    expect(themeRootAttributes(theme({ radius: 'none' })).style['--theme-radius-lg']).toBe('0px');
    expect(themeRootAttributes(defaultTheme).style['--theme-radius-lg']).toBe('0.5rem');
  });
});

describe('themePalettes', () => {
  it('keeps a brand colour that is readable and darkens one that is not', () => {
    expect(themePalettes(theme({ accentColor: '#be185d' })).main.accent).toBe('#be185d');
    const yellow = themePalettes(theme({ accentColor: '#facc15' })).main;
    expect(yellow.accent).not.toBe('#facc15');
    expect(contrastRatio(yellow.accent, WHITE)).toBeGreaterThanOrEqual(TEXT_CONTRAST);
  });

  it('replaces a text colour that cannot be read on the background', () => {
    const palette = themePalettes(theme({ backgroundColor: '#ffffff', textColor: '#eeeeee' })).main;
    expect(palette.foreground).toBe(INK);
  });

  it('keeps every text colour at 4.5:1 on every surface, for any accent and page colour', () => {
    const failures = pages.flatMap((backgroundColor) =>
      accents.flatMap((accentColor) => {
        const { main, dark } = themePalettes(
          theme({ accentColor, backgroundColor, colorScheme: 'auto' }),
        );
        return [...unreadable(main), ...(dark === null ? [] : unreadable(dark))].map(
          (failure) => `${accentColor} on ${backgroundColor}: ${failure}`,
        );
      }),
    );
    expect(failures).toEqual([]);
  });

  it('keeps a dark merchant page readable in the light scheme', () => {
    const { main } = themePalettes(theme({ backgroundColor: '#111827', textColor: '#f9fafb' }));
    expect(unreadable(main)).toEqual([]);
    expect(themeColors(theme({ backgroundColor: '#111827' })).light).toBe('#111827');
  });
});

describe('themeColors', () => {
  it('gives the browser bar one colour per scheme the store shows', () => {
    expect(themeColors(defaultTheme)).toEqual({ light: '#ffffff', dark: null });
    const auto = themeColors(theme({ colorScheme: 'auto' }));
    expect(auto.dark).not.toBeNull();
    expect(isDark(themeColors(theme({ colorScheme: 'dark' })).light)).toBe(true);
  });
});
