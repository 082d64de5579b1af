'use client';

import { errorMessage } from '@storeloom/client';
import { Button, statusLabel, type Notice } from '@storeloom/ui';
import type { ProductStatus } from '@storeloom/validators';
import { useMutation } from '@tanstack/react-query';

import { useTRPC } from '~/trpc/react';

import { productCount } from './product-count';
import { useRefreshProducts } from './use-refresh-products';

const actions: { status: ProductStatus; label: string }[] = [
  { status: 'active', label: 'Set active' },
  { status: 'draft', label: 'Set draft' },
  { status: 'archived', label: 'Archive' },
];

export interface BulkStatusButtonsProps {
  productIds: string[];
  disabled: boolean;
  onPendingChange: (pending: boolean) => void;
  onDone: (notice: Notice) => void;
}

/** Sets the status of the selected products in one request (one transaction, one audit entry). */
export function BulkStatusButtons({
  productIds,
  disabled,
  onPendingChange,
  onDone,
}: BulkStatusButtonsProps) {
  const trpc = useTRPC();
  const refresh = useRefreshProducts();
  const setStatus = useMutation(
    trpc.products.bulkSetStatus.mutationOptions({
      onMutate: () => {
        onPendingChange(true);
      },
      onSuccess: async (result, input) => {
        await refresh();
        const unchanged = result.products - result.changed;
        onDone({
          tone: 'success',
          message:
            `${productCount(result.changed)} set to ${statusLabel(input.status).toLowerCase()}.` +
            (unchanged > 0 ? ` ${productCount(unchanged)} already had that status.` : ''),
        });
      },
      onError: (error) => {
        onDone({ tone: 'danger', message: errorMessage(error) });
      },
      onSettled: () => {
        onPendingChange(false);
      },
    }),
  );

  return (
    <>
      {actions.map(({ status, label }) => (
        <Button
          key={status}
          variant="secondary"
          size="sm"
          disabled={disabled}
          loading={setStatus.isPending && setStatus.variables.status === status}
          onClick={() => {
            setStatus.mutate({ productIds, status });
          }}
        >
          {label}
        </Button>
      ))}
    </>
  );
}
