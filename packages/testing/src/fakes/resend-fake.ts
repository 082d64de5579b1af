import { randomUUID } from 'node:crypto';

import { createFaults, delayed, type FaultControls } from './http-faults.ts';
import { headerOf, startHttpFake, type FakeRequest, type FakeResponse } from './http-server.ts';

/** An email the fake accepted, with the body as Resend's POST /emails received it (snake_case). */
export interface ResendFakeEmail {
  id: string;
  idempotencyKey: string | null;
  from: string;
  to: string[];
  subject: string;
  html: string | null;
  text: string | null;
  replyTo: string[];
  attachments: { filename: string; contentType: string | null; content: string }[];
}

/** Every request that reached the fake, accepted or not. */
export interface ResendFakeRequest {
  method: string;
  path: string;
  authorization: string | null;
  idempotencyKey: string | null;
  status: number;
}

export interface ResendFakeControls extends FaultControls {
  /** Clears recorded requests and emails, queued faults and remembered idempotency keys. */
  reset(): void;
}

export interface ResendFake {
  /** Base URL for the SDK's `baseUrl` option (or RESEND_BASE_URL). */
  url: string;
  /** The API key the fake accepts as `Authorization: Bearer <key>`. */
  apiKey: string;
  /** Emails accepted, once each (an idempotent replay adds nothing). */
  sent: ResendFakeEmail[];
  requests: ResendFakeRequest[];
  controls: ResendFakeControls;
  close(): Promise<void>;
}

type ErrorName =
  | 'missing_api_key'
  | 'invalid_api_key'
  | 'not_found'
  | 'validation_error'
  | 'missing_required_field'
  | 'invalid_idempotent_request'
  | 'internal_server_error'
  | 'application_error';

const errorNames: Record<number, ErrorName> = {
  401: 'missing_api_key',
  403: 'invalid_api_key',
  404: 'not_found',
  409: 'invalid_idempotent_request',
  422: 'validation_error',
  500: 'internal_server_error',
};

function error(statusCode: number, message: string, name?: ErrorName): FakeResponse {
  return {
    status: statusCode,
    body: { statusCode, name: name ?? errorNames[statusCode] ?? 'application_error', message },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const text = (value: unknown) => (typeof value === 'string' ? value : null);
const list = (value: unknown) =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.filter((item) => typeof item === 'string')
      : [];

function attachmentsOf(value: unknown): ResendFakeEmail['attachments'] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((attachment) => ({
    filename: text(attachment.filename) ?? '',
    contentType: text(attachment.content_type),
    content: text(attachment.content) ?? '',
  }));
}

/** Resend answers 422 for the first required field that is missing. */
function parseEmail(
  body: Record<string, unknown>,
): Omit<ResendFakeEmail, 'id' | 'idempotencyKey'> | string {
  for (const field of ['from', 'to', 'subject'] as const) {
    if (body[field] === undefined || body[field] === null || body[field] === '') return field;
  }
  return {
    from: text(body.from) ?? '',
    to: list(body.to),
    subject: text(body.subject) ?? '',
    html: text(body.html),
    text: text(body.text),
    replyTo: list(body.reply_to),
    attachments: attachmentsOf(body.attachments),
  };
}

/**
 * A local stand-in for Resend's REST API (POST /emails) that the real SDK talks to: bearer-key
 * auth, the SDK's request shape, `{ id }` on success and `{ statusCode, name, message }` on
 * errors. An idempotency key replays the first successful answer (the same id, nothing sent
 * again); the same key with a different payload is a 409, as with Resend.
 */
export async function startResendFake({
  apiKey = 're_test_fake_key',
}: { apiKey?: string } = {}): Promise<ResendFake> {
  const sent: ResendFakeEmail[] = [];
  const requests: ResendFakeRequest[] = [];
  const replies = new Map<string, { payload: string; id: string }>();
  const faults = createFaults();

  function answer(request: FakeRequest): FakeResponse {
    const authorization = headerOf(request, 'authorization');
    if (request.method !== 'POST' || request.path !== '/emails') {
      return error(404, 'Route not found.');
    }
    if (!authorization) return error(401, 'Missing API key in the authorization header.');
    if (authorization !== `Bearer ${apiKey}`) return error(403, 'API key is invalid');
    const failure = faults.takeFailure();
    if (failure) {
      return failure.status === 422
        ? error(422, 'The `to` field must be a valid email address.')
        : error(failure.status, 'An unexpected error occurred.');
    }
    let body: unknown;
    try {
      body = JSON.parse(request.body);
    } catch {
      return error(422, 'The request body is not valid JSON.');
    }
    if (!isRecord(body)) return error(422, 'The request body must be an object.');
    const email = parseEmail(body);
    if (typeof email === 'string') {
      return error(422, `Missing \`${email}\` field.`, 'missing_required_field');
    }
    const key = headerOf(request, 'idempotency-key') ?? null;
    if (key !== null) {
      const previous = replies.get(key);
      if (previous && previous.payload !== request.body) {
        return error(409, 'Same idempotency key used with a different request payload.');
      }
      if (previous) return { status: 200, body: { id: previous.id } };
    }
    const id = randomUUID();
    if (key !== null) replies.set(key, { payload: request.body, id });
    sent.push({ id, idempotencyKey: key, ...email });
    return { status: 200, body: { id } };
  }

  const server = await startHttpFake((request) => {
    const response = answer(request);
    requests.push({
      method: request.method,
      path: request.path,
      authorization: headerOf(request, 'authorization') ?? null,
      idempotencyKey: headerOf(request, 'idempotency-key') ?? null,
      status: response.status,
    });
    return delayed(response, faults.takeDelay());
  });

  return {
    url: server.url,
    apiKey,
    sent,
    requests,
    controls: {
      ...faults.controls,
      reset() {
        sent.length = 0;
        requests.length = 0;
        replies.clear();
        faults.reset();
      },
    },
    close: () => server.close(),
  };
}
