'use client';

import { errorMessage } from '@storeloom/client';
import { Button, ConfirmDialog, MailIcon } from '@storeloom/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { useSingleFlight } from '~/lib/use-single-flight';
import { useTRPC } from '~/trpc/react';

import type { Notice } from '@storeloom/ui';

export interface SendEstimateButtonProps {
  estimate: { id: string; number: number; status: string; customerEmail: string };
  /** Unsaved edits: the customer would get the saved version, so saving comes first. */
  dirty: boolean;
  onNotice: (notice: Notice) => void;
}

/**
 * Emails the customer the estimate's link, after a confirmation. The confirm button is disabled
 * while the request runs, so a double click sends one email.
 */
export function SendEstimateButton({ estimate, dirty, onNotice }: SendEstimateButtonProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const singleFlight = useSingleFlight();
  const again = estimate.status === 'sent';
  const send = useMutation(
    trpc.estimates.send.mutationOptions({
      onSuccess: async ({ email }) => {
        setOpen(false);
        onNotice(
          email.status === 'sent' || email.status === 'queued'
            ? {
                tone: 'success',
                message: `Estimate #${String(estimate.number)} was sent to ${estimate.customerEmail}.`,
              }
            : {
                tone: 'danger',
                message: `Estimate #${String(estimate.number)} is marked sent, but the email did not go out: ${email.reason ?? email.status}. Retry it from Emails or send again.`,
              },
        );
        await queryClient.invalidateQueries(trpc.estimates.pathFilter());
      },
    }),
  );

  return (
    <>
      <Button
        variant={again ? 'secondary' : 'primary'}
        disabled={dirty}
        title={dirty ? 'Save your changes before sending' : undefined}
        onClick={() => {
          send.reset();
          setOpen(true);
        }}
      >
        <MailIcon className="size-4" />
        {again ? 'Send again' : 'Send to customer'}
      </Button>
      <ConfirmDialog
        open={open}
        title={`Send estimate #${String(estimate.number)}?`}
        description={
          again
            ? `${estimate.customerEmail} gets a new link; the one sent before stops working.`
            : `${estimate.customerEmail} gets an email with a link to view and accept it.`
        }
        confirmLabel="Send estimate"
        pending={send.isPending}
        error={send.isError ? errorMessage(send.error) : null}
        onConfirm={() => {
          singleFlight(() => send.mutateAsync({ estimateId: estimate.id }));
        }}
        onCancel={() => {
          setOpen(false);
        }}
      />
    </>
  );
}
