import { Button, Column, Heading, Row, Section, Text } from '@react-email/components';
import { createElement as h, type ReactElement, type ReactNode } from 'react';

import { formatMoney } from '../format.ts';

/** Building blocks shared by the templates, so every email looks like the same store. */

export function title(text: string): ReactElement {
  return h(Heading, { style: { fontSize: '22px', margin: '0 0 16px' } }, text);
}

export function paragraph(...children: ReactNode[]): ReactElement {
  return h(
    Text,
    { style: { fontSize: '15px', lineHeight: '24px', margin: '0 0 12px' } },
    ...children,
  );
}

export function muted(...children: ReactNode[]): ReactElement {
  return h(
    Text,
    { style: { fontSize: '13px', color: '#6b7280', margin: '0 0 12px' } },
    ...children,
  );
}

export function greeting(name: string | undefined): ReactElement {
  return paragraph(name ? `Hi ${name},` : 'Hello,');
}

export function actionButton(href: string, color: string, label: string): ReactElement {
  return h(
    Section,
    { style: { margin: '24px 0' } },
    h(
      Button,
      {
        href,
        style: {
          backgroundColor: color,
          color: '#ffffff',
          borderRadius: '6px',
          padding: '12px 20px',
          fontSize: '15px',
          fontWeight: 600,
        },
      },
      label,
    ),
  );
}

export interface LineRow {
  label: string;
  detail?: string | undefined;
  quantity?: number | undefined;
  amount?: string | undefined;
}

const cell = { padding: '8px 0', fontSize: '14px' };

/** A table row of cells; Row takes its children as a prop. */
function row(
  key: string | number,
  style: Record<string, string>,
  cells: ReactNode[],
): ReactElement {
  return h(Row, { key, style, children: cells });
}

/** Item lines: name (and variant), quantity and an amount, one row each. */
export function lines(rows: LineRow[]): ReactElement {
  return h(
    Section,
    { style: { margin: '16px 0' } },
    rows.map((line, index) =>
      row(index, { borderBottom: '1px solid #e5e7eb' }, [
        h(
          Column,
          { key: 'label', style: cell },
          line.detail ? `${line.label} · ${line.detail}` : line.label,
        ),
        h(
          Column,
          { key: 'quantity', style: { ...cell, width: '48px', textAlign: 'right' } },
          line.quantity === undefined ? '' : `× ${line.quantity}`,
        ),
        h(
          Column,
          { key: 'amount', style: { ...cell, width: '150px', textAlign: 'right' } },
          line.amount ?? '',
        ),
      ]),
    ),
  );
}

/** Label and amount pairs under the lines; the last one is the total and is bold. */
export function totals(
  rows: { label: string; amount: number }[],
  currency: string,
  locale: string,
): ReactElement {
  const total = { ...cell, padding: '4px 0', width: '150px', textAlign: 'right' } as const;
  return h(
    Section,
    null,
    rows.map((entry, index) =>
      row(entry.label, {}, [
        h(
          Column,
          { key: 'label', style: { ...cell, padding: '4px 0', textAlign: 'right' } },
          entry.label,
        ),
        h(
          Column,
          { key: 'amount', style: { ...total, fontWeight: index === rows.length - 1 ? 700 : 400 } },
          formatMoney(entry.amount, currency, locale),
        ),
      ]),
    ),
  );
}
