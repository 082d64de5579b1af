import { Image, Text, View } from '@react-pdf/renderer';
import { createElement as h } from 'react';

import type { DocumentBranding } from '@storeloom/validators';

import { logoSource } from './logo.ts';
import { palette, styles } from './theme.ts';

export interface MetaRow {
  label: string;
  value: string;
}

/**
 * The top of the first page: the store (logo, name, address, contact, tax id) on the left and the
 * document's title with its reference rows (number, dates) on the right.
 */
export function BrandHeader({
  branding,
  title,
  meta,
}: {
  branding: DocumentBranding;
  title: string;
  meta: readonly MetaRow[];
}) {
  const logo = logoSource(branding.logo);
  const contact = [branding.email, branding.website].filter((value) => value !== null);
  return h(
    View,
    {
      style: {
        flexDirection: 'row',
        justifyContent: 'space-between',
        paddingBottom: 12,
        marginBottom: 14,
        borderBottomWidth: 2,
        borderBottomColor: branding.primaryColor,
      },
    },
    h(
      View,
      { style: { width: '55%' } },
      logo
        ? h(Image, { src: logo, style: { maxWidth: 140, maxHeight: 48, marginBottom: 6 } })
        : null,
      h(Text, { style: { fontSize: 14, fontWeight: 'bold', lineHeight: 1.3 } }, branding.storeName),
      ...branding.addressLines.map((line) => h(Text, { style: styles.muted }, line)),
      ...contact.map((line) => h(Text, { style: styles.muted }, line)),
      branding.taxNumber ? h(Text, { style: styles.muted }, `Tax ID: ${branding.taxNumber}`) : null,
    ),
    h(
      View,
      { style: { width: '40%', alignItems: 'flex-end' } },
      h(
        Text,
        {
          style: {
            fontSize: 20,
            fontWeight: 'bold',
            lineHeight: 1.2,
            color: branding.primaryColor,
            marginBottom: 6,
          },
        },
        title,
      ),
      ...meta.map((row) =>
        h(
          View,
          { style: { flexDirection: 'row' } },
          h(Text, { style: { color: palette.muted, marginRight: 6 } }, `${row.label}:`),
          h(Text, { style: styles.bold }, row.value),
        ),
      ),
    ),
  );
}
