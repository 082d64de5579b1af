import { z } from 'zod';

import { idSchema } from './common.ts';

export const workflowRunStatusSchema = z.enum([
  'queued',
  'running',
  'sleeping',
  'waiting',
  'completed',
  'failed',
  'cancelled',
]);
export type WorkflowRunStatusValue = z.infer<typeof workflowRunStatusSchema>;

/** A workflow function id, e.g. `checkout` or `abandoned-cart`. */
export const workflowFunctionIdSchema = z
  .string()
  .trim()
  .min(1, 'Required')
  .max(128, 'At most 128 characters')
  .regex(/^[a-z0-9_-]+$/i, 'Malformed workflow id');

export const listWorkflowRunsInputSchema = z.object({
  status: workflowRunStatusSchema.optional(),
  functionId: workflowFunctionIdSchema.optional(),
  cursor: idSchema.optional(),
  limit: z.number().int().min(1).max(100).default(25),
});
export type ListWorkflowRunsInput = z.infer<typeof listWorkflowRunsInputSchema>;

export const workflowRunIdInputSchema = z.object({ runId: idSchema });
