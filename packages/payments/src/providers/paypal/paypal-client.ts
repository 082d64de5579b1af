import { createHash } from 'node:crypto';

import type { z } from 'zod';

import { fetchWithRetries, RetriesExhaustedError } from '../../with-retries.ts';
import type { HttpResult, RetryOptions } from '../../with-retries.ts';
import { paypalHttpError, paypalUnavailable } from './paypal-errors.ts';
import { paypalTokenSchema } from './paypal-schemas.ts';

export interface PayPalClientConfig {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  retry: RetryOptions;
}

export interface PayPalRequest {
  method: 'GET' | 'POST';
  path: string;
  /** Sent as JSON; a string is sent as it is (webhook verification embeds the raw event). */
  body?: unknown;
  /** PayPal-Request-Id: the same id makes PayPal answer a repeated POST with the first result. */
  requestId?: string;
}

/**
 * Access tokens live about nine hours; they are shared by every provider instance with the same
 * app, so building a provider per request does not fetch a token per request.
 */
const tokenCache = new Map<string, { token: string; expiresAt: number }>();
/** Renew a little early so a token never expires between the check and PayPal reading it. */
const tokenMarginMs = 60_000;

/** PayPal caps PayPal-Request-Id at 108 characters; longer keys are hashed to a stable id. */
export const paypalRequestId = (key: string) =>
  key.length <= 108 ? key : createHash('sha256').update(key).digest('hex');

export function createPayPalClient(config: PayPalClientConfig) {
  const cacheKey = [
    config.baseUrl,
    config.clientId,
    createHash('sha256').update(config.clientSecret).digest('hex'),
  ].join('\n');

  async function send(url: string, init: RequestInit): Promise<HttpResult> {
    try {
      return await fetchWithRetries(url, init, config.retry);
    } catch (error) {
      if (error instanceof RetriesExhaustedError) throw paypalUnavailable(error);
      throw error;
    }
  }

  async function accessToken(): Promise<string> {
    const cached = tokenCache.get(cacheKey);
    if (cached && cached.expiresAt > Date.now()) return cached.token;
    const basic = Buffer.from(`${config.clientId}:${config.clientSecret}`).toString('base64');
    const result = await send(`${config.baseUrl}/v1/oauth2/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${basic}`,
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      body: 'grant_type=client_credentials',
    });
    // The token endpoint answers 401 invalid_client for a wrong ID or secret.
    if (result.status === 400 || result.status === 401) throw paypalHttpError(401, result.body);
    if (result.status >= 300) throw paypalHttpError(result.status, result.body);
    const token = readJson(result, paypalTokenSchema);
    tokenCache.set(cacheKey, {
      token: token.access_token,
      expiresAt: Date.now() + token.expires_in * 1000 - tokenMarginMs,
    });
    return token.access_token;
  }

  async function attempt(request: PayPalRequest): Promise<HttpResult> {
    const headers: Record<string, string> = {
      authorization: `Bearer ${await accessToken()}`,
      accept: 'application/json',
      prefer: 'return=representation',
    };
    if (request.body !== undefined) headers['content-type'] = 'application/json';
    if (request.requestId !== undefined)
      headers['paypal-request-id'] = paypalRequestId(request.requestId);
    return send(`${config.baseUrl}${request.path}`, {
      method: request.method,
      headers,
      ...(request.body === undefined
        ? {}
        : { body: typeof request.body === 'string' ? request.body : JSON.stringify(request.body) }),
    });
  }

  /** Sends one API request and reads the answer with `schema`; errors become PaymentErrors. */
  async function request<T>(input: PayPalRequest, schema: z.ZodType<T>): Promise<T> {
    let result = await attempt(input);
    if (result.status === 401) {
      // A token revoked or expired early: fetch a fresh one once before giving up.
      tokenCache.delete(cacheKey);
      result = await attempt(input);
    }
    if (result.status >= 300) throw paypalHttpError(result.status, result.body);
    return readJson(result, schema);
  }

  return { request };
}

export type PayPalClient = ReturnType<typeof createPayPalClient>;

function readJson<T>(result: HttpResult, schema: z.ZodType<T>): T {
  let json: unknown;
  try {
    json = JSON.parse(result.body);
  } catch (error) {
    throw paypalUnavailable(error);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw paypalUnavailable(parsed.error);
  return parsed.data;
}
