import type { Metadata } from 'next';

import { AddressBook } from '~/components/account/address-book';
import { countryOptions, localeCountry } from '~/components/cart/country-options';
import { HydrateClient } from '~/trpc/hydrate-client';
import { getQueryClient, trpc } from '~/trpc/server';

import { accountMetadata } from '../../_lib/account-metadata';
import { requireCustomer } from '../../_lib/require-customer';
import { requireStore } from '../../_lib/require-store';

export function generateMetadata(): Promise<Metadata> {
  return accountMetadata('Your addresses');
}

/** The address book. Read on the server, then edited in place. */
export default async function AddressesPage() {
  await requireCustomer('/account/addresses');
  const store = await requireStore();
  // Awaited so the HTML already lists the addresses; a failure is left to the client to retry.
  await getQueryClient()
    .query(trpc.storefront.account.addresses.list.queryOptions())
    .catch(() => undefined);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Your addresses</h1>
        <p className="mt-1 text-sm text-muted-foreground">
          Saved addresses are offered at checkout. The defaults are filled in for you.
        </p>
      </div>
      <HydrateClient>
        <AddressBook
          locale={store.locale}
          countries={countryOptions()}
          defaultCountry={localeCountry(store.locale) ?? ''}
        />
      </HydrateClient>
    </div>
  );
}
