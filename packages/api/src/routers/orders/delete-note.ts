import { deleteOrderNote } from '@storeloom/core';
import { deleteOrderNoteInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const deleteNote = merchantProcedure
  .meta({ permission: 'orders:write' })
  .input(deleteOrderNoteInputSchema)
  .mutation(({ ctx, input }) =>
    deleteOrderNote({ db: ctx.db, tenantId: ctx.tenantId, actor: ctx.actor, noteId: input.noteId }),
  );
