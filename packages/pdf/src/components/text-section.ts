import { Text, View } from '@react-pdf/renderer';
import { createElement as h } from 'react';

import { styles } from './theme.ts';

/** A titled paragraph (notes, terms); nothing at all when there is no text. */
export function TextSection({ title, body }: { title: string; body: string | null }) {
  if (!body) return null;
  return h(
    View,
    { style: { marginTop: 12 }, minPresenceAhead: 24 },
    h(Text, { style: styles.label }, title),
    h(Text, null, body),
  );
}
