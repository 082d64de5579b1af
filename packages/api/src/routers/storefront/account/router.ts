import { createTRPCRouter } from '../../../trpc.ts';
import { accountAddressesRouter } from './addresses/router.ts';
import { me } from './me.ts';
import { accountOrdersRouter } from './orders/router.ts';
import { signIn } from './sign-in.ts';
import { signOut } from './sign-out.ts';
import { signUp } from './sign-up.ts';

export const storefrontAccountRouter = createTRPCRouter({
  signUp,
  signIn,
  me,
  addresses: accountAddressesRouter,
  orders: accountOrdersRouter,
  // Last: suites that walk the router in order keep their shopper signed in until the end.
  signOut,
});
