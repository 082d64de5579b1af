'use client';

import { errorMessage, fieldErrorsOf } from '@storeloom/client';
import { ConfirmDialog, Field, Input, type Notice } from '@storeloom/ui';
import { bulkChangePricesInputSchema } from '@storeloom/validators';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';

import { localFieldErrors } from '~/lib/form-errors';
import { useTRPC } from '~/trpc/react';

import { productCount } from './product-count';
import { useRefreshProducts } from './use-refresh-products';

export interface ChangePricesDialogProps {
  productIds: string[];
  onClose: () => void;
  onDone: (notice: Notice) => void;
}

/** "10" or "-12.5" as basis points; null when it is not a number at all. */
function percentToBps(text: string): number | null {
  const percent = Number(text.trim().replace(',', '.'));
  return text.trim() === '' || !Number.isFinite(percent) ? null : Math.round(percent * 100);
}

/**
 * Raises or lowers every variant price of the selected products by a percentage, the one kind of
 * change `products.bulkChangePrices` makes; checked with its shared schema before it is sent.
 */
export function ChangePricesDialog({ productIds, onClose, onDone }: ChangePricesDialogProps) {
  const trpc = useTRPC();
  const refresh = useRefreshProducts();
  const [percent, setPercent] = useState('');
  const [includeCompareAt, setIncludeCompareAt] = useState(false);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const change = useMutation(
    trpc.products.bulkChangePrices.mutationOptions({
      onSuccess: async (result) => {
        await refresh();
        onDone({
          tone: 'success',
          message: `Prices changed on ${result.variants.toLocaleString('en')} variants of ${productCount(result.products)}.`,
        });
      },
    }),
  );
  const serverErrors = change.isError ? fieldErrorsOf(change.error) : {};
  const percentError = localErrors.percentBps ?? serverErrors.percentBps;
  const formError =
    change.isError && percentError === undefined ? errorMessage(change.error) : null;

  return (
    <ConfirmDialog
      open
      title={`Change prices of ${productCount(productIds.length)}`}
      description="Every variant's price moves by the same percentage, rounded to the cent. Use a minus sign to lower prices."
      confirmLabel="Change prices"
      pending={change.isPending}
      error={formError}
      onCancel={onClose}
      onConfirm={() => {
        const percentBps = percentToBps(percent);
        if (percentBps === null || percentBps === 0) {
          setLocalErrors({ percentBps: 'Enter a percentage other than 0, e.g. 10 or -15' });
          return;
        }
        const parsed = bulkChangePricesInputSchema.safeParse({
          selection: { productIds },
          percentBps,
          includeCompareAt,
        });
        if (!parsed.success) {
          setLocalErrors(localFieldErrors(parsed.error));
          return;
        }
        setLocalErrors({});
        change.mutate(parsed.data);
      }}
    >
      <Field id="bulk-price-percent" label="Change by (%)" error={percentError}>
        {(control) => (
          <Input
            {...control}
            name="percent"
            inputMode="decimal"
            autoFocus
            placeholder="10 or -15"
            value={percent}
            onChange={(event) => {
              setPercent(event.target.value);
            }}
          />
        )}
      </Field>
      <label className="flex items-center gap-2 text-sm text-foreground">
        <input
          type="checkbox"
          className="size-4 rounded border-border accent-accent"
          checked={includeCompareAt}
          onChange={(event) => {
            setIncludeCompareAt(event.target.checked);
          }}
        />
        Also change compare-at prices
      </label>
    </ConfirmDialog>
  );
}
