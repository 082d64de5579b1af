import { Card, CardContent, CardHeader, CardTitle, Field, Input, Textarea } from '@storeloom/ui';
import type { ChangeEvent } from 'react';

import type { EstimateDraft, EstimateErrors } from '~/lib/estimate-draft';

import { CustomerPicker } from './customer-picker';

type TextField = Exclude<keyof EstimateDraft, 'lines' | 'customerId'>;

export interface EstimateDetailsCardProps {
  draft: EstimateDraft;
  errors: EstimateErrors;
  readOnly: boolean;
  onChange: (patch: Partial<EstimateDraft>) => void;
  className?: string;
}

/** Who the estimate is for, what it is about, how long it holds and what it asks up front. */
export function EstimateDetailsCard({
  draft,
  errors,
  readOnly,
  onChange,
  className,
}: EstimateDetailsCardProps) {
  const bind = (field: TextField) => ({
    name: field,
    value: draft[field],
    readOnly,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      onChange({ [field]: event.target.value });
    },
  });

  return (
    <Card aria-labelledby="estimate-details-title" className={className}>
      <CardHeader>
        <CardTitle id="estimate-details-title">Customer and terms</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4 sm:grid-cols-2">
        {!readOnly && (
          <CustomerPicker
            linkedId={draft.customerId}
            onPick={(customer) => {
              onChange({
                customerId: customer.id,
                customerName: customer.name,
                customerEmail: customer.email,
              });
            }}
            onUnlink={() => {
              onChange({ customerId: undefined });
            }}
          />
        )}
        <Field
          id="estimate-customer-name"
          label="Customer name"
          error={errors.customerName}
          required
        >
          {(control) => <Input {...control} {...bind('customerName')} autoComplete="off" />}
        </Field>
        <Field
          id="estimate-customer-email"
          label="Customer email"
          error={errors.customerEmail}
          required
        >
          {(control) => (
            <Input {...control} {...bind('customerEmail')} type="email" autoComplete="off" />
          )}
        </Field>
        <Field
          id="estimate-title"
          label="Title"
          error={errors.title}
          required
          className="sm:col-span-2"
        >
          {(control) => (
            <Input {...control} {...bind('title')} placeholder="e.g. Kitchen shelving" />
          )}
        </Field>
        <Field
          id="estimate-valid-until"
          label="Valid until"
          error={errors.validUntil}
          hint="Past this day it can no longer be accepted."
        >
          {(control) => <Input {...control} {...bind('validUntil')} type="date" />}
        </Field>
        <Field
          id="estimate-deposit"
          label="Deposit on acceptance (%)"
          error={errors.depositBps}
          hint="Leave empty for none."
        >
          {(control) => (
            <Input
              {...control}
              {...bind('depositPercent')}
              inputMode="decimal"
              placeholder="e.g. 30"
            />
          )}
        </Field>
        <Field id="estimate-notes" label="Notes" error={errors.notes} className="sm:col-span-2">
          {(control) => <Textarea {...control} {...bind('notes')} rows={3} />}
        </Field>
        <Field id="estimate-terms" label="Terms" error={errors.terms} className="sm:col-span-2">
          {(control) => <Textarea {...control} {...bind('terms')} rows={3} />}
        </Field>
      </CardContent>
    </Card>
  );
}
