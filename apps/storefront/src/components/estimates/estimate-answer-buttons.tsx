'use client';

import { Button, useHydrated } from '@storeloom/ui';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useRef, useTransition } from 'react';

import { formFailureOf } from '~/components/account/form-failure';
import { useTRPC } from '~/trpc/react';

/**
 * Accept and Decline for an estimate waiting for an answer. Once either succeeds the page is
 * rendered again on the server, which then shows the answer and no buttons. Both stay disabled
 * until the page is hydrated and while an answer is on its way, and a guard on the first click
 * makes a double click one request (the state that disables them lands a moment later).
 */
export function EstimateAnswerButtons({ token }: { token: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const hydrated = useHydrated();
  const answering = useRef(false);
  const [refreshing, startRefresh] = useTransition();

  const options = {
    onSuccess: () => {
      startRefresh(() => {
        router.refresh();
      });
    },
  };
  const accept = useMutation(trpc.storefront.estimates.accept.mutationOptions(options));
  const decline = useMutation(trpc.storefront.estimates.decline.mutationOptions(options));

  const answered = accept.isSuccess || decline.isSuccess;
  const busy = accept.isPending || decline.isPending || refreshing || answered;
  const failure = accept.error ?? decline.error;

  function answer(mutation: typeof accept) {
    if (answering.current) return;
    answering.current = true;
    accept.reset();
    decline.reset();
    mutation.mutate(
      { token },
      {
        // A refused answer (expired meanwhile, no connection) can be tried again.
        onError: () => {
          answering.current = false;
        },
      },
    );
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-3">
        <Button
          size="lg"
          className="flex-1"
          loading={accept.isPending || (accept.isSuccess && refreshing)}
          disabled={!hydrated || busy}
          onClick={() => {
            answer(accept);
          }}
        >
          Accept estimate
        </Button>
        <Button
          size="lg"
          variant="secondary"
          className="flex-1"
          loading={decline.isPending || (decline.isSuccess && refreshing)}
          disabled={!hydrated || busy}
          onClick={() => {
            answer(decline);
          }}
        >
          Decline
        </Button>
      </div>
      {failure !== null && !busy && (
        <p role="alert" className="text-sm font-medium text-danger">
          {formFailureOf(failure).message}
        </p>
      )}
    </div>
  );
}
