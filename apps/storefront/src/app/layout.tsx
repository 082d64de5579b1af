import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';

import { fontVariableClassNames } from '~/theme/fonts';
import { loadStoreTheme } from '~/theme/load-store-theme';
import { themeColors, themeRootAttributes } from '~/theme/theme-variables';

import './globals.css';

// No static title: each store names its own pages (generateMetadata in each page, e.g. (store)/page.tsx).
export const metadata: Metadata = {
  formatDetection: { telephone: false, email: false, address: false },
  // Per store: app/icon/route.ts answers with the theme's favicon or the store's monogram.
  icons: { icon: '/icon' },
};

/** The mobile browser bar takes the page colour of each scheme the store shows. */
export async function generateViewport(): Promise<Viewport> {
  const theme = await loadStoreTheme();
  if (theme === null) return { themeColor: '#ffffff' };
  const { light, dark } = themeColors(theme);
  if (dark === null) return { themeColor: light };
  return {
    themeColor: [
      { media: '(prefers-color-scheme: light)', color: light },
      { media: '(prefers-color-scheme: dark)', color: dark },
    ],
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The store's colours, fonts and corners as CSS variables (theme/theme.css maps them).
  const theme = await loadStoreTheme();
  return (
    <html
      lang="en"
      className={fontVariableClassNames}
      {...(theme === null ? {} : themeRootAttributes(theme))}
    >
      {/* No API provider here: catalogue pages ship none. Cart, checkout and account pages (and
          the cart drawer) put the query-cached one around themselves. */}
      <body className="min-h-dvh bg-background font-sans text-foreground">{children}</body>
    </html>
  );
}
