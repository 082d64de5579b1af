import { randomBytes } from 'node:crypto';

import type { FakeResponse } from './http-server.ts';

/** PayPal's REST shapes as the PayPal fake stores and answers them, and its error bodies. */
export interface PayPalMoney {
  currency_code: string;
  value: string;
}

export interface PayPalFakeCapture {
  id: string;
  status: 'COMPLETED' | 'DECLINED' | 'PARTIALLY_REFUNDED' | 'REFUNDED';
  amount: PayPalMoney;
  final_capture: boolean;
  seller_receivable_breakdown: {
    gross_amount: PayPalMoney;
    paypal_fee: PayPalMoney;
    net_amount: PayPalMoney;
  };
  supplementary_data: { related_ids: { order_id: string; authorization_id?: string } };
  create_time: string;
  update_time: string;
  links: { href: string; rel: string; method: string }[];
}

export interface PayPalFakeRefund {
  id: string;
  status: 'COMPLETED';
  amount: PayPalMoney;
  note_to_payer?: string;
  seller_payable_breakdown: {
    gross_amount: PayPalMoney;
    paypal_fee: PayPalMoney;
    net_amount: PayPalMoney;
    total_refunded_amount: PayPalMoney;
  };
  create_time: string;
  update_time: string;
  links: { href: string; rel: string; method: string }[];
}

export interface PayPalFakeAuthorization {
  id: string;
  status: 'CREATED' | 'CAPTURED' | 'PARTIALLY_CAPTURED' | 'VOIDED';
  amount: PayPalMoney;
  create_time: string;
}

export interface PayPalFakeOrder {
  id: string;
  intent: 'CAPTURE' | 'AUTHORIZE';
  status: 'CREATED' | 'APPROVED' | 'COMPLETED' | 'VOIDED';
  purchase_units: {
    reference_id: string;
    custom_id?: string;
    invoice_id?: string;
    amount: PayPalMoney;
    payments?: {
      captures?: PayPalFakeCapture[];
      refunds?: PayPalFakeRefund[];
      authorizations?: PayPalFakeAuthorization[];
    };
  }[];
  create_time: string;
  links: { href: string; rel: string; method: string }[];
}

export type PayPalFakePayments = NonNullable<PayPalFakeOrder['purchase_units'][number]['payments']>;

export interface PayPalFakeEvent<Resource = PayPalFakeCapture | PayPalFakeRefund> {
  id: string;
  event_version: '1.0';
  create_time: string;
  resource_type: 'capture' | 'refund';
  resource_version: '2.0';
  event_type: string;
  summary: string;
  resource: Resource;
  links: { href: string; rel: string; method: string }[];
}

export const isoNow = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
export const paypalId = (length = 17) =>
  randomBytes(length)
    .toString('base64')
    .replace(/[^A-Z0-9]/gi, '')
    .toUpperCase()
    .slice(0, length)
    .padEnd(length, '7');

export const paypalError = (
  status: number,
  name: string,
  message: string,
  details: { issue: string; description: string; field?: string }[] = [],
): FakeResponse => ({
  status,
  body: {
    name,
    message,
    debug_id: randomBytes(7).toString('hex'),
    details,
    links: [
      {
        href: `https://developer.paypal.com/docs/api/orders/v2/#error-${details[0]?.issue ?? name}`,
        rel: 'information_link',
        method: 'GET',
      },
    ],
  },
});

export const unprocessable = (issue: string, description: string) =>
  paypalError(
    422,
    'UNPROCESSABLE_ENTITY',
    'The requested action could not be performed, semantically incorrect, or failed business validation.',
    [{ issue, description }],
  );

export const notFound = () =>
  paypalError(404, 'RESOURCE_NOT_FOUND', 'The specified resource does not exist.', [
    {
      issue: 'INVALID_RESOURCE_ID',
      description:
        'Specified resource ID does not exist. Please check the resource ID and try again.',
    },
  ]);

export const invalidRequest = (issue: string, description: string, field?: string) =>
  paypalError(
    400,
    'INVALID_REQUEST',
    'Request is not well-formed, syntactically incorrect, or violates schema.',
    [{ issue, description, ...(field ? { field } : {}) }],
  );

/** PayPal's amounts are decimal strings; the fake does its arithmetic in minor units. */
export const decimalsOf = (currency: string) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits ?? 2;
export const toMinor = (money: PayPalMoney) =>
  Math.round(Number(money.value) * 10 ** decimalsOf(money.currency_code));
export const toMoney = (minor: number, currency: string): PayPalMoney => ({
  currency_code: currency,
  value: (minor / 10 ** decimalsOf(currency)).toFixed(decimalsOf(currency)),
});

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
