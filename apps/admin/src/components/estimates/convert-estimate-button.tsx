'use client';

import { errorMessage } from '@storeloom/client';
import { Button, ConfirmDialog, ReceiptIcon } from '@storeloom/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

import { useSingleFlight } from '~/lib/use-single-flight';
import { useTRPC } from '~/trpc/react';

export interface ConvertEstimateButtonProps {
  estimate: { id: string; number: number };
}

/**
 * Turns an accepted estimate into an order awaiting payment (costs kept, stock held), after a
 * confirmation; then opens the order. The server makes one order however often it is asked.
 */
export function ConvertEstimateButton({ estimate }: ConvertEstimateButtonProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const singleFlight = useSingleFlight();
  const convert = useMutation(
    trpc.estimates.convert.mutationOptions({
      onSuccess: async ({ orderId }) => {
        await queryClient.invalidateQueries(trpc.estimates.pathFilter());
        await queryClient.invalidateQueries(trpc.orders.list.pathFilter());
        router.push(`/orders/${orderId}`);
      },
    }),
  );

  return (
    <>
      <Button
        onClick={() => {
          convert.reset();
          setOpen(true);
        }}
      >
        <ReceiptIcon className="size-4" />
        Convert to order
      </Button>
      <ConfirmDialog
        open={open}
        title={`Convert estimate #${String(estimate.number)} to an order?`}
        description="An order awaiting payment is created with the same lines, prices and costs, and stock is held for its products."
        confirmLabel="Create order"
        pending={convert.isPending || convert.isSuccess}
        error={convert.isError ? errorMessage(convert.error) : null}
        onConfirm={() => {
          singleFlight(() => convert.mutateAsync({ estimateId: estimate.id }));
        }}
        onCancel={() => {
          setOpen(false);
        }}
      />
    </>
  );
}
