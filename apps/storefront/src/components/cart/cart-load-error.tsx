'use client';

import { errorMessage } from '@storeloom/client';
import { Alert, Button } from '@storeloom/ui';

export interface CartLoadErrorProps {
  error: unknown;
  onRetry: () => void;
}

/** The cart could not be read: the API's reason and a way to try again. */
export function CartLoadError({ error, onRetry }: CartLoadErrorProps) {
  return (
    <Alert
      tone="danger"
      title="Your cart could not be loaded"
      actions={
        <Button variant="secondary" size="sm" onClick={onRetry}>
          Try again
        </Button>
      }
    >
      {errorMessage(error)}
    </Alert>
  );
}
