import { accountService } from '../../session/account-service.ts';
import { publicProcedure } from '../../trpc.ts';

/** Demo accounts for the sign-in page: only with local auth and only while the demo seed exists. */
export const demoAccounts = publicProcedure.query(({ ctx }) => {
  if (ctx.authEnv().AUTH_PROVIDER !== 'local') return { password: null, accounts: [] };
  return accountService(ctx.database).listDemoAccounts();
});
