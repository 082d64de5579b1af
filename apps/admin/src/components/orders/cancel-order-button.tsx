'use client';

import type { RouterOutputs } from '@storeloom/api';
import { errorMessage, fieldErrorsOf } from '@storeloom/client';
import { Button, ConfirmDialog, Field, Money, Textarea } from '@storeloom/ui';
import { cancelOrderInputSchema } from '@storeloom/validators';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { localFieldErrors } from '~/lib/form-errors';
import { useTRPC } from '~/trpc/react';

import type { Notice } from '@storeloom/ui';

type Order = RouterOutputs['orders']['get'];

export interface CancelOrderButtonProps {
  order: Order;
  locale: string;
  onNotice: (notice: Notice) => void;
}

/** What cancelling does to this order, as `orders.cancel` does it. */
function consequences(order: Order, locale: string) {
  const held = order.paidTotal - order.refundedTotal;
  if (held <= 0) {
    return 'The stock held for it is released and the order is closed. Nothing was paid, so nothing is refunded.';
  }
  return (
    <>
      The sold units go back on hand and the{' '}
      <Money amountMinor={held} currency={order.currency} locale={locale} /> still held is refunded
      in full: card and PayPal payments through their provider, manual payments are recorded as
      refunded for you to pay back. This cannot be undone.
    </>
  );
}

/** Cancels an order that has not shipped, after a confirmation with a reason. */
export function CancelOrderButton({ order, locale, onNotice }: CancelOrderButtonProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const cancel = useMutation(
    trpc.orders.cancel.mutationOptions({
      onSuccess: async (result) => {
        setOpen(false);
        onNotice({ tone: 'success', message: `Order #${String(result.number)} cancelled.` });
        await queryClient.invalidateQueries(trpc.orders.pathFilter());
      },
    }),
  );
  const serverErrors = cancel.isError ? fieldErrorsOf(cancel.error) : {};
  const errors = { ...serverErrors, ...localErrors };
  const formError =
    cancel.isError && Object.keys(serverErrors).length === 0 ? errorMessage(cancel.error) : null;

  return (
    <>
      <Button
        variant="secondary"
        onClick={() => {
          cancel.reset();
          setReason('');
          setLocalErrors({});
          setOpen(true);
        }}
      >
        Cancel order
      </Button>
      <ConfirmDialog
        open={open}
        tone="danger"
        title={`Cancel order #${String(order.number)}?`}
        description={consequences(order, locale)}
        confirmLabel="Cancel order"
        pending={cancel.isPending}
        error={formError}
        onCancel={() => {
          setOpen(false);
        }}
        onConfirm={() => {
          if (cancel.isPending) return;
          const parsed = cancelOrderInputSchema.safeParse({ orderId: order.id, reason });
          if (!parsed.success) {
            setLocalErrors(localFieldErrors(parsed.error));
            return;
          }
          setLocalErrors({});
          cancel.mutate(parsed.data);
        }}
      >
        <Field id="cancel-reason" label="Reason" required error={errors.reason}>
          {(control) => (
            <Textarea
              {...control}
              name="reason"
              rows={2}
              placeholder="Customer asked to cancel, out of stock…"
              value={reason}
              onChange={(event) => {
                setReason(event.target.value);
              }}
            />
          )}
        </Field>
      </ConfirmDialog>
    </>
  );
}
