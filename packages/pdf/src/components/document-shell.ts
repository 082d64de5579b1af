import { Document, type DocumentProps, Page } from '@react-pdf/renderer';
import { createElement as h, type ReactElement, type ReactNode } from 'react';

import type { DocumentBranding } from '@storeloom/validators';

import { BrandHeader, type MetaRow } from './brand-header.ts';
import { PageFooter } from './page-footer.ts';
import { styles } from './theme.ts';
import { Watermark } from './watermark.ts';

export interface DocumentFrame {
  branding: DocumentBranding;
  fontFamily: string;
  title: string;
  /** The footer's text and the PDF's title, e.g. "Alpha Goods · Invoice 1042". */
  caption: string;
  meta: readonly MetaRow[];
  watermark?: string | null;
}

/**
 * One document: A4 pages that flow as long as the content needs, the store's header on the first
 * page, a footer with page numbers on every page, and an optional watermark. A plain function
 * rather than a component, because the renderer takes a `Document` element as the root.
 */
export function documentShell(
  { branding, fontFamily, title, caption, meta, watermark = null }: DocumentFrame,
  ...children: ReactNode[]
): ReactElement<DocumentProps> {
  return h(
    Document,
    {
      title: caption,
      author: branding.storeName,
      creator: branding.storeName,
      language: branding.locale,
    },
    h(
      Page,
      { size: 'A4', style: [styles.page, { fontFamily }] },
      watermark ? h(Watermark, { text: watermark }) : null,
      h(BrandHeader, { branding, title, meta }),
      ...children,
      h(PageFooter, { caption }),
    ),
  );
}
