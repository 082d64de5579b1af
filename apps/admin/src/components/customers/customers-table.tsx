import type { RouterOutputs } from '@storeloom/api';
import { Badge, DateTime, Money, Table, TBody, TD, TH, THead, TR } from '@storeloom/ui';
import Link from 'next/link';

type CustomerRow = RouterOutputs['customers']['list']['items'][number];

export interface CustomersTableProps {
  customers: CustomerRow[];
  currency: string;
  locale: string;
  timeZone: string;
}

export function CustomersTable({ customers, currency, locale, timeZone }: CustomersTableProps) {
  return (
    <Table>
      <THead>
        <TR>
          <TH className="pl-4">Customer</TH>
          <TH numeric>Orders</TH>
          <TH numeric>Lifetime value</TH>
          <TH>Last order</TH>
          <TH className="pr-4">Customer since</TH>
        </TR>
      </THead>
      <TBody>
        {customers.map((customer) => (
          <TR key={customer.id}>
            <TD className="max-w-72 pl-4">
              <Link
                href={`/customers/${customer.id}`}
                className="block truncate font-medium text-foreground hover:underline"
              >
                {customer.name ?? customer.email}
              </Link>
              {customer.name !== null && (
                <p className="truncate text-xs text-muted-foreground">{customer.email}</p>
              )}
              {customer.tags.length > 0 && (
                <p className="mt-1 flex flex-wrap gap-1">
                  {customer.tags.map((tag) => (
                    <Badge key={tag}>{tag}</Badge>
                  ))}
                </p>
              )}
            </TD>
            <TD numeric>{customer.orderCount}</TD>
            <TD numeric>
              <Money amountMinor={customer.lifetimeValue} currency={currency} locale={locale} />
            </TD>
            <TD className="whitespace-nowrap text-muted-foreground">
              {customer.lastOrderAt === null ? (
                'No orders'
              ) : (
                <DateTime value={customer.lastOrderAt} locale={locale} timeZone={timeZone} />
              )}
            </TD>
            <TD className="pr-4 whitespace-nowrap text-muted-foreground">
              <DateTime
                value={customer.createdAt}
                locale={locale}
                timeZone={timeZone}
                style="date"
              />
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
