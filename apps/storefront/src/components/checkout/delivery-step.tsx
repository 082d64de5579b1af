'use client';

import { Alert, Button, cn, formatMoney } from '@storeloom/ui';
import { useMutation } from '@tanstack/react-query';
import { type SubmitEvent, useState } from 'react';

import { errorMessage } from '@storeloom/client';

import { useTRPC } from '~/trpc/react';

import type { CheckoutView, ShippingOption, StoreMoney } from './checkout-types';
import { deliveryEstimate } from './delivery-estimate';

export function shippingPrice(option: ShippingOption, money: StoreMoney): string {
  return option.price === 0 ? 'Free' : formatMoney(option.price, money.currency, money.locale);
}

export interface DeliveryStepProps {
  view: CheckoutView;
  money: StoreMoney;
  onSaved: (view: CheckoutView) => void;
  onChangeAddress: () => void;
}

/** The delivery options the address gets, each with its price and estimate from the server. */
export function DeliveryStep({ view, money, onSaved, onChangeAddress }: DeliveryStepProps) {
  const trpc = useTRPC();
  const save = useMutation(trpc.storefront.checkout.setShippingTier.mutationOptions());
  const options = view.summary.shippingOptions;
  const [tierCode, setTierCode] = useState(
    () => view.shippingTierCode ?? options[0]?.tierCode ?? '',
  );
  const [message, setMessage] = useState<string | null>(null);

  if (options.length === 0) {
    return (
      <Alert
        tone="warning"
        title="No delivery to this address"
        actions={
          <Button variant="secondary" onClick={onChangeAddress}>
            Change the address
          </Button>
        }
      >
        {view.summary.shippingUnavailableReason ?? 'Nothing in this order ships to that address.'}
      </Alert>
    );
  }

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!options.some((option) => option.tierCode === tierCode)) {
      setMessage('Choose a delivery option');
      return;
    }
    setMessage(null);
    save.mutate(
      { checkoutId: view.checkoutId, tierCode },
      {
        onSuccess: onSaved,
        onError: (cause) => {
          setMessage(errorMessage(cause));
        },
      },
    );
  }

  return (
    <form noValidate onSubmit={submit} className="space-y-5">
      {message !== null && <Alert tone="danger">{message}</Alert>}
      <fieldset className="space-y-2">
        <legend className="sr-only">Delivery options</legend>
        {options.map((option) => {
          const checked = option.tierCode === tierCode;
          const estimate = deliveryEstimate(option);
          return (
            <label
              key={option.tierCode}
              className={cn(
                'flex cursor-pointer items-center gap-3 rounded-md border p-4 text-sm has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent',
                checked
                  ? 'border-foreground bg-surface-muted'
                  : 'border-border hover:bg-surface-muted',
              )}
            >
              <input
                type="radio"
                name="delivery"
                value={option.tierCode}
                checked={checked}
                onChange={() => {
                  setTierCode(option.tierCode);
                }}
                className="size-4 accent-(--color-accent)"
              />
              <span className="flex-1">
                <span className="block font-medium">{option.name}</span>
                {estimate !== null && (
                  <span className="block text-muted-foreground">Delivered in {estimate}</span>
                )}
              </span>
              <span className="font-medium tabular-nums">{shippingPrice(option, money)}</span>
            </label>
          );
        })}
      </fieldset>
      <Button type="submit" size="lg" loading={save.isPending}>
        Continue to payment
      </Button>
    </form>
  );
}
