import type { ReactNode } from 'react';

import { TRPCReactProvider } from '~/trpc/react';

/** Sign-in, sign-up and the account's pages talk to the API through the query cache. */
export default function AccountLayout({ children }: { children: ReactNode }) {
  return <TRPCReactProvider>{children}</TRPCReactProvider>;
}
