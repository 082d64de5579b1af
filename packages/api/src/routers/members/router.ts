import { createTRPCRouter } from '../../trpc.ts';
import { invite } from './invite.ts';
import { list } from './list.ts';
import { remove } from './remove.ts';
import { updateRole } from './update-role.ts';

export const membersRouter = createTRPCRouter({ list, invite, updateRole, remove });
