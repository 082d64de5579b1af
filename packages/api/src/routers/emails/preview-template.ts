import { previewEmailTemplate } from '@storeloom/core';
import { previewEmailTemplateInputSchema } from '@storeloom/validators';

import { merchantProcedure } from '../../trpc.ts';

/** The template rendered with sample data in the store's branding: subject, HTML and text. */
export const previewTemplate = merchantProcedure
  .meta({ permission: 'email:read' })
  .input(previewEmailTemplateInputSchema)
  .query(({ ctx, input }) =>
    previewEmailTemplate({ db: ctx.db, tenantId: ctx.tenantId, templateKey: input.templateKey }),
  );
