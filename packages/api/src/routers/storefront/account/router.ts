import { createTRPCRouter } from '../../../trpc.ts';
import { accountAddressesRouter } from './addresses/router.ts';
import { me } from './me.ts';
import { accountOrdersRouter } from './orders/router.ts';
import { requestMagicLink } from './request-magic-link.ts';
import { requestPasswordReset } from './request-password-reset.ts';
import { resetPassword } from './reset-password.ts';
import { signIn } from './sign-in.ts';
import { signInWithMagicLink } from './sign-in-with-magic-link.ts';
import { signOut } from './sign-out.ts';
import { signUp } from './sign-up.ts';

export const storefrontAccountRouter = createTRPCRouter({
  signUp,
  signIn,
  me,
  requestPasswordReset,
  resetPassword,
  requestMagicLink,
  signInWithMagicLink,
  addresses: accountAddressesRouter,
  orders: accountOrdersRouter,
  // Last: suites that walk the router in order keep their shopper signed in until the end.
  signOut,
});
