import { Text, View } from '@react-pdf/renderer';
import { createElement as h } from 'react';

import { palette } from './theme.ts';

const line = { position: 'absolute', bottom: 28, fontSize: 8, color: palette.muted } as const;

/** Repeated on every page, under the content: a rule, which document this is, and "Page x of y". */
export function PageFooter({ caption }: { caption: string }) {
  return [
    h(View, {
      key: 'rule',
      fixed: true,
      style: {
        position: 'absolute',
        bottom: 42,
        left: 40,
        right: 40,
        borderTopWidth: 1,
        borderTopColor: palette.rule,
      },
    }),
    h(Text, { key: 'caption', fixed: true, style: { ...line, left: 40 } }, caption),
    h(Text, {
      key: 'pages',
      fixed: true,
      style: { ...line, right: 40 },
      render: ({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`,
    }),
  ];
}
