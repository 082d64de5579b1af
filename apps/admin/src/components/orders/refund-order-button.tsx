'use client';

import type { RouterOutputs } from '@storeloom/api';
import { errorMessage, fieldErrorsOf } from '@storeloom/client';
import { Button, ConfirmDialog, Field, formatMoney, Input, Money, Textarea } from '@storeloom/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { emptyRefundDraft, lineField, readRefundDraft, type RefundDraft } from '~/lib/refund-form';
import { useTRPC } from '~/trpc/react';

import type { Notice } from '@storeloom/ui';

type Order = RouterOutputs['orders']['get'];

export interface RefundOrderButtonProps {
  order: Order;
  locale: string;
  onNotice: (notice: Notice) => void;
}

/** A fresh key per opening of the dialog: a double click or a retry sends the same one. */
const newIdempotencyKey = () => `admin-refund:${crypto.randomUUID()}`;

/**
 * Refunds units of chosen lines, shipping and/or another amount, with a reason. The key made
 * when the dialog opens travels with every attempt, so the money goes back once however often
 * "Refund" is pressed.
 */
export function RefundOrderButton({ order, locale, onNotice }: RefundOrderButtonProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<RefundDraft>(() => emptyRefundDraft(order));
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const refund = useMutation(
    trpc.orders.refund.mutationOptions({
      onSuccess: async (result) => {
        setOpen(false);
        onNotice({
          tone: 'success',
          message: `Refunded ${formatMoney(result.amount, result.currency, locale)}.`,
        });
        await queryClient.invalidateQueries(trpc.orders.pathFilter());
      },
    }),
  );
  const preview = readRefundDraft(order, draft, { idempotencyKey, locale });
  const serverErrors = refund.isError ? fieldErrorsOf(refund.error) : {};
  const errors = { ...serverErrors, ...localErrors };
  // Errors of parts without a field of their own (the lines as a whole, shipping) show above.
  const formError =
    errors.form ??
    errors.items ??
    errors.shipping ??
    (refund.isError && Object.keys(serverErrors).length === 0 ? errorMessage(refund.error) : null);
  const money = (amountMinor: number) => (
    <Money amountMinor={amountMinor} currency={order.currency} locale={locale} />
  );
  const setQuantity = (orderItemId: string, value: string) => {
    setDraft((current) => ({
      ...current,
      quantities: { ...current.quantities, [orderItemId]: value },
    }));
  };

  return (
    <>
      <Button
        variant="secondary"
        onClick={() => {
          refund.reset();
          setDraft(emptyRefundDraft(order));
          setIdempotencyKey(newIdempotencyKey());
          setLocalErrors({});
          setOpen(true);
        }}
      >
        Refund
      </Button>
      <ConfirmDialog
        open={open}
        title={`Refund order #${String(order.number)}`}
        description={
          <>
            Up to {money(order.refundable)} can still be refunded (paid {money(order.paidTotal)}
            {order.refundedTotal > 0 && <>, refunded {money(order.refundedTotal)}</>}). The money
            goes back the way it was paid; stock is not changed (a return restocks).
          </>
        }
        confirmLabel={
          preview.amount > 0
            ? `Refund ${formatMoney(preview.amount, order.currency, locale)}`
            : 'Refund'
        }
        tone="danger"
        pending={refund.isPending}
        error={formError}
        onCancel={() => {
          setOpen(false);
        }}
        onConfirm={() => {
          if (refund.isPending) return;
          const result = readRefundDraft(order, draft, { idempotencyKey, locale });
          if (!result.ok) {
            setLocalErrors(result.errors);
            return;
          }
          setLocalErrors({});
          refund.mutate(result.input);
        }}
      >
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">Units to refund</legend>
          {order.items.map((item) => (
            <Field
              key={item.id}
              id={`refund-${item.id}`}
              label={`${item.name}${item.variantTitle ? ` · ${item.variantTitle}` : ''}`}
              hint={
                <>
                  {item.quantity} bought at {money(item.unitPrice)}; line total {money(item.total)}
                </>
              }
              error={errors[lineField(item.id)]}
            >
              {(control) => (
                <Input
                  {...control}
                  name={lineField(item.id)}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={item.quantity}
                  step={1}
                  placeholder="0"
                  className="max-w-24"
                  value={draft.quantities[item.id] ?? ''}
                  onChange={(event) => {
                    setQuantity(item.id, event.target.value);
                  }}
                />
              )}
            </Field>
          ))}
        </fieldset>
        {order.shippingTotal > 0 && (
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="shipping"
              checked={draft.shipping}
              onChange={(event) => {
                const { checked } = event.target;
                setDraft((current) => ({ ...current, shipping: checked }));
              }}
            />
            Refund shipping ({money(order.shippingTotal)})
          </label>
        )}
        <Field
          id="refund-amount"
          label="Other amount"
          hint="A goodwill amount on top of the units, e.g. 5 or 12.50"
          error={errors.amount}
        >
          {(control) => (
            <Input
              {...control}
              name="amount"
              inputMode="decimal"
              autoComplete="off"
              className="max-w-32"
              value={draft.otherAmount}
              onChange={(event) => {
                const { value } = event.target;
                setDraft((current) => ({ ...current, otherAmount: value }));
              }}
            />
          )}
        </Field>
        <Field id="refund-reason" label="Reason" required error={errors.reason}>
          {(control) => (
            <Textarea
              {...control}
              name="reason"
              rows={2}
              value={draft.reason}
              onChange={(event) => {
                const { value } = event.target;
                setDraft((current) => ({ ...current, reason: value }));
              }}
            />
          )}
        </Field>
      </ConfirmDialog>
    </>
  );
}
