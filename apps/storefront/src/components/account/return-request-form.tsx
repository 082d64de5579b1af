'use client';

import { Alert, Button, Field, Select, Textarea } from '@storeloom/ui';
import { useMutation } from '@tanstack/react-query';
import { type SubmitEvent, useId, useState } from 'react';

import { focusFirstError } from '~/components/checkout/focus-field';
import { useTRPC } from '~/trpc/react';

import type { AccountOrderLine } from './account-types';
import { type FormFailure, formFailureOf } from './form-failure';

export const RETURN_REASONS = [
  'It does not fit',
  'Not as described',
  'Arrived damaged or faulty',
  'Wrong item sent',
  'Changed my mind',
  'Other',
] as const;

const ID_PREFIX = 'return';

export interface ReturnRequestFormProps {
  orderId: string;
  /** Lines with units that may still be sent back (delivered and not yet asked back). */
  lines: readonly AccountOrderLine[];
  onRequested: (returnNumber: number) => void;
  onCancel: () => void;
}

/** Choose delivered items and how many of each, say why, and ask the store to take them back. */
export function ReturnRequestForm({
  orderId,
  lines,
  onRequested,
  onCancel,
}: ReturnRequestFormProps) {
  const trpc = useTRPC();
  const itemsHintId = useId();
  const [quantities, setQuantities] = useState<Record<string, number>>({});
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const request = useMutation(
    trpc.storefront.returns.request.mutationOptions({
      onSuccess: (created) => {
        onRequested(created.number);
      },
      onError: (error) => {
        setFailure(formFailureOf(error));
      },
    }),
  );

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const items = lines.flatMap((line) => {
      const quantity = quantities[line.orderItemId] ?? 0;
      return quantity > 0 ? [{ orderItemId: line.orderItemId, quantity }] : [];
    });
    // Checked here too, so the shopper hears about both missing choices at once.
    const fields: Record<string, string> = {};
    if (items.length === 0) fields.items = 'Choose at least one item to return';
    if (reason === '') fields.reason = 'Choose a reason';
    if (Object.keys(fields).length > 0) {
      setFailure({
        message: 'Some details need fixing: see the highlighted fields.',
        tone: 'danger',
        fields,
      });
      const firstLine = lines[0]?.orderItemId;
      if (fields.items !== undefined && firstLine !== undefined) {
        focusFirstError(ID_PREFIX, [firstLine], { [firstLine]: fields.items });
      } else {
        focusFirstError(ID_PREFIX, ['reason'], fields);
      }
      return;
    }
    setFailure(null);
    request.mutate({ orderId, items, reason, note: note.trim() || undefined });
  }

  return (
    <form noValidate onSubmit={submit} aria-label="Request a return" className="space-y-5">
      {failure !== null && <Alert tone={failure.tone}>{failure.message}</Alert>}
      <fieldset aria-describedby={itemsHintId} className="space-y-3">
        <legend className="text-sm font-medium">Items to return</legend>
        <p id={itemsHintId} className="text-xs text-muted-foreground">
          {failure?.fields.items !== undefined ? (
            <span className="font-medium text-danger">{failure.fields.items}</span>
          ) : (
            'Only delivered items can be returned.'
          )}
        </p>
        {lines.map((line) => (
          <div key={line.orderItemId} className="flex items-center justify-between gap-4">
            <label htmlFor={`${ID_PREFIX}-${line.orderItemId}`} className="min-w-0 text-sm">
              <span className="font-medium">{line.name}</span>
              {line.variantTitle !== null && (
                <span className="text-muted-foreground"> · {line.variantTitle}</span>
              )}
              <span className="sr-only">, how many to return</span>
              <span className="block text-xs text-muted-foreground">
                Up to {line.returnableQuantity}
              </span>
            </label>
            <Select
              id={`${ID_PREFIX}-${line.orderItemId}`}
              name={`quantity-${line.orderItemId}`}
              className="h-9 w-20"
              aria-invalid={failure?.fields.items !== undefined ? true : undefined}
              value={String(quantities[line.orderItemId] ?? 0)}
              onChange={(event) => {
                setQuantities((current) => ({
                  ...current,
                  [line.orderItemId]: Number(event.target.value),
                }));
              }}
            >
              {Array.from({ length: line.returnableQuantity + 1 }, (_, count) => (
                <option key={count} value={count}>
                  {count}
                </option>
              ))}
            </Select>
          </div>
        ))}
      </fieldset>
      <Field id={`${ID_PREFIX}-reason`} label="Reason" error={failure?.fields.reason} required>
        {(control) => (
          <Select
            {...control}
            name="reason"
            className="h-10"
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
            }}
          >
            <option value="">Choose a reason</option>
            {RETURN_REASONS.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field
        id={`${ID_PREFIX}-note`}
        label="Anything the store should know? (optional)"
        error={failure?.fields.note}
      >
        {(control) => (
          <Textarea
            {...control}
            name="note"
            rows={3}
            value={note}
            onChange={(event) => {
              setNote(event.target.value);
            }}
          />
        )}
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="lg" loading={request.isPending}>
          Request return
        </Button>
        <Button variant="secondary" size="lg" onClick={onCancel} disabled={request.isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
