'use client';

import { useEffect } from 'react';

import { Button } from './button';
import { ButtonLink } from './button-link';
import { EmptyState } from './empty-state';
import { ErrorIcon } from './icons';

/** Errors from server components carry a digest that matches the server log line; it doubles as a request id for support. */
function digestOf(error: unknown): string | undefined {
  if (error instanceof Error && 'digest' in error && typeof error.digest === 'string')
    return error.digest;
  return undefined;
}

/** What Next hands an `error.tsx` boundary (its `ErrorInfo`), plus the label of the way home. */
export interface RouteErrorProps {
  error: unknown;
  retry: () => void;
  homeLabel: string;
}

/** The body of every app's `app/error.tsx`: a retry, a way home, and the request id for support. */
export function RouteError({ error, retry, homeLabel }: RouteErrorProps) {
  const digest = digestOf(error);

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <main className="flex min-h-[60dvh] items-center justify-center px-4">
      <EmptyState
        icon={<ErrorIcon />}
        titleAs="h1"
        title="Something went wrong"
        description={
          <>
            We could not load this page. Please try again in a moment.
            {digest !== undefined && (
              <span className="mt-3 block text-xs text-subtle-foreground">
                Request id: <code className="font-mono select-all">{digest}</code>
              </span>
            )}
          </>
        }
        action={
          <>
            <Button onClick={retry}>Try again</Button>
            {/* A full page load on purpose: it also resets client state that may have caused the error. */}
            <ButtonLink href="/" variant="ghost">
              {homeLabel}
            </ButtonLink>
          </>
        }
      />
    </main>
  );
}
