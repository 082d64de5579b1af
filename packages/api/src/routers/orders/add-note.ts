import { addOrderNote } from '@storeloom/core';
import { addOrderNoteInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const addNote = merchantProcedure
  .meta({ permission: 'orders:write' })
  .input(addOrderNoteInputSchema)
  .mutation(({ ctx, input }) =>
    addOrderNote({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, ...input }),
  );
