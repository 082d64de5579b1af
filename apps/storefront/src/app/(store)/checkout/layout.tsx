import type { ReactNode } from 'react';

import { TRPCReactProvider } from '~/trpc/react';

/** Every checkout step talks to the API through the query cache. */
export default function CheckoutLayout({ children }: { children: ReactNode }) {
  return <TRPCReactProvider>{children}</TRPCReactProvider>;
}
