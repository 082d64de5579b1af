'use client';

import type { RouterOutputs } from '@storeloom/api';
import { errorMessage } from '@storeloom/client';
import { Button, ConfirmDialog, Money } from '@storeloom/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { paymentProviderLabels } from '~/lib/order-actions';
import { useTRPC } from '~/trpc/react';

import type { Notice } from '@storeloom/ui';

type Order = RouterOutputs['orders']['get'];
type Payment = Order['payments'][number];

export interface CapturePaymentButtonProps {
  order: Order;
  /** The authorised card or PayPal payment to capture. */
  payment: Payment;
  locale: string;
  onNotice: (notice: Notice) => void;
}

/** Takes the money of an authorised payment at its provider (manual capture mode). */
export function CapturePaymentButton({
  order,
  payment,
  locale,
  onNotice,
}: CapturePaymentButtonProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const provider = paymentProviderLabels[payment.provider];
  const capture = useMutation(
    trpc.orders.capturePayment.mutationOptions({
      onSuccess: async () => {
        setOpen(false);
        onNotice({ tone: 'success', message: `Payment captured with ${provider}.` });
        await queryClient.invalidateQueries(trpc.orders.pathFilter());
      },
    }),
  );

  return (
    <>
      <Button
        onClick={() => {
          capture.reset();
          setOpen(true);
        }}
      >
        Capture payment
      </Button>
      <ConfirmDialog
        open={open}
        title={`Capture the ${provider} payment?`}
        description={
          <>
            Takes the authorised{' '}
            <Money amountMinor={payment.amount} currency={payment.currency} locale={locale} /> from
            the customer through {provider}. The order becomes paid.
          </>
        }
        confirmLabel="Capture payment"
        pending={capture.isPending}
        error={capture.isError ? errorMessage(capture.error) : null}
        onCancel={() => {
          setOpen(false);
        }}
        onConfirm={() => {
          if (capture.isPending) return;
          capture.mutate({ orderId: order.id, paymentId: payment.id });
        }}
      />
    </>
  );
}
