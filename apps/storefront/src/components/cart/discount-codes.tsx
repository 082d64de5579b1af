'use client';

import { errorMessage, fieldErrorsOf } from '@storeloom/client';
import {
  Button,
  CloseIcon,
  cn,
  Field,
  Input,
  Money,
  Spinner,
  TagIcon,
  useHydrated,
} from '@storeloom/ui';
import { discountCodeSchema } from '@storeloom/validators';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';

import { useTRPC } from '~/trpc/react';

import type { CartView } from './cart-types';
import { cartMutationScope, useCartCache } from './use-cart-cache';

export interface DiscountCodesProps {
  cart: CartView;
  locale: string;
  onAnnounce: (message: string) => void;
}

/** What a stored code does now: its discount, or the reason it no longer applies. */
function codeStatus(cart: CartView, code: string) {
  const rejected = cart.rejectedCodes.find((entry) => entry.code.toUpperCase() === code);
  if (rejected) return { kind: 'rejected' as const, reason: rejected.reason };
  const applied = cart.appliedDiscounts.find((entry) => entry.code?.toUpperCase() === code);
  return { kind: 'applied' as const, discount: applied ?? null };
}

function AppliedCode({
  cart,
  code,
  locale,
  onAnnounce,
}: {
  cart: CartView;
  code: string;
  locale: string;
  onAnnounce: (message: string) => void;
}) {
  const trpc = useTRPC();
  const cache = useCartCache();
  const remove = useMutation(
    trpc.storefront.cart.removeCode.mutationOptions({
      scope: cartMutationScope,
      onSuccess: async (next) => {
        onAnnounce(`Removed the code ${code}`);
        await cache.settle(next);
      },
    }),
  );
  const hydrated = useHydrated();
  const status = codeStatus(cart, code);
  const rejected = status.kind === 'rejected';
  return (
    <li
      className={cn(
        'flex items-start gap-2 rounded-md border px-3 py-2 text-sm',
        rejected ? 'border-red-200 bg-red-50' : 'border-border bg-surface-muted',
      )}
    >
      <TagIcon className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
      <div className="min-w-0 flex-1">
        <p className="font-medium text-foreground">{code}</p>
        {status.kind === 'rejected' ? (
          <p className="text-xs font-medium text-red-700">{status.reason}</p>
        ) : (
          status.discount !== null && (
            <p className="text-xs text-muted-foreground">
              {status.discount.title}
              {status.discount.kind === 'free_shipping' ? (
                ' · free shipping'
              ) : (
                <>
                  {' · −'}
                  <Money
                    amountMinor={status.discount.amount}
                    currency={cart.currency}
                    locale={locale}
                  />
                </>
              )}
            </p>
          )
        )}
        {remove.isError && (
          <p role="alert" className="text-xs font-medium text-red-700">
            {errorMessage(remove.error)}
          </p>
        )}
      </div>
      <button
        type="button"
        aria-label={`Remove the code ${code}`}
        disabled={!hydrated}
        aria-disabled={remove.isPending || undefined}
        onClick={() => {
          if (!remove.isPending) remove.mutate({ code });
        }}
        className="-m-1 inline-flex size-7 shrink-0 items-center justify-center rounded-md text-muted-foreground hover:bg-surface hover:text-foreground"
      >
        {remove.isPending ? <Spinner size="sm" /> : <CloseIcon className="size-3.5" />}
      </button>
    </li>
  );
}

/**
 * Enter, apply and remove discount codes. Every refusal (unknown, expired, not active yet,
 * minimum not met, used up) is the API's own sentence, shown under the field.
 */
export function DiscountCodes({ cart, locale, onAnnounce }: DiscountCodesProps) {
  const trpc = useTRPC();
  const cache = useCartCache();
  const id = useId();
  const [code, setCode] = useState('');
  const hydrated = useHydrated();
  const [typingError, setTypingError] = useState<string | null>(null);
  // The code just applied, confirmed until it is taken off again.
  const [applied, setApplied] = useState<string | null>(null);
  const confirmed = applied !== null && cart.discountCodes.includes(applied) ? applied : null;
  const apply = useMutation(
    trpc.storefront.cart.applyCode.mutationOptions({
      scope: cartMutationScope,
      onSuccess: async (next, input) => {
        setCode('');
        setApplied(input.code.trim().toUpperCase());
        await cache.settle(next);
      },
    }),
  );
  const error =
    typingError ??
    (apply.isError ? (fieldErrorsOf(apply.error).code ?? errorMessage(apply.error)) : null);

  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <h3 id={`${id}-heading`} className="sr-only">
        Discount codes
      </h3>
      <form
        noValidate
        className="flex items-start gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          if (apply.isPending) return;
          setApplied(null);
          const parsed = discountCodeSchema.safeParse(code);
          if (!parsed.success) {
            setTypingError(parsed.error.issues[0]?.message ?? 'Enter a code');
            return;
          }
          setTypingError(null);
          apply.mutate({ code: parsed.data });
        }}
      >
        <Field id={`${id}-code`} label="Discount code" error={error} className="flex-1">
          {(control) => (
            <Input
              {...control}
              name="code"
              value={code}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              disabled={!hydrated}
              placeholder="e.g. WELCOME10"
              className="h-9 uppercase placeholder:normal-case"
              onChange={(event) => {
                setCode(event.target.value);
                setTypingError(null);
              }}
            />
          )}
        </Field>
        <Button
          type="submit"
          variant="secondary"
          // aria-disabled, not disabled: the button keeps keyboard focus while the code is checked.
          aria-disabled={apply.isPending || undefined}
          disabled={!hydrated}
          // Lines up with the input, below the field's label.
          className="mt-[1.625rem] h-9"
        >
          {apply.isPending && <Spinner size="sm" />}
          Apply
        </Button>
      </form>
      <p
        role="status"
        className={cn('text-xs font-medium text-emerald-700', confirmed === null && 'sr-only')}
      >
        {confirmed !== null && `${confirmed} is applied`}
      </p>
      {cart.discountCodes.length > 0 && (
        <ul aria-label="Applied discount codes" className="space-y-2">
          {cart.discountCodes.map((entry) => (
            <AppliedCode
              key={entry}
              cart={cart}
              code={entry}
              locale={locale}
              onAnnounce={onAnnounce}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
