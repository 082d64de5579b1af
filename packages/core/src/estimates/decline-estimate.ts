import type { TenantClient } from '@storeloom/db';

import { answerEstimate } from './answer-estimate.ts';

/** The customer declines through the public link. */
export async function declineEstimate(input: {
  db: TenantClient;
  tenantId: string;
  token: string;
  now?: Date;
}) {
  return answerEstimate({ ...input, answer: 'declined', now: input.now ?? new Date() });
}
