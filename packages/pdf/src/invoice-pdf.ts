import { type DocumentProps, Text, View } from '@react-pdf/renderer';
import { createElement as h, type ReactElement } from 'react';

import type { InvoiceDocument } from '@storeloom/validators';

import { documentShell } from './components/document-shell.ts';
import { LineTable } from './components/line-table.ts';
import { PartyBlocks } from './components/party-blocks.ts';
import { TextSection } from './components/text-section.ts';
import { styles } from './components/theme.ts';
import { TotalsBlock, type TotalRow } from './components/totals-block.ts';
import { formatDate, formatDeduction, formatMoney, formatQuantity } from './format.ts';

const COLUMNS = [
  { label: 'Item', width: 5 },
  { label: 'SKU', width: 2 },
  { label: 'Qty', width: 1, align: 'right' },
  { label: 'Unit price', width: 2, align: 'right' },
  { label: 'Total', width: 2, align: 'right' },
] as const;

function lineDetail(line: InvoiceDocument['lines'][number], locale: string): string | null {
  const hours = line.hours === null ? null : `${formatQuantity(line.hours, locale)} h`;
  const parts = [line.variantTitle, hours];
  return parts.filter((part) => part !== null && part !== '').join(' · ') || null;
}

function totalRows(invoice: InvoiceDocument, money: (amount: number) => string): TotalRow[] {
  const deduction = (amount: number) =>
    formatDeduction(amount, invoice.currency, invoice.branding.locale);
  const rows: TotalRow[] = [{ label: 'Subtotal', value: money(invoice.subtotal) }];
  if (invoice.discountTotal > 0) {
    const codes = invoice.discountCodes.length ? ` (${invoice.discountCodes.join(', ')})` : '';
    rows.push({ label: `Discount${codes}`, value: deduction(invoice.discountTotal) });
  }
  rows.push({
    label: invoice.shippingMethod ? `Shipping (${invoice.shippingMethod})` : 'Shipping',
    value: money(invoice.shippingTotal),
  });
  // Inclusive prices already carry the tax: say how much, but it is not added again.
  rows.push(
    invoice.pricesIncludeTax
      ? { label: 'Tax included in prices', value: money(invoice.taxTotal) }
      : { label: 'Tax', value: money(invoice.taxTotal) },
  );
  rows.push({ label: 'Total', value: money(invoice.total), emphasis: true });
  rows.push({ label: 'Paid', value: deduction(invoice.paidTotal) });
  if (invoice.refundedTotal > 0) {
    rows.push({ label: 'Refunded', value: money(invoice.refundedTotal) });
  }
  rows.push({ label: 'Balance due', value: money(invoice.balanceDue), emphasis: true });
  // A deposit invoice asks for part of the balance first; the rest falls due later.
  if (invoice.deposit && invoice.balanceDue > 0) {
    const share = formatQuantity(invoice.deposit.bps / 100, invoice.branding.locale);
    rows.push({
      label: `Deposit due now (${share}%)`,
      value: money(Math.min(invoice.deposit.amount, invoice.balanceDue)),
      emphasis: true,
    });
  }
  return rows;
}

/** An invoice for one order: parties, lines, totals with payments and refunds, notes. */
export function invoicePdf(
  invoice: InvoiceDocument,
  fontFamily: string,
): ReactElement<DocumentProps> {
  const { branding } = invoice;
  const money = (amount: number) => formatMoney(amount, invoice.currency, branding.locale);
  const rows = invoice.lines.map((line) => [
    { text: line.name, detail: lineDetail(line, branding.locale) },
    { text: line.sku ?? '' },
    { text: formatQuantity(line.quantity, branding.locale) },
    { text: money(line.unitPrice) },
    {
      text: money(line.total),
      detail:
        line.discountAmount > 0
          ? `Discount ${formatDeduction(line.discountAmount, invoice.currency, branding.locale)}`
          : null,
    },
  ]);
  return documentShell(
    {
      branding,
      fontFamily,
      title: 'Invoice',
      caption: `${branding.storeName} · Invoice ${invoice.invoiceNumber}`,
      watermark: invoice.cancelled ? 'CANCELLED' : null,
      meta: [
        { label: 'Invoice', value: invoice.invoiceNumber },
        { label: 'Order', value: `#${invoice.orderNumber}` },
        {
          label: 'Issued',
          value: formatDate(invoice.issueDate, branding.locale, branding.timeZone),
        },
      ],
    },
    h(PartyBlocks, {
      parties: [
        { label: 'Bill to', party: invoice.billTo },
        { label: 'Ship to', party: invoice.shipTo },
      ],
    }),
    h(LineTable, { columns: COLUMNS, rows, accent: branding.primaryColor }),
    h(TotalsBlock, { rows: totalRows(invoice, money), accent: branding.primaryColor }),
    h(
      View,
      { style: { marginTop: 12 } },
      h(Text, { style: styles.label }, 'Payment method'),
      h(Text, null, invoice.paymentMethod ?? 'None recorded yet'),
    ),
    h(TextSection, { title: 'Customer note', body: invoice.customerNote }),
    h(TextSection, { title: 'Notes', body: invoice.notes }),
  );
}
