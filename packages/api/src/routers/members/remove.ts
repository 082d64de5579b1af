import { removeMember } from '@storeloom/core';
import { removeMemberInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const remove = merchantProcedure
  .meta({ permission: 'members:remove' })
  .input(removeMemberInputSchema)
  .mutation(({ ctx, input }) =>
    removeMember({
      db: ctx.db,
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      actingMember: ctx.member,
      memberId: input.memberId,
    }),
  );
