'use client';

import { Button, Field, Input, Select, Spinner, useHydrated } from '@storeloom/ui';
import { estimateShippingInputSchema } from '@storeloom/validators';
import { useId, useState } from 'react';
import { z } from 'zod';

import type { CountryOption } from './country-options';
import type { EstimateDestination } from './use-shipping-estimate';

export interface ShippingEstimateFormProps {
  countries: CountryOption[];
  defaultCountry: string | null;
  pending: boolean;
  /** Messages the server gave per field (e.g. a postcode that is too long). */
  serverErrors: Partial<Record<'country' | 'postalCode', string>>;
  onEstimate: (destination: EstimateDestination) => void;
}

/** Country and postcode: checked with the API's own schema before anything is sent. */
export function ShippingEstimateForm({
  countries,
  defaultCountry,
  pending,
  serverErrors,
  onEstimate,
}: ShippingEstimateFormProps) {
  const id = useId();
  const [country, setCountry] = useState(defaultCountry ?? '');
  const [postalCode, setPostalCode] = useState('');
  const hydrated = useHydrated();
  const [errors, setErrors] = useState<Partial<Record<'country' | 'postalCode', string>>>({});

  return (
    <form
      noValidate
      aria-label="Estimate shipping"
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (pending) return;
        const parsed = estimateShippingInputSchema.safeParse({
          country,
          ...(postalCode.trim() !== '' ? { postalCode } : {}),
        });
        if (!parsed.success) {
          const fields = z.flattenError(parsed.error).fieldErrors;
          setErrors({
            country: country === '' ? 'Choose a country' : fields.country?.[0],
            postalCode: fields.postalCode?.[0],
          });
          return;
        }
        setErrors({});
        onEstimate(parsed.data);
      }}
    >
      <div className="grid gap-3 sm:grid-cols-[1fr_10rem]">
        <Field id={`${id}-country`} label="Country" error={errors.country ?? serverErrors.country}>
          {(control) => (
            <Select
              {...control}
              name="country"
              autoComplete="country"
              disabled={!hydrated}
              value={country}
              className="h-9"
              onChange={(event) => {
                setCountry(event.target.value);
              }}
            >
              <option value="" disabled>
                Choose a country
              </option>
              {countries.map((option) => (
                <option key={option.code} value={option.code}>
                  {option.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field
          id={`${id}-postal-code`}
          label="Postcode"
          hint="Optional"
          error={errors.postalCode ?? serverErrors.postalCode}
        >
          {(control) => (
            <Input
              {...control}
              name="postalCode"
              autoComplete="postal-code"
              disabled={!hydrated}
              value={postalCode}
              maxLength={32}
              className="h-9"
              onChange={(event) => {
                setPostalCode(event.target.value);
              }}
            />
          )}
        </Field>
      </div>
      <Button
        type="submit"
        variant="secondary"
        className="w-full"
        aria-disabled={pending || undefined}
        disabled={!hydrated}
      >
        {pending && <Spinner size="sm" />}
        Estimate shipping
      </Button>
    </form>
  );
}
