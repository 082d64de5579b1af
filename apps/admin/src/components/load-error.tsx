'use client';

import { errorMessage } from '@storeloom/client';
import { Alert, Button } from '@storeloom/ui';

export interface LoadErrorProps {
  title: string;
  error: unknown;
  onRetry: () => void;
}

/** A query that failed before it showed anything: the API's reason and "Try again". */
export function LoadError({ title, error, onRetry }: LoadErrorProps) {
  return (
    <Alert
      tone="danger"
      title={title}
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
