import type { TenantClient } from '@storeloom/db';

import { answerEstimate } from './answer-estimate.ts';

/** The customer accepts through the public link; an expired estimate cannot be accepted. */
export async function acceptEstimate(input: {
  db: TenantClient;
  tenantId: string;
  token: string;
  now?: Date;
}) {
  return answerEstimate({ ...input, answer: 'accepted', now: input.now ?? new Date() });
}
