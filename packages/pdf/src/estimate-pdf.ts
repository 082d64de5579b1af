import { type DocumentProps, Text, View } from '@react-pdf/renderer';
import { createElement as h, type ReactElement } from 'react';

import type { EstimateDocument } from '@storeloom/validators';

import { documentShell } from './components/document-shell.ts';
import { LineTable, type TableCell } from './components/line-table.ts';
import { PartyBlocks } from './components/party-blocks.ts';
import { TextSection } from './components/text-section.ts';
import { styles } from './components/theme.ts';
import { TotalsBlock, type TotalRow } from './components/totals-block.ts';
import { formatDate, formatDeduction, formatMoney, formatQuantity } from './format.ts';

const ITEM_COLUMNS = [
  { label: 'Item', width: 6 },
  { label: 'Qty', width: 1, align: 'right' },
  { label: 'Unit price', width: 2, align: 'right' },
  { label: 'Total', width: 2, align: 'right' },
] as const;

const LABOUR_COLUMNS = [
  { label: 'Work', width: 6 },
  { label: 'Hours', width: 1, align: 'right' },
  { label: 'Rate / h', width: 2, align: 'right' },
  { label: 'Total', width: 2, align: 'right' },
] as const;

/** Statuses in which the estimate no longer stands: printed across every page. */
const WATERMARKS: Partial<Record<EstimateDocument['status'], string>> = {
  expired: 'EXPIRED',
  declined: 'DECLINED',
};

function Section({
  title,
  columns,
  rows,
  subtotal,
  accent,
}: {
  title: string;
  columns: typeof ITEM_COLUMNS | typeof LABOUR_COLUMNS;
  rows: TableCell[][];
  subtotal: string;
  accent: string;
}) {
  if (rows.length === 0) return null;
  return h(
    View,
    null,
    h(Text, { style: styles.sectionTitle, minPresenceAhead: 40 }, title),
    h(LineTable, { columns, rows, accent }),
    h(TotalsBlock, { rows: [{ label: `${title} subtotal`, value: subtotal }], accent }),
  );
}

/** A quote: materials and labour (hours x rate) in their own sections, totals, deposit, terms. */
export function estimatePdf(
  estimate: EstimateDocument,
  fontFamily: string,
): ReactElement<DocumentProps> {
  const { branding } = estimate;
  const money = (amount: number) => formatMoney(amount, estimate.currency, branding.locale);
  const date = (value: Date) => formatDate(value, branding.locale, branding.timeZone);
  const quantity = (value: number) => formatQuantity(value, branding.locale);
  const itemRows = (lines: EstimateDocument['materials']) =>
    lines.map((line) => [
      { text: line.name, detail: line.description },
      { text: quantity(line.quantity) },
      { text: money(line.unitPrice) },
      { text: money(line.total) },
    ]);
  const labourRows = estimate.labour.map((line) => [
    {
      text: line.name,
      detail: [line.description, `${quantity(line.hours)} h × ${money(line.rate)}`]
        .filter((part) => part !== null)
        .join(' · '),
    },
    { text: quantity(line.hours) },
    { text: money(line.rate) },
    { text: money(line.total) },
  ]);
  const totals: TotalRow[] = [{ label: 'Subtotal', value: money(estimate.subtotal) }];
  if (estimate.discountTotal > 0) {
    totals.push({
      label: 'Discount',
      value: formatDeduction(estimate.discountTotal, estimate.currency, branding.locale),
    });
  }
  if (estimate.taxTotal > 0) totals.push({ label: 'Tax', value: money(estimate.taxTotal) });
  totals.push({ label: 'Total', value: money(estimate.total), emphasis: true });
  if (estimate.deposit) {
    totals.push({
      label: `Deposit on acceptance (${quantity(estimate.deposit.bps / 100)}%)`,
      value: money(estimate.deposit.amount),
    });
  }
  const accent = branding.primaryColor;
  return documentShell(
    {
      branding,
      fontFamily,
      title: 'Estimate',
      caption: `${branding.storeName} · Estimate #${estimate.estimateNumber}`,
      watermark: WATERMARKS[estimate.status] ?? null,
      meta: [
        { label: 'Estimate', value: `#${estimate.estimateNumber}` },
        { label: 'Issued', value: date(estimate.issueDate) },
        {
          label: 'Valid until',
          value: estimate.validUntil ? date(estimate.validUntil) : 'No limit',
        },
      ],
    },
    h(PartyBlocks, { parties: [{ label: 'Prepared for', party: estimate.customer }] }),
    h(Text, { style: { fontSize: 12, fontWeight: 'bold' } }, estimate.title),
    h(Section, {
      title: 'Materials',
      columns: ITEM_COLUMNS,
      rows: itemRows(estimate.materials),
      subtotal: money(estimate.materialsSubtotal),
      accent,
    }),
    h(Section, {
      title: 'Labour',
      columns: LABOUR_COLUMNS,
      rows: labourRows,
      subtotal: money(estimate.labourSubtotal),
      accent,
    }),
    h(Section, {
      title: 'Other',
      columns: ITEM_COLUMNS,
      rows: itemRows(estimate.other),
      subtotal: money(estimate.otherSubtotal),
      accent,
    }),
    h(Text, { style: styles.sectionTitle }, 'Totals'),
    h(TotalsBlock, { rows: totals, accent }),
    h(TextSection, { title: 'Notes', body: estimate.notes }),
    h(TextSection, { title: 'Terms', body: estimate.terms }),
  );
}
