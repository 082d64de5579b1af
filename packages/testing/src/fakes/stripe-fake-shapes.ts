import { randomBytes } from 'node:crypto';

import { formString } from './http-form.ts';
import type { FormObject } from './http-form.ts';
import type { FakeResponse } from './http-server.ts';

/** Stripe's v1 objects as the Stripe fake stores and answers them, and its error bodies. */
export interface StripeFakePaymentIntent {
  id: string;
  object: 'payment_intent';
  amount: number;
  amount_capturable: number;
  amount_received: number;
  currency: string;
  status:
    | 'requires_payment_method'
    | 'requires_confirmation'
    | 'requires_action'
    | 'processing'
    | 'requires_capture'
    | 'succeeded'
    | 'canceled';
  capture_method: 'automatic' | 'automatic_async' | 'manual';
  client_secret: string;
  created: number;
  livemode: false;
  metadata: Record<string, string>;
  receipt_email: string | null;
  latest_charge: string | null;
  last_payment_error: { type: string; code: string; decline_code?: string; message: string } | null;
  automatic_payment_methods: { enabled: boolean } | null;
  payment_method: string | null;
}

export interface StripeFakeRefund {
  id: string;
  object: 'refund';
  amount: number;
  currency: string;
  charge: string;
  payment_intent: string;
  status: 'succeeded';
  reason: string | null;
  metadata: Record<string, string>;
  created: number;
}

export interface StripeFakeCharge {
  id: string;
  object: 'charge';
  amount: number;
  amount_captured: number;
  amount_refunded: number;
  currency: string;
  captured: boolean;
  paid: boolean;
  refunded: boolean;
  status: 'succeeded';
  payment_intent: string;
  metadata: Record<string, string>;
  created: number;
  refunds: { object: 'list'; data: StripeFakeRefund[]; has_more: false; url: string };
}

export interface StripeFakeEvent {
  id: string;
  object: 'event';
  api_version: string;
  created: number;
  livemode: false;
  pending_webhooks: number;
  request: { id: string | null; idempotency_key: string | null };
  type: string;
  data: { object: StripeFakePaymentIntent | StripeFakeCharge };
}

/** The version stripe 23 pins; events carry the version they were rendered with. */
export const apiVersion = '2026-10-28.endive';
export const now = () => Math.floor(Date.now() / 1000);
export const idOf = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;

export const stripeError = (
  status: number,
  error: Record<string, unknown>,
  headers: Record<string, string> = {},
): FakeResponse => ({
  status,
  body: { error: { ...error } },
  headers: { 'request-id': idOf('req'), ...headers },
});

export const invalidRequest = (message: string, extra: Record<string, unknown> = {}) =>
  stripeError(400, { type: 'invalid_request_error', message, ...extra });

export const noSuch = (kind: string, id: string, param: string, status = 404) =>
  stripeError(status, {
    type: 'invalid_request_error',
    code: 'resource_missing',
    param,
    message: `No such ${kind}: '${id}'`,
    doc_url: 'https://stripe.com/docs/error-codes/resource-missing',
  });

export const integerParam = (form: FormObject, key: string): number | undefined | 'invalid' => {
  const raw = formString(form, key);
  if (raw === undefined) return undefined;
  return /^\d+$/.test(raw) ? Number(raw) : 'invalid';
};

export const metadataOf = (form: FormObject): Record<string, string> => {
  const metadata = form.metadata;
  if (typeof metadata !== 'object' || Array.isArray(metadata)) return {};
  return Object.fromEntries(
    Object.entries(metadata).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
};
