import { createTRPCRouter } from '../../../trpc.ts';
import { create } from './create.ts';
import { get } from './get.ts';
import { list } from './list.ts';
import { resume } from './resume.ts';
import { suspend } from './suspend.ts';

export const tenantsRouter = createTRPCRouter({ list, get, create, suspend, resume });
