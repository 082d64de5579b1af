'use client';

import { Alert, Button } from '@storeloom/ui';
import { useMutation } from '@tanstack/react-query';
import { type SubmitEvent, useState } from 'react';

import type { CountryOption } from '~/components/cart/country-options';
import {
  ADDRESS_FIELD_ORDER,
  addressDraftOf,
  addressErrorsOf,
  addressIssueMessage,
  emptyAddressDraft,
  parseAddressDraft,
} from '~/components/checkout/address-draft';
import { addressOfSaved } from '~/components/checkout/address-block';
import { AddressFields } from '~/components/checkout/address-fields';
import { focusFirstError } from '~/components/checkout/focus-field';
import { stepErrorOf } from '~/components/checkout/input-issues';
import { useAddressDraft } from '~/components/checkout/use-address-draft';
import { useTRPC } from '~/trpc/react';

import type { SavedAddress } from './account-types';
import { addOption } from './country-choices';

export interface AddressEditorProps {
  /** The address being edited; undefined adds a new one. */
  address?: SavedAddress;
  /** A book's first address becomes the default either way; the boxes then say so. */
  isFirst: boolean;
  countries: readonly CountryOption[];
  defaultCountry: string;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** Adds or edits one address book entry, with the checkout's fields and messages. */
export function AddressEditor({
  address,
  isFirst,
  countries,
  defaultCountry,
  onSaved,
  onCancel,
}: AddressEditorProps) {
  const trpc = useTRPC();
  const idPrefix = address === undefined ? 'new-address' : `address-${address.addressId}`;
  const form = useAddressDraft(() =>
    address === undefined
      ? emptyAddressDraft(defaultCountry)
      : addressDraftOf(addressOfSaved(address)),
  );
  const [defaults, setDefaults] = useState({
    isDefaultShipping: address?.isDefaultShipping ?? isFirst,
    isDefaultBilling: address?.isDefaultBilling ?? isFirst,
  });
  const [message, setMessage] = useState<string | null>(null);

  const onError = (error: unknown) => {
    const failure = stepErrorOf(error, [], addressIssueMessage);
    const fields = addressErrorsOf(failure.fields);
    form.setErrors(fields);
    setMessage(failure.message);
    focusFirstError(idPrefix, ADDRESS_FIELD_ORDER, fields);
  };
  const create = useMutation(
    trpc.storefront.account.addresses.create.mutationOptions({
      onSuccess: () => {
        onSaved('Address added.');
      },
      onError,
    }),
  );
  const update = useMutation(
    trpc.storefront.account.addresses.update.mutationOptions({
      onSuccess: () => {
        onSaved('Address saved.');
      },
      onError,
    }),
  );
  const pending = create.isPending || update.isPending;

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    const parsed = parseAddressDraft(form.draft);
    if (!parsed.ok) {
      form.setErrors(parsed.errors);
      setMessage('Some details need fixing: see the highlighted fields.');
      focusFirstError(idPrefix, ADDRESS_FIELD_ORDER, parsed.errors);
      return;
    }
    // A default is only ever moved to another address, never switched off by unticking it.
    const input = {
      ...parsed.address,
      isDefaultShipping: defaults.isDefaultShipping || undefined,
      isDefaultBilling: defaults.isDefaultBilling || undefined,
    };
    if (address === undefined) create.mutate(input);
    else update.mutate({ ...input, addressId: address.addressId });
  }

  const checkbox = (key: keyof typeof defaults, label: string) => {
    const locked = isFirst || (address?.[key] ?? false);
    return (
      <div className="flex items-center gap-2.5">
        <input
          id={`${idPrefix}-${key}`}
          type="checkbox"
          checked={defaults[key]}
          disabled={locked || pending}
          onChange={(event) => {
            setDefaults((current) => ({ ...current, [key]: event.target.checked }));
          }}
          className="size-4 shrink-0 rounded border-border-strong accent-accent"
        />
        <label htmlFor={`${idPrefix}-${key}`} className="text-sm">
          {label}
        </label>
      </div>
    );
  };

  return (
    <form
      noValidate
      onSubmit={submit}
      aria-label={address === undefined ? 'New address' : 'Edit address'}
      className="space-y-5"
    >
      {message !== null && <Alert tone="danger">{message}</Alert>}
      <AddressFields
        idPrefix={idPrefix}
        autoCompleteSection="shipping"
        draft={form.draft}
        errors={form.errors}
        countries={addOption(countries, form.draft.country)}
        disabled={pending}
        onChange={form.setField}
      />
      <fieldset className="space-y-2">
        <legend className="mb-1 text-sm font-medium">Defaults</legend>
        {checkbox('isDefaultShipping', 'Use as my default shipping address')}
        {checkbox('isDefaultBilling', 'Use as my default billing address')}
      </fieldset>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="lg" loading={pending}>
          {address === undefined ? 'Add address' : 'Save address'}
        </Button>
        <Button variant="secondary" size="lg" onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
