'use client';

import { errorMessage } from '@storeloom/client';
import { ConfirmDialog, type Notice } from '@storeloom/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';

import { useTRPC } from '~/trpc/react';

import { productCount } from './product-count';
import { useRefreshProducts } from './use-refresh-products';

export interface DeleteProductsDialogProps {
  productIds: string[];
  onClose: () => void;
  onDone: (notice: Notice) => void;
}

/**
 * Deletes the selected products one by one with `products.delete`, which refuses products that
 * are not archived (so nothing leaves the storefront by one click) and those with reserved stock.
 * The outcome names how many went and the first reason one could not.
 */
export function DeleteProductsDialog({ productIds, onClose, onDone }: DeleteProductsDialogProps) {
  const trpc = useTRPC();
  const refresh = useRefreshProducts();
  const deleteOne = useMutation(trpc.products.delete.mutationOptions());
  const [pending, setPending] = useState(false);

  async function deleteAll() {
    setPending(true);
    const failures: string[] = [];
    // One after another: each delete is its own transaction and audit entry.
    for (const productId of productIds) {
      try {
        await deleteOne.mutateAsync({ productId });
      } catch (error) {
        failures.push(errorMessage(error));
      }
    }
    await refresh();
    setPending(false);
    const deleted = productIds.length - failures.length;
    onDone(
      failures.length === 0
        ? { tone: 'success', message: `${productCount(deleted)} deleted.` }
        : {
            tone: 'danger',
            message: `${productCount(deleted)} deleted; ${productCount(failures.length)} could not be: ${failures[0] ?? ''}${failures.length > 1 ? ' (and others)' : ''}`,
          },
    );
  }

  return (
    <ConfirmDialog
      open
      tone="danger"
      title={`Delete ${productCount(productIds.length)}?`}
      description="Only archived products can be deleted; archive the others first. Orders keep their own copy of what was bought. This cannot be undone."
      confirmLabel={`Delete ${productCount(productIds.length)}`}
      pending={pending}
      onCancel={onClose}
      onConfirm={() => {
        if (!pending) void deleteAll();
      }}
    />
  );
}
