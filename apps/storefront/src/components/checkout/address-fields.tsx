'use client';

import { Field, Input, Select } from '@storeloom/ui';

import type { AddressDraft, AddressErrors, AddressField } from './address-draft';
import type { CountryOption } from './countries';

export interface AddressFieldsProps {
  /** Prefixes every control id, so a shipping and a billing form can share a page. */
  idPrefix: string;
  /** "shipping" or "billing", for the browser's autofill sections. */
  autoCompleteSection: 'shipping' | 'billing';
  draft: AddressDraft;
  errors: AddressErrors;
  countries: readonly CountryOption[];
  disabled?: boolean;
  onChange: (field: AddressField, value: string) => void;
}

interface TextFieldSpec {
  field: Exclude<AddressField, 'country'>;
  label: string;
  autoComplete: string;
  required: boolean;
  hint?: string;
  type?: 'text' | 'tel';
  className?: string;
}

const nameFields: TextFieldSpec[] = [
  { field: 'firstName', label: 'First name', autoComplete: 'given-name', required: true },
  { field: 'lastName', label: 'Last name', autoComplete: 'family-name', required: true },
];

const streetFields: TextFieldSpec[] = [
  {
    field: 'company',
    label: 'Company (optional)',
    autoComplete: 'organization',
    required: false,
    className: 'sm:col-span-2',
  },
  {
    field: 'line1',
    label: 'Address',
    autoComplete: 'address-line1',
    required: true,
    className: 'sm:col-span-2',
  },
  {
    field: 'line2',
    label: 'Apartment, suite, etc. (optional)',
    autoComplete: 'address-line2',
    required: false,
    className: 'sm:col-span-2',
  },
];

const placeFields: TextFieldSpec[] = [
  { field: 'city', label: 'City', autoComplete: 'address-level2', required: true },
  {
    field: 'region',
    label: 'State / region (optional)',
    autoComplete: 'address-level1',
    required: false,
    hint: 'Its short code, e.g. CA or BY',
  },
  { field: 'postalCode', label: 'Postal code', autoComplete: 'postal-code', required: true },
];

const phoneField: TextFieldSpec = {
  field: 'phone',
  label: 'Phone (optional)',
  autoComplete: 'tel',
  required: false,
  type: 'tel',
  hint: 'For the courier, if they need to reach you',
  className: 'sm:col-span-2',
};

/**
 * The fields of a postal address, labelled, with autofill hints and each error tied to its
 * control. Lengths are checked on submit with the API's own schema (a too-long value gets a
 * message rather than being cut off silently).
 */
export function AddressFields({
  idPrefix,
  autoCompleteSection,
  draft,
  errors,
  countries,
  disabled,
  onChange,
}: AddressFieldsProps) {
  const textField = (spec: TextFieldSpec) => (
    <Field
      key={spec.field}
      id={`${idPrefix}-${spec.field}`}
      label={spec.label}
      hint={spec.hint}
      error={errors[spec.field]}
      required={spec.required}
      className={spec.className}
    >
      {(control) => (
        <Input
          {...control}
          name={spec.field}
          type={spec.type ?? 'text'}
          autoComplete={`section-${autoCompleteSection} ${autoCompleteSection} ${spec.autoComplete}`}
          value={draft[spec.field]}
          disabled={disabled}
          className="h-10"
          onChange={(event) => {
            onChange(spec.field, event.target.value);
          }}
        />
      )}
    </Field>
  );

  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field
        id={`${idPrefix}-country`}
        label="Country"
        error={errors.country}
        required
        className="sm:col-span-2"
      >
        {(control) => (
          <Select
            {...control}
            name="country"
            autoComplete={`section-${autoCompleteSection} ${autoCompleteSection} country`}
            value={draft.country}
            disabled={disabled}
            className="h-10"
            onChange={(event) => {
              onChange('country', event.target.value);
            }}
          >
            {draft.country === '' && <option value="">Choose a country</option>}
            {countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {nameFields.map(textField)}
      {streetFields.map(textField)}
      <div className="grid gap-4 sm:col-span-2 sm:grid-cols-3">{placeFields.map(textField)}</div>
      {textField(phoneField)}
    </div>
  );
}
