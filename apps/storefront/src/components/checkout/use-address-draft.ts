'use client';

import { useState } from 'react';

import type { AddressDraft, AddressErrors, AddressField } from './address-draft';

// The account's address book uses this hook too, and reads the order from here.
export { ADDRESS_FIELD_ORDER } from './address-draft';

/** An address form's values and errors; editing a field clears its error. */
export function useAddressDraft(initial: () => AddressDraft) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<AddressErrors>({});
  function setField(field: AddressField, value: string) {
    setDraft((current) => ({ ...current, [field]: value }));
    setErrors((current) => {
      if (current[field] === undefined) return current;
      const { [field]: _cleared, ...rest } = current;
      return rest;
    });
  }
  return { draft, errors, setErrors, setField };
}
