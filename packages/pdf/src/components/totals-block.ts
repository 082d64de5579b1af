import { Text, View } from '@react-pdf/renderer';
import { createElement as h } from 'react';

import { palette, styles } from './theme.ts';

export interface TotalRow {
  label: string;
  value: string;
  /** The grand total or the amount due: bold, above a rule in the store colour. */
  emphasis?: boolean;
}

/** Subtotal to total, right-aligned under the lines, kept together on one page. */
export function TotalsBlock({ rows, accent }: { rows: readonly TotalRow[]; accent: string }) {
  return h(
    View,
    { wrap: false, style: { alignSelf: 'flex-end', width: '50%', marginTop: 4 } },
    ...rows.map((row) =>
      h(
        View,
        {
          style: {
            flexDirection: 'row',
            justifyContent: 'space-between',
            paddingVertical: 3,
            ...(row.emphasis
              ? { borderTopWidth: 1.5, borderTopColor: accent, fontSize: 11, marginTop: 2 }
              : { borderBottomWidth: 0.5, borderBottomColor: palette.rule }),
          },
        },
        h(Text, { style: row.emphasis ? styles.bold : styles.muted }, row.label),
        h(Text, { style: row.emphasis ? styles.bold : undefined }, row.value),
      ),
    ),
  );
}
