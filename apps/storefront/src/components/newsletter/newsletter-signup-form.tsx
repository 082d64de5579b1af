import { Button, ErrorIcon, Input } from '@storeloom/ui';

export interface NewsletterSignupFormProps {
  /** The email field's id; each form on a page needs its own. */
  id: string;
  /** Recorded with the signup so the merchant sees where it came from (`footer`, `page`...). */
  source: string;
  error?: string | undefined;
  /** Put the cursor in the field, so a returned error is read out with it. */
  autoFocus?: boolean;
}

/**
 * The newsletter signup as a plain HTML form: it posts to `/newsletter`, which answers with a
 * redirect, so it works before (or without) any JavaScript. The browser's own email check is
 * off (`noValidate`) so every shopper gets the same, specific message from the server.
 */
export function NewsletterSignupForm({ id, source, error, autoFocus }: NewsletterSignupFormProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <form method="post" action="/newsletter" noValidate className="w-full">
      <input type="hidden" name="source" value={source} />
      <label htmlFor={id} className="text-sm font-medium text-foreground">
        Email address
      </label>
      <div className="mt-1.5 flex flex-col gap-2 sm:flex-row">
        <Input
          id={id}
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          placeholder="name@example.com"
          aria-invalid={error === undefined ? undefined : true}
          aria-describedby={error === undefined ? hintId : `${errorId} ${hintId}`}
          // Only after a failed signup, when the shopper has to fix the field anyway.
          autoFocus={autoFocus}
          className="h-10 min-w-0 flex-1"
        />
        <Button type="submit" size="lg">
          Subscribe
        </Button>
      </div>
      {error !== undefined && (
        <p id={errorId} className="mt-1.5 flex items-center gap-1 text-sm font-medium text-danger">
          <ErrorIcon aria-hidden="true" className="size-4 shrink-0" />
          {error}
        </p>
      )}
      <p id={hintId} className="mt-1.5 text-xs text-muted-foreground">
        We will email you a link to confirm. Unsubscribe at any time.
      </p>
    </form>
  );
}
