import { Text } from '@react-pdf/renderer';
import { createElement as h } from 'react';

import { palette } from './theme.ts';

/** A large faint word across every page, for documents that no longer hold (expired, declined). */
export function Watermark({ text }: { text: string }) {
  return h(
    Text,
    {
      fixed: true,
      style: {
        position: 'absolute',
        top: 360,
        left: 0,
        right: 0,
        textAlign: 'center',
        fontSize: 96,
        fontWeight: 'bold',
        color: palette.watermark,
        opacity: 0.15,
      },
    },
    text,
  );
}
