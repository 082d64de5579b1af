import { Text, View } from '@react-pdf/renderer';
import { createElement as h } from 'react';

import type { DocumentParty } from '@storeloom/validators';

import { styles } from './theme.ts';

export interface LabelledParty {
  label: string;
  party: DocumentParty | null;
}

/** Bill-to, ship-to and similar blocks side by side; a missing party says so. */
export function PartyBlocks({ parties }: { parties: readonly LabelledParty[] }) {
  return h(
    View,
    { style: { flexDirection: 'row', marginBottom: 14 } },
    ...parties.map(({ label, party }) =>
      h(
        View,
        { style: { flexGrow: 1, flexBasis: 0, paddingRight: 12 } },
        h(Text, { style: styles.label }, label),
        party
          ? [
              h(Text, { key: 'name', style: styles.bold }, party.name),
              ...party.lines.map((line, index) => h(Text, { key: `line-${index}` }, line)),
              party.email ? h(Text, { key: 'email', style: styles.muted }, party.email) : null,
              party.phone ? h(Text, { key: 'phone', style: styles.muted }, party.phone) : null,
            ]
          : h(Text, { style: styles.muted }, 'Not given'),
      ),
    ),
  );
}
