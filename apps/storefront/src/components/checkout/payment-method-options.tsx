'use client';

import { cn } from '@storeloom/ui';
import type { ReactNode } from 'react';

import type { PaymentMethod } from './checkout-types';
import { paymentMethodLabel } from './payment-method-label';

type Provider = PaymentMethod['provider'];

export interface PaymentMethodOptionsProps {
  methods: readonly PaymentMethod[];
  value: Provider | null;
  onChange: (provider: Provider) => void;
  /** Shown under the chosen method (instructions, card readiness). */
  detail: (method: PaymentMethod) => ReactNode;
}

/** The store's payment methods as radio cards; only methods it has configured are listed. */
export function PaymentMethodOptions({
  methods,
  value,
  onChange,
  detail,
}: PaymentMethodOptionsProps) {
  return (
    <fieldset className="space-y-2">
      <legend className="mb-2 text-sm font-medium">Payment method</legend>
      {methods.map((method) => {
        const checked = method.provider === value;
        const extra = checked ? detail(method) : null;
        const label = paymentMethodLabel(method.provider);
        return (
          <div
            key={method.provider}
            className={cn(
              'rounded-md border text-sm has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent',
              checked ? 'border-foreground bg-surface-muted' : 'border-border',
            )}
          >
            <label className="flex cursor-pointer items-start gap-3 p-4">
              <input
                type="radio"
                name="payment-method"
                value={method.provider}
                checked={checked}
                onChange={() => {
                  onChange(method.provider);
                }}
                className="mt-0.5 size-4 accent-(--color-accent)"
              />
              <span>
                <span className="block font-medium">{label.title}</span>
                <span className="block text-muted-foreground">{label.description}</span>
              </span>
            </label>
            {extra != null && <div className="px-4 pb-4 pl-11">{extra}</div>}
          </div>
        );
      })}
    </fieldset>
  );
}
