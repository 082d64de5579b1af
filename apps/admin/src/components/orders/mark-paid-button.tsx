'use client';

import type { RouterOutputs } from '@storeloom/api';
import { errorMessage, fieldErrorsOf } from '@storeloom/client';
import { Button, ConfirmDialog, Field, Input, Money } from '@storeloom/ui';
import { markOrderPaidInputSchema } from '@storeloom/validators';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { amountDue } from '~/lib/order-actions';
import { localFieldErrors } from '~/lib/form-errors';
import { useTRPC } from '~/trpc/react';

import type { Notice } from '@storeloom/ui';

type Order = RouterOutputs['orders']['get'];

export interface MarkPaidButtonProps {
  order: Order;
  locale: string;
  onNotice: (notice: Notice) => void;
}

/** Records money received outside the platform (bank transfer, cash) for what is left to pay. */
export function MarkPaidButton({ order, locale, onNotice }: MarkPaidButtonProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reference, setReference] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const markPaid = useMutation(
    trpc.orders.markPaid.mutationOptions({
      onSuccess: async () => {
        setOpen(false);
        onNotice({ tone: 'success', message: `Order #${String(order.number)} marked as paid.` });
        await queryClient.invalidateQueries(trpc.orders.pathFilter());
      },
    }),
  );
  const serverErrors = markPaid.isError ? fieldErrorsOf(markPaid.error) : {};
  const errors = { ...serverErrors, ...localErrors };
  const formError =
    markPaid.isError && Object.keys(serverErrors).length === 0
      ? errorMessage(markPaid.error)
      : null;

  return (
    <>
      <Button
        onClick={() => {
          markPaid.reset();
          setReference('');
          setLocalErrors({});
          setOpen(true);
        }}
      >
        Mark as paid
      </Button>
      <ConfirmDialog
        open={open}
        title={`Mark order #${String(order.number)} as paid?`}
        description={
          <>
            Records{' '}
            <Money amountMinor={amountDue(order)} currency={order.currency} locale={locale} /> as
            received outside the store (bank transfer, cash). The order moves to paid and its stock
            is taken off the shelves.
          </>
        }
        confirmLabel="Mark as paid"
        pending={markPaid.isPending}
        error={formError}
        onCancel={() => {
          setOpen(false);
        }}
        onConfirm={() => {
          if (markPaid.isPending) return;
          const parsed = markOrderPaidInputSchema.safeParse({
            orderId: order.id,
            reference: reference.trim() === '' ? undefined : reference,
          });
          if (!parsed.success) {
            setLocalErrors(localFieldErrors(parsed.error));
            return;
          }
          setLocalErrors({});
          markPaid.mutate(parsed.data);
        }}
      >
        <Field
          id="mark-paid-reference"
          label="Reference"
          hint="Optional: the transfer reference, “cash”…"
          error={errors.reference}
        >
          {(control) => (
            <Input
              {...control}
              name="reference"
              autoComplete="off"
              value={reference}
              onChange={(event) => {
                setReference(event.target.value);
              }}
            />
          )}
        </Field>
      </ConfirmDialog>
    </>
  );
}
