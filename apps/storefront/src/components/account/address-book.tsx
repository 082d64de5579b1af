'use client';

import {
  ActionNotice,
  Button,
  ConfirmDialog,
  EmptyState,
  type Notice,
  Skeleton,
  useHydrated,
} from '@storeloom/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import type { CountryOption } from '~/components/cart/country-options';
import { useTRPC } from '~/trpc/react';

import type { SavedAddress } from './account-types';
import { AddressCard } from './address-card';
import { AddressEditor } from './address-editor';
import { formFailureOf } from './form-failure';

export interface AddressBookProps {
  locale: string;
  countries: readonly CountryOption[];
  defaultCountry: string;
}

/** What is open: nothing, the new-address form, or one address's form. */
type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; addressId: string };

const closed: Editing = { mode: 'closed' };

/** The shopper's saved addresses: add, edit, delete (after asking) and choose the defaults. */
export function AddressBook({ locale, countries, defaultCountry }: AddressBookProps) {
  const trpc = useTRPC();
  // Buttons that only work with the script stay disabled until it runs.
  const hydrated = useHydrated();
  const queryClient = useQueryClient();
  const listQuery = trpc.storefront.account.addresses.list.queryOptions();
  const { data: addresses, isError, refetch, isRefetching } = useQuery(listQuery);
  const [editing, setEditing] = useState<Editing>(closed);
  const [deleting, setDeleting] = useState<SavedAddress | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: listQuery.queryKey });

  const remove = useMutation(
    trpc.storefront.account.addresses.delete.mutationOptions({
      onSuccess: async () => {
        setDeleting(null);
        setNotice({ tone: 'success', message: 'Address deleted.' });
        await refresh();
      },
    }),
  );
  const setDefault = useMutation(
    trpc.storefront.account.addresses.setDefault.mutationOptions({
      onSuccess: async (_result, input) => {
        setNotice({
          tone: 'success',
          message: `Default ${input.kind} address updated.`,
        });
        await refresh();
      },
      onError: (error) => {
        setNotice({ tone: 'danger', message: formFailureOf(error).message });
      },
    }),
  );

  if (addresses === undefined) {
    if (!isError) {
      return (
        <div
          aria-busy="true"
          aria-label="Loading your addresses"
          className="grid gap-4 md:grid-cols-2"
        >
          <Skeleton className="h-44 rounded-xl" />
          <Skeleton className="h-44 rounded-xl" />
        </div>
      );
    }
    return (
      <EmptyState
        title="We could not load your addresses"
        description="Check your connection and try again."
        action={
          <Button variant="secondary" loading={isRefetching} onClick={() => void refetch()}>
            Try again
          </Button>
        }
      />
    );
  }

  const saved = (message: string) => {
    setEditing(closed);
    setNotice({ tone: 'success', message });
    void refresh();
  };
  const editor = (address?: SavedAddress) => (
    <AddressEditor
      address={address}
      isFirst={address === undefined && addresses.length === 0}
      countries={countries}
      defaultCountry={defaultCountry}
      onSaved={saved}
      onCancel={() => {
        setEditing(closed);
      }}
    />
  );

  return (
    <div className="space-y-6">
      {notice !== null && (
        <ActionNotice
          notice={notice}
          onDismiss={() => {
            setNotice(null);
          }}
        />
      )}

      {editing.mode === 'new' ? (
        <section
          aria-label="New address"
          className="rounded-xl border border-border bg-surface p-5 sm:p-6"
        >
          <h2 className="mb-4 text-base font-semibold">New address</h2>
          {editor()}
        </section>
      ) : (
        <Button
          size="lg"
          disabled={!hydrated}
          onClick={() => {
            setNotice(null);
            setEditing({ mode: 'new' });
          }}
        >
          Add a new address
        </Button>
      )}

      {addresses.length === 0 && editing.mode !== 'new' ? (
        <EmptyState
          className="rounded-xl border border-dashed border-border"
          title="No saved addresses yet"
          description="Save an address to check out faster. Your first one becomes your default."
        />
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {addresses.map((address) => (
            <li
              key={address.addressId}
              className="rounded-xl border border-border bg-surface p-5"
              aria-label={`${address.firstName} ${address.lastName}, ${address.line1}`}
            >
              {editing.mode === 'edit' && editing.addressId === address.addressId ? (
                <>
                  <h2 className="mb-4 text-base font-semibold">Edit address</h2>
                  {editor(address)}
                </>
              ) : (
                <AddressCard
                  address={address}
                  locale={locale}
                  busy={setDefault.isPending || !hydrated}
                  onEdit={() => {
                    setNotice(null);
                    setEditing({ mode: 'edit', addressId: address.addressId });
                  }}
                  onDelete={() => {
                    remove.reset();
                    setDeleting(address);
                  }}
                  onMakeDefault={(kind) => {
                    setDefault.mutate({ addressId: address.addressId, kind });
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}

      <ConfirmDialog
        open={deleting !== null}
        tone="danger"
        title="Delete this address?"
        description={
          deleting !== null && (
            <>
              {deleting.line1}, {deleting.city} is removed from your address book. Orders already
              placed keep the address they were sent to.
            </>
          )
        }
        confirmLabel="Delete address"
        pending={remove.isPending}
        error={remove.isError ? formFailureOf(remove.error).message : null}
        onCancel={() => {
          setDeleting(null);
        }}
        onConfirm={() => {
          if (deleting !== null) remove.mutate({ addressId: deleting.addressId });
        }}
      />
    </div>
  );
}
