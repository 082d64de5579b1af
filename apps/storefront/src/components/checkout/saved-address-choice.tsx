'use client';

import { cn } from '@storeloom/ui';
import type { ReactNode } from 'react';

import { addressLines, addressOfSaved } from './address-block';
import type { SavedAddress } from './checkout-types';

export const NEW_ADDRESS = 'new';

export interface SavedAddressChoiceProps {
  name: string;
  legend: string;
  addresses: readonly SavedAddress[];
  locale: string;
  /** An address id, or NEW_ADDRESS. */
  value: string;
  onChange: (value: string) => void;
  /** The form for a new address, shown under its option while chosen. */
  newAddressForm: ReactNode;
}

function optionClassName(checked: boolean) {
  return cn(
    'flex cursor-pointer gap-3 rounded-md border p-3 text-sm has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent',
    checked ? 'border-foreground bg-surface-muted' : 'border-border hover:bg-surface-muted',
  );
}

/** A signed-in shopper's address book as radio options, plus "Use a new address". */
export function SavedAddressChoice({
  name,
  legend,
  addresses,
  locale,
  value,
  onChange,
  newAddressForm,
}: SavedAddressChoiceProps) {
  return (
    <fieldset className="space-y-2">
      <legend className="mb-2 text-sm font-medium">{legend}</legend>
      {addresses.map((address) => {
        const [first, ...rest] = addressLines(addressOfSaved(address), locale);
        const checked = value === address.addressId;
        return (
          <label key={address.addressId} className={optionClassName(checked)}>
            <input
              type="radio"
              name={name}
              value={address.addressId}
              checked={checked}
              onChange={() => {
                onChange(address.addressId);
              }}
              className="mt-0.5 size-4 accent-(--color-accent)"
            />
            <span>
              <span className="block font-medium">{first}</span>
              <span className="block text-muted-foreground">{rest.join(', ')}</span>
            </span>
          </label>
        );
      })}
      <label className={optionClassName(value === NEW_ADDRESS)}>
        <input
          type="radio"
          name={name}
          value={NEW_ADDRESS}
          checked={value === NEW_ADDRESS}
          onChange={() => {
            onChange(NEW_ADDRESS);
          }}
          className="mt-0.5 size-4 accent-(--color-accent)"
        />
        <span className="font-medium">Use a new address</span>
      </label>
      {value === NEW_ADDRESS && <div className="pt-3">{newAddressForm}</div>}
    </fieldset>
  );
}
