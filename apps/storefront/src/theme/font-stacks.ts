import type { ThemeFontFamily } from '@storeloom/validators';

/** The device's own UI font; the same stack as the design tokens' default --font-sans. */
const SYSTEM_STACK =
  "ui-sans-serif, system-ui, -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', sans-serif";

/**
 * The CSS `font-family` value for each theme choice. The variables are defined by fonts.ts
 * (next/font/local); each is followed by a generic family for the moment before it loads.
 */
export const fontStacks: Record<ThemeFontFamily, string> = {
  system: SYSTEM_STACK,
  sans: `var(--font-inter), ${SYSTEM_STACK}`,
  serif: "var(--font-lora), ui-serif, Georgia, Cambria, 'Times New Roman', serif",
  rounded: `var(--font-nunito), ${SYSTEM_STACK}`,
  mono: "var(--font-jetbrains-mono), ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace",
};
