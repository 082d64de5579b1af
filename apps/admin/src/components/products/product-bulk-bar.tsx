'use client';

import { Button, type Notice, TrashIcon } from '@storeloom/ui';
import { useState } from 'react';

import { BulkStatusButtons } from './bulk-status-buttons';
import { ChangePricesDialog } from './change-prices-dialog';
import { DeleteProductsDialog } from './delete-products-dialog';
import { productCount } from './product-count';

export interface ProductBulkBarProps {
  productIds: string[];
  onClear: () => void;
  /** Called once an action finished; the selection is cleared by the caller. */
  onDone: (notice: Notice) => void;
}

type OpenDialog = 'prices' | 'delete' | null;

/** Actions on the checked products; shown only to members with `products:write`. */
export function ProductBulkBar({ productIds, onClear, onDone }: ProductBulkBarProps) {
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [statusPending, setStatusPending] = useState(false);
  const finish = (notice: Notice) => {
    setDialog(null);
    onDone(notice);
  };

  return (
    <div
      role="toolbar"
      aria-label="Bulk actions"
      className="flex flex-wrap items-center gap-2 border-t border-border bg-accent-soft px-4 py-2"
    >
      <p className="mr-2 text-sm font-medium text-foreground">
        {productCount(productIds.length)} selected
      </p>
      <BulkStatusButtons
        productIds={productIds}
        disabled={statusPending}
        onPendingChange={setStatusPending}
        onDone={onDone}
      />
      <Button
        variant="secondary"
        size="sm"
        disabled={statusPending}
        onClick={() => {
          setDialog('prices');
        }}
      >
        Change prices
      </Button>
      <Button
        variant="secondary"
        size="sm"
        disabled={statusPending}
        onClick={() => {
          setDialog('delete');
        }}
      >
        <TrashIcon aria-hidden="true" className="size-4" />
        Delete
      </Button>
      <Button variant="ghost" size="sm" disabled={statusPending} onClick={onClear}>
        Clear selection
      </Button>
      {dialog === 'prices' && (
        <ChangePricesDialog
          productIds={productIds}
          onClose={() => {
            setDialog(null);
          }}
          onDone={finish}
        />
      )}
      {dialog === 'delete' && (
        <DeleteProductsDialog
          productIds={productIds}
          onClose={() => {
            setDialog(null);
          }}
          onDone={finish}
        />
      )}
    </div>
  );
}
