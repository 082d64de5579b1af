import type { ReactNode } from 'react';

import { AccountNav } from '~/components/account/account-nav';

/** The signed-in account: its sections beside the page. Each page checks the session itself. */
export default function AccountLayout({ children }: { children: ReactNode }) {
  return (
    <main className="mx-auto w-full max-w-6xl px-4 py-8 sm:px-6 lg:py-12">
      <div className="grid gap-6 lg:grid-cols-[12rem_minmax(0,1fr)] lg:gap-10">
        <AccountNav />
        <div className="min-w-0">{children}</div>
      </div>
    </main>
  );
}
