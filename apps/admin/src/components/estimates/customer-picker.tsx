'use client';

import { Button, Input, SearchIcon } from '@storeloom/ui';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';

import { useTRPC } from '~/trpc/react';

export interface PickedCustomer {
  id: string;
  name: string;
  email: string;
}

export interface CustomerPickerProps {
  /** The customer of the store the estimate is linked to, if any. */
  linkedId: string | undefined;
  onPick: (customer: PickedCustomer) => void;
  onUnlink: () => void;
}

/**
 * Links the estimate to a customer of the store (`customers.list` search by name or email), which
 * fills in their name and email; or leaves it to the name and email typed below.
 */
export function CustomerPicker({ linkedId, onPick, onUnlink }: CustomerPickerProps) {
  const trpc = useTRPC();
  const [text, setText] = useState('');
  const q = useDeferredValue(text.trim());
  const search = useQuery({
    ...trpc.customers.list.queryOptions({ q, limit: 5 }),
    enabled: q.length >= 2,
  });
  const matches = q.length >= 2 ? (search.data?.items ?? []) : [];
  const pick = (customer: (typeof matches)[number]) => {
    onPick({ id: customer.id, name: customer.name ?? customer.email, email: customer.email });
    setText('');
  };

  return (
    <div className="flex flex-col gap-1.5 sm:col-span-2">
      <div className="relative">
        <SearchIcon className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-subtle-foreground" />
        <Input
          type="search"
          aria-label="Find a customer of the store"
          placeholder="Find a customer of the store by name or email"
          value={text}
          autoComplete="off"
          className="pl-8"
          onChange={(event) => {
            setText(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            // Enter picks the first match instead of saving the form.
            event.preventDefault();
            const first = matches[0];
            if (first !== undefined) pick(first);
          }}
        />
      </div>
      {matches.length > 0 && (
        <ul aria-label="Matching customers" className="rounded-md border border-border">
          {matches.map((customer) => (
            <li key={customer.id} className="border-b border-border last:border-b-0">
              <button
                type="button"
                className="flex w-full items-baseline gap-2 px-3 py-1.5 text-left text-sm hover:bg-surface-muted focus-visible:bg-surface-muted"
                onClick={() => {
                  pick(customer);
                }}
              >
                <span className="font-medium">{customer.name ?? customer.email}</span>
                <span className="truncate text-xs text-muted-foreground">{customer.email}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {q.length >= 2 && search.isSuccess && matches.length === 0 && (
        <p className="text-xs text-muted-foreground">No customer matches “{q}”.</p>
      )}
      {linkedId !== undefined && (
        <p className="flex items-center gap-2 text-xs text-muted-foreground">
          Linked to a customer of the store.
          <Button variant="ghost" size="sm" onClick={onUnlink}>
            Unlink
          </Button>
        </p>
      )}
    </div>
  );
}
