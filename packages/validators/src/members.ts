import { z } from 'zod';

import { emailSchema, idSchema } from './common.ts';

export const storeRoleSchema = z.enum(['owner', 'admin', 'staff', 'viewer']);
export type StoreRole = z.infer<typeof storeRoleSchema>;

export const inviteMemberInputSchema = z.object({
  email: emailSchema,
  role: storeRoleSchema.exclude(['owner'], { error: 'Ownership is transferred, not invited' }),
});

export const updateMemberRoleInputSchema = z.object({
  memberId: idSchema,
  role: storeRoleSchema,
});

export const removeMemberInputSchema = z.object({ memberId: idSchema });
