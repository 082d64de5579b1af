'use client';

import { Alert, Button } from '@storeloom/ui';
import { useMutation } from '@tanstack/react-query';
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
import type { CheckoutView, SavedAddress, ShippingCountries } from './checkout-types';
import { countryOptions } from './countries';
import { focusFirstError } from './focus-field';
import { stepErrorOf } from './input-issues';
import { NEW_ADDRESS, SavedAddressChoice } from './saved-address-choice';
import { useAddressDraft } from './use-address-draft';

const ID_PREFIX = 'shipping';

export interface ShippingAddressStepProps {
  view: CheckoutView;
  savedAddresses: readonly SavedAddress[];
  shippingCountries: ShippingCountries;
  locale: string;
  onSaved: (view: CheckoutView) => void;
}

/** The first country the store ships to, when it names them; else the shopper chooses. */
export function defaultCountry(served: ShippingCountries): string {
  return served.everywhere ? '' : (served.countries[0] ?? '');
}

/**
 * Where the order goes: one of a signed-in shopper's saved addresses, or a new one. The server
 * decides whether it ships there and says why not ("We do not ship to Canada yet").
 */
export function ShippingAddressStep({
  view,
  savedAddresses,
  shippingCountries,
  locale,
  onSaved,
}: ShippingAddressStepProps) {
  const trpc = useTRPC();
  const save = useMutation(trpc.storefront.checkout.setShippingAddress.mutationOptions());
  const [choice, setChoice] = useState(() =>
    view.shippingAddress === null && savedAddresses[0] ? savedAddresses[0].addressId : NEW_ADDRESS,
  );
  const form = useAddressDraft(() =>
    view.shippingAddress
      ? addressDraftOf(view.shippingAddress)
      : emptyAddressDraft(defaultCountry(shippingCountries)),
  );
  const [message, setMessage] = useState<string | null>(null);
  const countries = useMemo(
    () => countryOptions(shippingCountries, locale, [form.draft.country]),
    [shippingCountries, locale, form.draft.country],
  );

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    const onError = (cause: unknown) => {
      const failure = stepErrorOf(cause, ['address'], addressIssueMessage);
      const fields = addressErrorsOf(failure.fields);
      form.setErrors(fields);
      setMessage(failure.message);
      focusFirstError(ID_PREFIX, ADDRESS_FIELD_ORDER, fields);
    };
    if (choice !== NEW_ADDRESS) {
      save.mutate(
        { checkoutId: view.checkoutId, addressId: choice },
        { onSuccess: onSaved, onError },
      );
      return;
    }
    const parsed = parseAddressDraft(form.draft);
    if (!parsed.ok) {
      form.setErrors(parsed.errors);
      setMessage('Some details need fixing: see the highlighted fields.');
      focusFirstError(ID_PREFIX, ADDRESS_FIELD_ORDER, parsed.errors);
      return;
    }
    save.mutate(
      { checkoutId: view.checkoutId, address: parsed.address },
      { onSuccess: onSaved, onError },
    );
  }

  const fields = (
    <AddressFields
      idPrefix={ID_PREFIX}
      autoCompleteSection="shipping"
      draft={form.draft}
      errors={form.errors}
      countries={countries}
      disabled={save.isPending}
      onChange={form.setField}
    />
  );

  return (
    <form noValidate onSubmit={submit} className="space-y-5">
      {message !== null && <Alert tone="danger">{message}</Alert>}
      {savedAddresses.length > 0 ? (
        <SavedAddressChoice
          name="shipping-address"
          legend="Choose a saved address or enter a new one"
          addresses={savedAddresses}
          locale={locale}
          value={choice}
          onChange={setChoice}
          newAddressForm={fields}
        />
      ) : (
        fields
      )}
      <Button type="submit" size="lg" loading={save.isPending}>
        Continue to delivery
      </Button>
    </form>
  );
}
