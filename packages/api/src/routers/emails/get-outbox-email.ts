import { getOutboxEmail } from '@storeloom/core';
import { emailIdInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

/** The email with its HTML; the admin shows it in a sandboxed iframe. */
export const getOutboxEmailProcedure = merchantProcedure
  .meta({ permission: 'email:read' })
  .input(emailIdInputSchema)
  .query(({ ctx, input }) => getOutboxEmail({ db: ctx.db, emailId: input.emailId }));
