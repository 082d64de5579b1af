'use client';

import { errorMessage } from '@storeloom/client';
import { Alert, Button } from '@storeloom/ui';
import type { Address } from '@storeloom/validators';
import { useMutation } from '@tanstack/react-query';
import dynamic from 'next/dynamic';
import { type SubmitEvent, useMemo, useState } from 'react';

import { useTRPC } from '~/trpc/react';

import {
  ADDRESS_FIELD_ORDER,
  addressDraftOf,
  addressErrorsOf,
  addressIssueMessage,
  emptyAddressDraft,
  parseAddressDraft,
} from './address-draft';
import { AddressFields } from './address-fields';
import type { CheckoutView, PaymentMethod } from './checkout-types';
import { countryOptions } from './countries';
import { focusFirstError } from './focus-field';
import { issuesOf, stepErrorOf } from './input-issues';
import { PaymentMethodOptions } from './payment-method-options';
import { useAddressDraft } from './use-address-draft';

// Stripe.js is only fetched once a shopper picks card payment.
const StripeReadiness = dynamic(() => import('./stripe/stripe-readiness'), { ssr: false });

const ID_PREFIX = 'billing';

type Provider = PaymentMethod['provider'];
type StripeStatus = 'loading' | 'ready' | 'failed';

function sameAddress(a: Address | null, b: Address | null): boolean {
  return a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b);
}

export interface PaymentStepProps {
  view: CheckoutView;
  methods: readonly PaymentMethod[];
  locale: string;
  onSaved: (view: CheckoutView) => void;
}

/** How the shopper pays (the store's configured methods) and the billing address. */
export function PaymentStep({ view, methods, locale, onSaved }: PaymentStepProps) {
  const trpc = useTRPC();
  const setBilling = useMutation(trpc.storefront.checkout.setBillingAddress.mutationOptions());
  const setMethod = useMutation(trpc.storefront.checkout.setPaymentMethod.mutationOptions());
  const [provider, setProvider] = useState<Provider | null>(
    () => view.paymentProvider ?? methods[0]?.provider ?? null,
  );
  const [stripeStatus, setStripeStatus] = useState<StripeStatus>('loading');
  const [sameAsShipping, setSameAsShipping] = useState(
    () => view.billingAddress === null || sameAddress(view.billingAddress, view.shippingAddress),
  );
  const billing = useAddressDraft(() =>
    view.billingAddress && !sameAddress(view.billingAddress, view.shippingAddress)
      ? addressDraftOf(view.billingAddress)
      : emptyAddressDraft(view.shippingAddress?.country ?? ''),
  );
  const [message, setMessage] = useState<string | null>(null);
  const countries = useMemo(
    () => countryOptions({ countries: [], everywhere: true }, locale, [billing.draft.country]),
    [locale, billing.draft.country],
  );
  const pending = setBilling.isPending || setMethod.isPending;

  if (methods.length === 0) {
    return (
      <Alert tone="danger" title="No way to pay right now">
        This store cannot take payments at the moment. Please try again later or contact the store.
      </Alert>
    );
  }

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    if (provider === null) {
      setMessage('Choose a payment method');
      return;
    }
    if (provider === 'stripe' && stripeStatus !== 'ready') {
      setMessage(
        stripeStatus === 'failed'
          ? 'Card payments could not be loaded. Try again, or choose another payment method.'
          : 'Card payments are still loading. Try again in a moment.',
      );
      return;
    }
    let billingInput: { sameAsShipping: true } | { address: Address } = { sameAsShipping: true };
    if (!sameAsShipping) {
      const parsed = parseAddressDraft(billing.draft);
      if (!parsed.ok) {
        billing.setErrors(parsed.errors);
        setMessage('Some billing details need fixing: see the highlighted fields.');
        focusFirstError(ID_PREFIX, ADDRESS_FIELD_ORDER, parsed.errors);
        return;
      }
      billingInput = { address: parsed.address };
    }
    try {
      await setBilling.mutateAsync({ checkoutId: view.checkoutId, ...billingInput });
    } catch (cause) {
      const failure = stepErrorOf(cause, ['address'], addressIssueMessage);
      const fields = addressErrorsOf(failure.fields);
      billing.setErrors(fields);
      setMessage(
        issuesOf(cause) === null
          ? failure.message
          : 'Some billing details need fixing: see the highlighted fields.',
      );
      focusFirstError(ID_PREFIX, ADDRESS_FIELD_ORDER, fields);
      return;
    }
    try {
      onSaved(await setMethod.mutateAsync({ checkoutId: view.checkoutId, provider }));
    } catch (cause) {
      setMessage(errorMessage(cause));
    }
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="space-y-6">
      {message !== null && <Alert tone="danger">{message}</Alert>}
      <PaymentMethodOptions
        methods={methods}
        value={provider}
        onChange={(next) => {
          setProvider(next);
          setMessage(null);
        }}
        detail={(method) => {
          if (method.provider === 'stripe') {
            return (
              <StripeReadiness publishableKey={method.publishableKey} onStatus={setStripeStatus} />
            );
          }
          if (method.provider === 'manual' && method.instructions !== null) {
            return (
              <p className="text-sm whitespace-pre-line text-muted-foreground">
                {method.instructions}
              </p>
            );
          }
          return null;
        }}
      />
      <fieldset className="space-y-4">
        <legend className="mb-2 text-sm font-medium">Billing address</legend>
        <label className="flex items-center gap-3 text-sm">
          <input
            type="checkbox"
            checked={sameAsShipping}
            onChange={(event) => {
              setSameAsShipping(event.target.checked);
            }}
            className="size-4 accent-(--color-accent)"
          />
          Same as the shipping address
        </label>
        {!sameAsShipping && (
          <AddressFields
            idPrefix={ID_PREFIX}
            autoCompleteSection="billing"
            draft={billing.draft}
            errors={billing.errors}
            countries={countries}
            disabled={pending}
            onChange={billing.setField}
          />
        )}
      </fieldset>
      <Button type="submit" size="lg" loading={pending}>
        Review order
      </Button>
    </form>
  );
}
