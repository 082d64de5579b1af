'use client';

import { errorMessage } from '@storeloom/client';
import { Button } from '@storeloom/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useTRPC } from '~/trpc/react';

import type { Notice } from '@storeloom/ui';

export interface RetryEmailButtonProps {
  email: { id: string; to: string };
  onNotice: (notice: Notice) => void;
  size?: 'sm' | 'md';
}

/**
 * Sends a failed email again. No confirmation: a failed email never reached the recipient, and
 * the provider sees the same idempotency key, so a retry cannot deliver it twice.
 */
export function RetryEmailButton({ email, onNotice, size = 'sm' }: RetryEmailButtonProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const retry = useMutation(
    trpc.emails.outbox.retry.mutationOptions({
      onSuccess: async (result) => {
        onNotice(
          result.status === 'sent'
            ? { tone: 'success', message: `The email to ${email.to} was sent.` }
            : {
                tone: 'danger',
                message: `The email to ${email.to} failed again: ${result.error ?? 'no reason given'}.`,
              },
        );
        await queryClient.invalidateQueries(trpc.emails.outbox.pathFilter());
      },
      onError: (error) => {
        onNotice({ tone: 'danger', message: errorMessage(error) });
      },
    }),
  );

  return (
    <Button
      variant="secondary"
      size={size}
      loading={retry.isPending}
      aria-label={`Retry the email to ${email.to}`}
      onClick={() => {
        retry.mutate({ emailId: email.id });
      }}
    >
      Retry
    </Button>
  );
}
