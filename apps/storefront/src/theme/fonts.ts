import localFont from 'next/font/local';

/*
 * The typefaces a theme can pick, served from this app (OFL files in ./fonts, latin subset).
 * Two files per family: regular (400; 500 falls back to it) and semibold, which also serves bold
 * (600–700): a third file per family would cost a phone another 21–25 KB before the page
 * settles, for a weight step few shoppers would notice. Each sets a CSS variable on <html>; font-stacks.ts
 * names the same variables, and theme.css points Tailwind's --font-sans at the store's choice.
 *
 * All four are declared on every page, but a browser only downloads the files of a family the
 * page actually uses, so a store pays for its own font alone. Nothing is preloaded: a preload
 * would fetch every family. `swap` and the metric-adjusted fallback keep text visible and the
 * layout still while the file arrives.
 *
 * next/font reads these options at build time, so they must stay literals.
 */

const inter = localFont({
  src: [
    { path: './fonts/inter/inter-latin-400-normal.woff2', weight: '400', style: 'normal' },
    { path: './fonts/inter/inter-latin-600-normal.woff2', weight: '600 700', style: 'normal' },
  ],
  variable: '--font-inter',
  display: 'swap',
  preload: false,
  adjustFontFallback: 'Arial',
});

const lora = localFont({
  src: [
    { path: './fonts/lora/lora-latin-400-normal.woff2', weight: '400', style: 'normal' },
    { path: './fonts/lora/lora-latin-600-normal.woff2', weight: '600 700', style: 'normal' },
  ],
  variable: '--font-lora',
  display: 'swap',
  preload: false,
  adjustFontFallback: 'Times New Roman',
});

const nunito = localFont({
  src: [
    { path: './fonts/nunito/nunito-latin-400-normal.woff2', weight: '400', style: 'normal' },
    { path: './fonts/nunito/nunito-latin-600-normal.woff2', weight: '600 700', style: 'normal' },
  ],
  variable: '--font-nunito',
  display: 'swap',
  preload: false,
  adjustFontFallback: 'Arial',
});

const jetbrainsMono = localFont({
  src: [
    {
      path: './fonts/jetbrains-mono/jetbrains-mono-latin-400-normal.woff2',
      weight: '400',
      style: 'normal',
    },
    {
      path: './fonts/jetbrains-mono/jetbrains-mono-latin-600-normal.woff2',
      weight: '600 700',
      style: 'normal',
    },
  ],
  variable: '--font-jetbrains-mono',
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
});

/** Class names that define the four font variables; set once on <html>. */
export const fontVariableClassNames = [
  inter.variable,
  lora.variable,
  nunito.variable,
  jetbrainsMono.variable,
].join(' ');
