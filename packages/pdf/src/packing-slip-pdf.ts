import { type DocumentProps, Text, View } from '@react-pdf/renderer';
import { createElement as h, type ReactElement } from 'react';

import type { PackingSlipDocument } from '@storeloom/validators';

import { documentShell } from './components/document-shell.ts';
import { LineTable } from './components/line-table.ts';
import { PartyBlocks } from './components/party-blocks.ts';
import { TextSection } from './components/text-section.ts';
import { palette, styles } from './components/theme.ts';
import { formatDate, formatQuantity } from './format.ts';

const COLUMNS = [
  { label: 'Item', width: 6 },
  { label: 'SKU', width: 3 },
  { label: 'Qty', width: 1, align: 'right' },
  { label: 'Packed', width: 1, align: 'right' },
] as const;

function shipmentLines(
  shipment: NonNullable<PackingSlipDocument['shipment']>,
  locale: string,
  timeZone: string,
) {
  return [
    [shipment.carrier, shipment.service].filter((part) => part !== null).join(' · '),
    shipment.trackingNumber ? `Tracking: ${shipment.trackingNumber}` : null,
    shipment.shippedAt ? `Shipped ${formatDate(shipment.shippedAt, locale, timeZone)}` : null,
  ].filter((line) => line !== null);
}

/** A box for the packer's name, signature and date, kept whole on one page. */
function PackedByBox() {
  const field = (label: string) =>
    h(
      View,
      { style: { flexGrow: 1, flexBasis: 0, marginRight: 12 } },
      h(View, { style: { borderBottomWidth: 1, borderBottomColor: palette.rule, height: 22 } }),
      h(Text, { style: [styles.muted, { fontSize: 8, marginTop: 2 }] }, label),
    );
  return h(
    View,
    {
      wrap: false,
      style: { marginTop: 18, borderWidth: 1, borderColor: palette.rule, padding: 10 },
    },
    h(Text, { style: [styles.bold, { marginBottom: 6 }] }, 'Packed by'),
    h(View, { style: { flexDirection: 'row' } }, field('Name'), field('Signature'), field('Date')),
  );
}

/** What goes in the box: lines, quantities and SKUs, never a price. */
export function packingSlipPdf(
  slip: PackingSlipDocument,
  fontFamily: string,
): ReactElement<DocumentProps> {
  const { branding } = slip;
  const rows = slip.lines.map((line) => [
    { text: line.name, detail: line.variantTitle },
    { text: line.sku ?? '' },
    { text: formatQuantity(line.quantity, branding.locale) },
    { text: '', checkbox: true },
  ]);
  return documentShell(
    {
      branding,
      fontFamily,
      title: 'Packing slip',
      caption: `${branding.storeName} · Packing slip for order #${slip.orderNumber}`,
      meta: [
        { label: 'Order', value: `#${slip.orderNumber}` },
        { label: 'Ordered', value: formatDate(slip.orderDate, branding.locale, branding.timeZone) },
      ],
    },
    h(PartyBlocks, { parties: [{ label: 'Ship to', party: slip.shipTo }] }),
    h(
      View,
      { style: { marginBottom: 12 } },
      h(Text, { style: styles.label }, 'Shipment'),
      ...(slip.shipment
        ? shipmentLines(slip.shipment, branding.locale, branding.timeZone).map((line) =>
            h(Text, null, line),
          )
        : [h(Text, null, slip.shippingMethod ?? 'Whole order')]),
    ),
    h(LineTable, { columns: COLUMNS, rows, accent: branding.primaryColor }),
    h(TextSection, { title: 'Customer note', body: slip.customerNote }),
    h(PackedByBox, null),
  );
}
