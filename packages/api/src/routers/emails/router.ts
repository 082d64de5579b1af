import { createTRPCRouter } from '../../trpc.ts';
import { getOutboxEmailProcedure } from './get-outbox-email.ts';
import { listOutbox } from './list-outbox.ts';
import { listTemplates } from './list-templates.ts';
import { previewTemplate } from './preview-template.ts';
import { retryOutboxEmailProcedure } from './retry-outbox-email.ts';

export const emailsRouter = createTRPCRouter({
  outbox: createTRPCRouter({
    list: listOutbox,
    get: getOutboxEmailProcedure,
    retry: retryOutboxEmailProcedure,
  }),
  templates: createTRPCRouter({ list: listTemplates, preview: previewTemplate }),
});
