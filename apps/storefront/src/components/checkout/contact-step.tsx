'use client';

import { Alert, Button, Field, Input, Textarea } from '@storeloom/ui';
import { setCheckoutContactInputSchema } from '@storeloom/validators';
import { useMutation } from '@tanstack/react-query';
import { Link } from '~/components/link';
import { type SubmitEvent, useState } from 'react';

import { useTRPC } from '~/trpc/react';

import type { CheckoutCustomer, CheckoutView } from './checkout-types';
import { focusFirstError } from './focus-field';
import { fieldMessages, type InputIssue, type StepError, stepErrorOf } from './input-issues';

const ID_PREFIX = 'contact';
const FIELD_ORDER = ['email', 'phone', 'note'];

function contactIssueMessage(field: string, issue: InputIssue): string {
  if (issue.code === 'too_big' && issue.maximum !== undefined) {
    return `Use at most ${String(issue.maximum)} characters`;
  }
  if (field === 'email') return 'Enter an email address like name@example.com';
  return issue.message;
}

export interface ContactStepProps {
  view: CheckoutView;
  customer: CheckoutCustomer | null;
  onSaved: (view: CheckoutView) => void;
}

/** Where the confirmation goes: the email (prefilled for signed-in shoppers), a phone and a note. */
export function ContactStep({ view, customer, onSaved }: ContactStepProps) {
  const trpc = useTRPC();
  const [email, setEmail] = useState(view.email ?? customer?.email ?? '');
  const [phone, setPhone] = useState(view.phone ?? '');
  const [note, setNote] = useState(view.note ?? '');
  const [error, setError] = useState<StepError | null>(null);
  const save = useMutation(trpc.storefront.checkout.setContact.mutationOptions());

  function fail(next: StepError) {
    setError(next);
    focusFirstError(ID_PREFIX, FIELD_ORDER, next.fields);
  }

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = {
      checkoutId: view.checkoutId,
      email,
      ...(phone.trim() === '' ? {} : { phone }),
      ...(note.trim() === '' ? {} : { note }),
    };
    // The API's own schema: every problem shows at once, before a round trip.
    const checked = setCheckoutContactInputSchema.safeParse(input);
    if (!checked.success) {
      fail({
        message: 'Some details need fixing: see the highlighted fields.',
        fields: fieldMessages(checked.error.issues, [], contactIssueMessage),
      });
      return;
    }
    setError(null);
    save.mutate(input, {
      onSuccess: onSaved,
      onError: (cause) => {
        fail(stepErrorOf(cause, [], contactIssueMessage));
      },
    });
  }

  return (
    <form noValidate onSubmit={submit} className="space-y-4">
      <p className="text-sm text-muted-foreground">
        {customer ? (
          <>Signed in as {customer.email}.</>
        ) : (
          <>
            Have an account?{' '}
            <Link
              href="/account/sign-in?next=%2Fcheckout"
              className="font-medium text-foreground underline underline-offset-2 hover:no-underline"
            >
              Sign in
            </Link>{' '}
            for your saved addresses, or continue as a guest.
          </>
        )}
      </p>
      {error !== null && <Alert tone="danger">{error.message}</Alert>}
      <Field
        id={`${ID_PREFIX}-email`}
        label="Email"
        hint="We send your order confirmation here."
        error={error?.fields.email}
        required
      >
        {(control) => (
          <Input
            {...control}
            type="email"
            name="email"
            autoComplete="email"
            inputMode="email"
            value={email}
            className="h-10"
            onChange={(event) => {
              setEmail(event.target.value);
            }}
          />
        )}
      </Field>
      <Field id={`${ID_PREFIX}-phone`} label="Phone (optional)" error={error?.fields.phone}>
        {(control) => (
          <Input
            {...control}
            type="tel"
            name="phone"
            autoComplete="tel"
            value={phone}
            className="h-10"
            onChange={(event) => {
              setPhone(event.target.value);
            }}
          />
        )}
      </Field>
      <Field
        id={`${ID_PREFIX}-note`}
        label="Note for the store (optional)"
        hint="Delivery instructions or anything else we should know."
        error={error?.fields.note}
      >
        {(control) => (
          <Textarea
            {...control}
            name="note"
            rows={3}
            value={note}
            onChange={(event) => {
              setNote(event.target.value);
            }}
          />
        )}
      </Field>
      <Button type="submit" size="lg" loading={save.isPending}>
        Continue to shipping
      </Button>
    </form>
  );
}
