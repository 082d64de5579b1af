'use client';

import { Button, ButtonLink, EmptyState, ErrorIcon } from '@storeloom/ui';
import type { ErrorInfo } from 'next/error';
import { useEffect } from 'react';

/** Errors from server components carry a digest that matches the server log line; it doubles as a request id for support. */
function digestOf(error: unknown): string | undefined {
  if (error instanceof Error && 'digest' in error && typeof error.digest === 'string')
    return error.digest;
  return undefined;
}

export default function ErrorPage({ error, retry }: ErrorInfo) {
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
              Go to the start page
            </ButtonLink>
          </>
        }
      />
    </main>
  );
}
