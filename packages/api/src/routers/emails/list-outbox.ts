import { listOutboxEmails } from '@storeloom/core';
import { listOutboxEmailsInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const listOutbox = merchantProcedure
  .meta({ permission: 'email:read' })
  .input(listOutboxEmailsInputSchema)
  .query(({ ctx, input }) => listOutboxEmails({ db: ctx.db, ...input }));
