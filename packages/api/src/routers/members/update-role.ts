import { updateMemberRole } from '@storeloom/core';
import { updateMemberRoleInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

export const updateRole = merchantProcedure
  .meta({ permission: 'members:update-role' })
  .input(updateMemberRoleInputSchema)
  .mutation(({ ctx, input }) =>
    updateMemberRole({
      db: ctx.db,
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      actingMember: ctx.member,
      memberId: input.memberId,
      role: input.role,
    }),
  );
