import {
  type DomainErrorCode,
  isDomainError,
  type ProviderAccess,
  readEncryptionKeyRing,
  receivePaymentWebhook,
} from '@storeloom/core';
import { type Database, getDatabase } from '@storeloom/db';
import { credentialProviderSchema, idSchema } from '@storeloom/validators';

import { readLimitedBody } from './read-limited-body.ts';

/** Provider events are a few kilobytes; anything near this is not one. */
export const MAX_WEBHOOK_BYTES = 1024 * 1024;

export interface PaymentWebhookOptions {
  database?: Database;
  /** Key ring and provider options; tests point the providers at the local fakes. */
  access?: ProviderAccess;
  maxBytes?: number;
}

const json = (status: number, body: Record<string, unknown>) =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store' } });

/**
 * Providers retry anything but a 2xx, so: 400 for a delivery we will never accept (bad
 * signature, provider not configured), 404 for an unknown store or provider, 503 when the
 * provider could not be asked to verify, 500 only for bugs.
 */
const statusOf: Record<DomainErrorCode, number> = {
  BAD_REQUEST: 400,
  PRECONDITION_FAILED: 400,
  CONFLICT: 409,
  NOT_FOUND: 404,
  FORBIDDEN: 404,
  UNAUTHORIZED: 401,
  TOO_MANY_REQUESTS: 429,
  UNAVAILABLE: 503,
};

/**
 * The payment webhook endpoint of one store and provider (`/api/webhooks/{provider}/{storeId}`):
 * the store's scoped client, the raw body (at most 1 MB), then `receivePaymentWebhook`, which
 * verifies, records once and applies once. A replay answers 200 with status `duplicate`.
 */
export async function handlePaymentWebhook(
  request: Request,
  params: { provider: string; storeId: string },
  options: PaymentWebhookOptions = {},
): Promise<Response> {
  const provider = credentialProviderSchema.safeParse(params.provider);
  const storeId = idSchema.safeParse(params.storeId);
  if (!provider.success || !storeId.success) return json(404, { error: 'Not found' });

  try {
    const db = (options.database ?? getDatabase()).forTenant(storeId.data);
    const store = await db.tenant.findFirst({ where: { id: storeId.data }, select: { id: true } });
    if (!store) return json(404, { error: 'Not found' });

    const rawBody = await readLimitedBody(request, options.maxBytes ?? MAX_WEBHOOK_BYTES);
    if (rawBody === null) return json(413, { error: 'The body is too large' });

    const receipt = await receivePaymentWebhook({
      db,
      tenantId: store.id,
      provider: provider.data,
      rawBody,
      headers: request.headers,
      ...(options.access ?? { keys: readEncryptionKeyRing() }),
    });
    return json(200, { received: true, status: receipt.status });
  } catch (error) {
    if (isDomainError(error)) return json(statusOf[error.code], { error: error.message });
    console.error(`[webhooks] ${provider.data} delivery for store ${storeId.data} failed:`, error);
    return json(500, { error: 'The event could not be processed; it will be retried' });
  }
}
