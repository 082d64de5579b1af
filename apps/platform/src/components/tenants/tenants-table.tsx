'use client';

import type { RouterOutputs } from '@storeloom/api';
import { Avatar, DateTime, Table, TBody, TD, TH, THead, TR } from '@storeloom/ui';

import type { Notice } from '@storeloom/ui';
import { TenantActions } from './tenant-actions';
import { TenantStatusBadge } from './tenant-status-badge';

type Tenant = RouterOutputs['platform']['tenants']['list']['items'][number];

const count = new Intl.NumberFormat('en-US');

export function TenantsTable({
  tenants,
  onNotice,
}: {
  tenants: Tenant[];
  onNotice: (notice: Notice) => void;
}) {
  return (
    <Table>
      <THead>
        <TR>
          <TH className="pl-4">Store</TH>
          <TH>Status</TH>
          <TH>Currency</TH>
          <TH numeric>Products</TH>
          <TH numeric>Orders</TH>
          <TH numeric>Members</TH>
          <TH>Created</TH>
          <TH className="pr-4 text-right">
            <span className="sr-only">Actions</span>
          </TH>
        </TR>
      </THead>
      <TBody>
        {tenants.map((tenant) => (
          <TR key={tenant.id}>
            <TD className="pl-4">
              <div className="flex items-center gap-2.5">
                <Avatar name={tenant.name} shape="square" size="md" decorative />
                <div className="min-w-0">
                  <p className="truncate font-medium">{tenant.name}</p>
                  <p className="truncate text-xs text-subtle-foreground">{tenant.slug}</p>
                </div>
              </div>
            </TD>
            <TD>
              <div className="flex flex-col items-start gap-0.5">
                <TenantStatusBadge status={tenant.status} />
                {tenant.suspendedAt !== null && (
                  <span className="text-xs text-subtle-foreground">
                    since <DateTime value={tenant.suspendedAt} style="date" />
                  </span>
                )}
              </div>
            </TD>
            <TD className="text-muted-foreground">{tenant.currency}</TD>
            <TD numeric>{count.format(tenant.counts.products)}</TD>
            <TD numeric>{count.format(tenant.counts.orders)}</TD>
            <TD numeric>{count.format(tenant.counts.members)}</TD>
            <TD className="whitespace-nowrap text-muted-foreground">
              <DateTime value={tenant.createdAt} style="date" />
            </TD>
            <TD className="pr-4 text-right">
              <TenantActions tenant={tenant} onNotice={onNotice} />
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
