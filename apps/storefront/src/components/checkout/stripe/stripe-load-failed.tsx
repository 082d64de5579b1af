import { Alert, Button } from '@storeloom/ui';

/** Said whenever Stripe.js cannot be loaded (offline, blocked by an extension or a firewall). */
export function StripeLoadFailed({ onRetry }: { onRetry: () => void }) {
  return (
    <Alert
      tone="danger"
      title="Card payments could not be loaded"
      actions={
        <Button variant="secondary" size="sm" onClick={onRetry}>
          Try again
        </Button>
      }
    >
      Stripe&apos;s secure card form did not load. Check your connection or turn off content
      blockers, then try again, or choose another payment method.
    </Alert>
  );
}
