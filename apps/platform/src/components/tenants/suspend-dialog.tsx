'use client';

import { errorMessage, fieldErrorsOf } from '@storeloom/client';
import { ConfirmDialog, Field, Textarea } from '@storeloom/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { useTRPC } from '~/trpc/react';

import type { Notice } from '@storeloom/ui';

export interface SuspendDialogProps {
  tenant: { id: string; name: string };
  open: boolean;
  onClose: () => void;
  onNotice: (notice: Notice) => void;
}

/** Suspending locks out every member and takes the storefront down, so it needs a reason (audited). */
export function SuspendDialog({ tenant, open, onClose, onNotice }: SuspendDialogProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const suspend = useMutation(
    trpc.platform.tenants.suspend.mutationOptions({
      onSuccess: async () => {
        setReason('');
        onClose();
        onNotice({ tone: 'success', message: `${tenant.name} is suspended.` });
        await queryClient.invalidateQueries(trpc.platform.tenants.list.pathFilter());
      },
    }),
  );
  const fieldErrors = suspend.isError ? fieldErrorsOf(suspend.error) : {};
  const formError =
    suspend.isError && fieldErrors.reason === undefined ? errorMessage(suspend.error) : null;

  return (
    <ConfirmDialog
      open={open}
      tone="danger"
      title={`Suspend ${tenant.name}?`}
      description="Its storefront stops serving shoppers and its members are locked out of the admin until the store is resumed."
      confirmLabel="Suspend store"
      pending={suspend.isPending}
      error={formError}
      onCancel={() => {
        suspend.reset();
        onClose();
      }}
      onConfirm={() => {
        suspend.mutate({ tenantId: tenant.id, reason });
      }}
    >
      <Field
        id={`suspend-reason-${tenant.id}`}
        label="Reason"
        hint="Recorded in the audit log. Visible to operators only."
        error={fieldErrors.reason}
        required
      >
        {(control) => (
          <Textarea
            {...control}
            name="reason"
            rows={3}
            maxLength={500}
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
            }}
          />
        )}
      </Field>
    </ConfirmDialog>
  );
}
