import type { RouterOutputs } from '@storeloom/api';
import { DateTime, Money, Table, TBody, TD, TH, THead, TR } from '@storeloom/ui';
import Link from 'next/link';

import { EstimateStatusBadge } from './estimate-status-badge';
import { MarginBadge } from './margin-badge';

type EstimateRow = RouterOutputs['estimates']['list']['items'][number];

export interface EstimatesTableProps {
  estimates: EstimateRow[];
  locale: string;
  timeZone: string;
}

export function EstimatesTable({ estimates, locale, timeZone }: EstimatesTableProps) {
  return (
    <Table>
      <THead>
        <TR>
          <TH className="pl-4">Estimate</TH>
          <TH>Customer</TH>
          <TH>Status</TH>
          <TH numeric>Total</TH>
          <TH numeric>Margin</TH>
          <TH className="pr-4">Updated</TH>
        </TR>
      </THead>
      <TBody>
        {estimates.map((estimate) => (
          <TR key={estimate.id}>
            <TD className="max-w-72 pl-4">
              <Link
                href={`/estimates/${estimate.id}`}
                className="font-medium text-foreground hover:underline"
              >
                #{estimate.number}
              </Link>
              <p className="truncate text-xs text-muted-foreground">{estimate.title}</p>
            </TD>
            <TD className="max-w-64">
              <p className="truncate">{estimate.customerName}</p>
              <p className="truncate text-xs text-muted-foreground">{estimate.customerEmail}</p>
            </TD>
            <TD>
              <EstimateStatusBadge status={estimate.status} />
            </TD>
            <TD numeric className="font-medium">
              <Money amountMinor={estimate.total} currency={estimate.currency} locale={locale} />
            </TD>
            <TD numeric>
              <MarginBadge
                marginBps={estimate.marginBps}
                revenue={estimate.total}
                locale={locale}
              />
            </TD>
            <TD className="pr-4 whitespace-nowrap text-muted-foreground">
              <DateTime value={estimate.updatedAt} locale={locale} timeZone={timeZone} />
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
