'use client';

import { errorMessage } from '@storeloom/client';
import { Button, ConfirmDialog } from '@storeloom/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { useTRPC } from '~/trpc/react';

import type { Notice } from '@storeloom/ui';

export interface RetryRunButtonProps {
  runId: string;
  workflowName: string;
  onNotice: (notice: Notice) => void;
}

/** Starts a failed run again, after a confirmation that says what a retry repeats and what not. */
export function RetryRunButton({ runId, workflowName, onNotice }: RetryRunButtonProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const retry = useMutation(
    trpc.workflows.runs.retry.mutationOptions({
      onSuccess: async () => {
        setConfirming(false);
        onNotice({
          tone: 'success',
          message: `${workflowName} was queued again. It continues from its last completed step.`,
        });
        // The run, its steps, the list and the tab counts all changed.
        await queryClient.invalidateQueries(trpc.workflows.runs.pathFilter());
      },
    }),
  );

  return (
    <>
      <Button
        onClick={() => {
          retry.reset();
          setConfirming(true);
        }}
      >
        Retry run
      </Button>
      <ConfirmDialog
        open={confirming}
        title={`Retry ${workflowName}?`}
        description={
          <>
            The run starts again from its last completed step: the step that failed runs again with
            a fresh set of attempts, and the steps that completed are not repeated.
          </>
        }
        confirmLabel="Retry run"
        pending={retry.isPending}
        error={retry.isError ? errorMessage(retry.error) : null}
        onCancel={() => {
          setConfirming(false);
        }}
        onConfirm={() => {
          retry.mutate({ runId });
        }}
      />
    </>
  );
}
