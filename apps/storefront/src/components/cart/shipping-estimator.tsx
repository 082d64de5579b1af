'use client';

import { errorMessage, fieldErrorsOf } from '@storeloom/client';
import { Alert } from '@storeloom/ui';

import type { CountryOption } from './country-options';
import { ShippingEstimateForm } from './shipping-estimate-form';
import { ShippingOptions } from './shipping-options';
import type { EstimateDestination, useShippingEstimate } from './use-shipping-estimate';

export interface ShippingEstimatorProps {
  countries: CountryOption[];
  defaultCountry: string | null;
  destination: EstimateDestination | null;
  estimate: ReturnType<typeof useShippingEstimate>;
  locale: string;
  onDestinationChange: (destination: EstimateDestination) => void;
}

/** "Estimate shipping": the form, then the options (or why nothing ships there). */
export function ShippingEstimator({
  countries,
  defaultCountry,
  destination,
  estimate,
  locale,
  onDestinationChange,
}: ShippingEstimatorProps) {
  const fieldErrors = estimate.isError ? fieldErrorsOf(estimate.error) : {};
  const place = countries.find((country) => country.code === destination?.country)?.name ?? '';
  return (
    <section aria-labelledby="estimate-heading" className="space-y-3">
      <h3 id="estimate-heading" className="text-sm font-semibold">
        Estimate shipping
      </h3>
      <ShippingEstimateForm
        countries={countries}
        defaultCountry={defaultCountry}
        pending={estimate.isFetching}
        serverErrors={fieldErrors}
        onEstimate={onDestinationChange}
      />
      {estimate.isError && Object.keys(fieldErrors).length === 0 && (
        <Alert tone="danger">{errorMessage(estimate.error)}</Alert>
      )}
      {estimate.data !== undefined && destination !== null && (
        <ShippingOptions
          estimate={estimate.data}
          chosen={destination.tierCode}
          place={place}
          locale={locale}
          updating={estimate.isFetching}
          onChoose={(tierCode) => {
            onDestinationChange({ ...destination, tierCode });
          }}
        />
      )}
    </section>
  );
}
