'use client';

import { Alert, Button, Field, Input, useHydrated } from '@storeloom/ui';
import { useMutation } from '@tanstack/react-query';
import { type SubmitEvent, useEffect, useRef, useState } from 'react';

import { focusFirstError } from '~/components/checkout/focus-field';
import { useTRPC } from '~/trpc/react';

import { type FormFailure, formFailureOf } from './form-failure';
import { textValue } from './form-values';

export interface EmailLinkRequestFormProps {
  kind: 'password_reset' | 'magic_link';
  /** The button's words, e.g. "Email me a reset link". */
  submitLabel: string;
}

/**
 * Asks for an emailed link (password reset or sign-in). The answer is the same whether or not
 * the address has an account, and so is what this form says.
 */
export function EmailLinkRequestForm({ kind, submitLabel }: EmailLinkRequestFormProps) {
  const trpc = useTRPC();
  // Until the script runs the form cannot sign anyone in; a press then would be lost.
  const hydrated = useHydrated();
  const idPrefix = kind === 'password_reset' ? 'forgot-password' : 'magic-link';
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const confirmation = useRef<HTMLDivElement>(null);
  // The form is replaced by the confirmation: move focus there so keyboard users keep their place.
  useEffect(() => {
    if (sentTo !== null) confirmation.current?.focus();
  }, [sentTo]);
  const options = {
    onSuccess: (_result: unknown, input: { email: string }) => {
      setSentTo(input.email.trim());
    },
    onError: (error: unknown) => {
      const result = formFailureOf(error);
      setFailure(result);
      focusFirstError(idPrefix, ['email'], result.fields);
    },
  };
  const resetRequest = useMutation(
    trpc.storefront.account.requestPasswordReset.mutationOptions(options),
  );
  const magicRequest = useMutation(
    trpc.storefront.account.requestMagicLink.mutationOptions(options),
  );
  const request = kind === 'password_reset' ? resetRequest : magicRequest;

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    request.mutate({ email: textValue(event.currentTarget, 'email') });
  }

  if (sentTo !== null) {
    return (
      <div ref={confirmation} tabIndex={-1} className="space-y-4 outline-hidden">
        <Alert tone="success" title="Check your email">
          If an account exists for <strong className="font-semibold">{sentTo}</strong>, we have sent
          it {kind === 'password_reset' ? 'a link to choose a new password' : 'a link to sign in'}.
          The link works once and expires in {kind === 'password_reset' ? '1 hour' : '15 minutes'}.
        </Alert>
        <p className="text-sm text-muted-foreground">
          Nothing arrived after a few minutes? Check your spam folder, or{' '}
          <button
            type="button"
            onClick={() => {
              request.reset();
              setSentTo(null);
            }}
            className="rounded-sm font-medium text-foreground underline underline-offset-4 hover:text-accent"
          >
            try another email address
          </button>
          .
        </p>
      </div>
    );
  }

  return (
    <form method="post" noValidate onSubmit={submit} aria-label={submitLabel} className="space-y-4">
      {failure !== null && <Alert tone={failure.tone}>{failure.message}</Alert>}
      <Field id={`${idPrefix}-email`} label="Email" error={failure?.fields.email} required>
        {(control) => (
          <Input
            {...control}
            name="email"
            type="email"
            inputMode="email"
            autoComplete="email"
            className="h-10"
          />
        )}
      </Field>
      <Button
        type="submit"
        size="lg"
        className="w-full"
        loading={request.isPending}
        disabled={!hydrated}
      >
        {submitLabel}
      </Button>
    </form>
  );
}
