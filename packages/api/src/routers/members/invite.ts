import { inviteMember } from '@storeloom/core';
import { inviteMemberInputSchema } from '@storeloom/validators';

import { userDirectory } from '../../session/user-directory.ts';
import { merchantProcedure } from '../../trpc.ts';

export const invite = merchantProcedure
  .meta({ permission: 'members:invite' })
  .input(inviteMemberInputSchema)
  .mutation(({ ctx, input }) =>
    inviteMember({
      db: ctx.db,
      users: userDirectory(ctx.database),
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      actingMember: ctx.member,
      email: input.email,
      role: input.role,
    }),
  );
