'use client';

import { errorMessage } from '@storeloom/client';
import { Button, ConfirmDialog, TrashIcon } from '@storeloom/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

import { useSingleFlight } from '~/lib/use-single-flight';
import { useTRPC } from '~/trpc/react';

export interface DeleteEstimateButtonProps {
  estimate: { id: string; number: number; status: string };
}

/** Deletes an estimate nobody agreed to, after a confirmation; then back to the list. */
export function DeleteEstimateButton({ estimate }: DeleteEstimateButtonProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const singleFlight = useSingleFlight();
  const remove = useMutation(
    trpc.estimates.remove.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.estimates.list.pathFilter());
        router.push('/estimates');
      },
    }),
  );

  return (
    <>
      <Button
        variant="ghost"
        onClick={() => {
          remove.reset();
          setOpen(true);
        }}
      >
        <TrashIcon className="size-4" />
        Delete
      </Button>
      <ConfirmDialog
        open={open}
        tone="danger"
        title={`Delete estimate #${String(estimate.number)}?`}
        description={
          estimate.status === 'sent'
            ? 'The customer’s link stops working. This cannot be undone.'
            : 'This cannot be undone.'
        }
        confirmLabel="Delete estimate"
        pending={remove.isPending || remove.isSuccess}
        error={remove.isError ? errorMessage(remove.error) : null}
        onConfirm={() => {
          singleFlight(() => remove.mutateAsync({ estimateId: estimate.id }));
        }}
        onCancel={() => {
          setOpen(false);
        }}
      />
    </>
  );
}
