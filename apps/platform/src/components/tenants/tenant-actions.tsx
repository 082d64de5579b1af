'use client';

import { errorMessage } from '@storeloom/client';
import { Button } from '@storeloom/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import type { TenantStatusFilter } from '~/lib/tenant-filters';
import { useTRPC } from '~/trpc/react';

import type { Notice } from '@storeloom/ui';
import { SuspendDialog } from './suspend-dialog';

export interface TenantActionsProps {
  tenant: { id: string; name: string; status: TenantStatusFilter };
  onNotice: (notice: Notice) => void;
}

/** Suspend (with a reason) for active stores, resume for suspended ones; closed stores have none. */
export function TenantActions({ tenant, onNotice }: TenantActionsProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [suspending, setSuspending] = useState(false);
  const resume = useMutation(
    trpc.platform.tenants.resume.mutationOptions({
      onSuccess: async () => {
        onNotice({ tone: 'success', message: `${tenant.name} is active again.` });
        await queryClient.invalidateQueries(trpc.platform.tenants.list.pathFilter());
      },
      onError: (error) => {
        onNotice({ tone: 'danger', message: `${tenant.name}: ${errorMessage(error)}` });
      },
    }),
  );

  if (tenant.status === 'suspended') {
    return (
      <Button
        variant="secondary"
        size="sm"
        loading={resume.isPending}
        aria-label={`Resume ${tenant.name}`}
        onClick={() => {
          resume.mutate({ tenantId: tenant.id });
        }}
      >
        Resume
      </Button>
    );
  }
  if (tenant.status !== 'active') return null;

  return (
    <>
      <Button
        variant="ghost"
        size="sm"
        aria-label={`Suspend ${tenant.name}`}
        onClick={() => {
          setSuspending(true);
        }}
      >
        Suspend
      </Button>
      <SuspendDialog
        tenant={tenant}
        open={suspending}
        onClose={() => {
          setSuspending(false);
        }}
        onNotice={onNotice}
      />
    </>
  );
}
