import {
  EmailOutboxError,
  emailTransportFromEnv,
  retryEmail,
  type EmailTransport,
} from '@storeloom/email';
import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { notFound, preconditionFailed } from '../errors/domain-error.ts';

/**
 * A merchant sends a failed email again. The delivery is a network call, so it runs outside a
 * transaction; the audit entry records the attempt and its outcome afterwards.
 */
export async function retryOutboxEmail({
  db,
  tenantId,
  actor,
  emailId,
  transport = emailTransportFromEnv(),
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  emailId: string;
  transport?: EmailTransport;
}) {
  let result;
  try {
    result = await retryEmail({ db, emailId, transport });
  } catch (error) {
    if (error instanceof EmailOutboxError) {
      throw error.code === 'not_found' ? notFound('Email') : preconditionFailed(error.message);
    }
    throw error;
  }
  const { email, failure } = result;
  await recordAudit(db, {
    tenantId,
    actor,
    action: 'email.retry',
    targetType: 'EmailOutbox',
    targetId: email.id,
    before: { status: 'failed', attempts: email.attempts - 1 },
    after: { status: email.status, attempts: email.attempts, error: email.error },
  });
  return {
    emailId: email.id,
    status: email.status,
    attempts: email.attempts,
    error: email.error,
    sentAt: email.sentAt,
    retriable: failure?.retriable ?? null,
  };
}
