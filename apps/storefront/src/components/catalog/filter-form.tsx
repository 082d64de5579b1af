'use client';

import { cn } from '@storeloom/ui';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useTransition, type ReactNode } from 'react';

export interface FilterFormProps {
  /** Other controls (the sort select) join the form through their `form` attribute. */
  id: string;
  /**
   * The query string the server rendered the fields for. When it changes, the fields it rendered
   * are the truth again (see showDefaults).
   */
  renderedFor: string;
  /** The page the form submits to, e.g. `/search` or `/categories/audio`. */
  action: string;
  className?: string;
  children: ReactNode;
}

/** Ticking a box or picking a value applies at once; typed prices wait for Enter or "Apply". */
function appliesOnChange(target: EventTarget): boolean {
  if (target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement && (target.type === 'checkbox' || target.type === 'radio')
  );
}

/** The form's fields as a query string, without the empty ones a plain GET form would send. */
function queryOf(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === 'string' && value.trim() !== '') params.append(name, value.trim());
  }
  return params.toString();
}

/**
 * Back to what the server rendered for the new URL. After a chip or link changes the filters,
 * a box the shopper ticked earlier would otherwise keep its old state; the field being typed in
 * is left alone. (The sort select follows the URL by itself.)
 */
function showDefaults(form: HTMLFormElement) {
  for (const element of form.elements) {
    if (!(element instanceof HTMLInputElement)) continue;
    if (element.type === 'checkbox' || element.type === 'radio') {
      element.checked = element.defaultChecked;
    } else if (element.type !== 'hidden' && element !== document.activeElement) {
      element.value = element.defaultValue;
    }
  }
}

/**
 * The catalogue's filter form. Without JavaScript it is a plain GET form (the "Apply" button
 * submits it); with it, the same fields become a client navigation with a clean URL, and boxes
 * apply as soon as they change. The URL stays the only state.
 */
export function FilterForm({ id, renderedFor, action, className, children }: FilterFormProps) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();

  // After the commit that brings the fields rendered for a new URL (a chip, a page, back).
  useEffect(() => {
    if (formRef.current !== null) showDefaults(formRef.current);
  }, [renderedFor]);

  function apply(form: HTMLFormElement) {
    const query = queryOf(form);
    startTransition(() => {
      router.push(query === '' ? action : `${action}?${query}`, { scroll: false });
    });
  }

  return (
    <form
      ref={formRef}
      id={id}
      action={action}
      method="get"
      aria-busy={pending}
      className={cn(pending && 'opacity-70 transition-opacity', className)}
      onSubmit={(event) => {
        event.preventDefault();
        apply(event.currentTarget);
      }}
      onChange={(event) => {
        if (appliesOnChange(event.target)) event.currentTarget.requestSubmit();
      }}
    >
      {children}
      <p role="status" className="sr-only">
        {pending ? 'Updating results' : ''}
      </p>
    </form>
  );
}
