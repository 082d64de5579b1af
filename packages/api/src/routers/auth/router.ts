import { createTRPCRouter } from '../../trpc.ts';
import { demoAccounts } from './demo-accounts.ts';
import { session } from './session.ts';
import { signIn } from './sign-in.ts';
import { signOut } from './sign-out.ts';
import { switchStore } from './switch-store.ts';

export const authRouter = createTRPCRouter({ session, signIn, signOut, switchStore, demoAccounts });
