import { createHash, createHmac, randomBytes } from 'node:crypto';

import { delayed, createFaults } from './http-faults.ts';
import type { FaultControls } from './http-faults.ts';
import { formObject, formString, parseFormBody } from './http-form.ts';
import type { FormObject } from './http-form.ts';
import { headerOf, startHttpFake } from './http-server.ts';
import type { FakeRequest, FakeResponse } from './http-server.ts';
import {
  apiVersion,
  idOf,
  integerParam,
  invalidRequest,
  metadataOf,
  noSuch,
  now,
  stripeError,
} from './stripe-fake-shapes.ts';
import type {
  StripeFakeCharge,
  StripeFakeEvent,
  StripeFakePaymentIntent,
  StripeFakeRefund,
} from './stripe-fake-shapes.ts';

export type {
  StripeFakeCharge,
  StripeFakeEvent,
  StripeFakePaymentIntent,
  StripeFakeRefund,
} from './stripe-fake-shapes.ts';

export interface StripeFakeState {
  paymentIntents: Map<string, StripeFakePaymentIntent>;
  charges: Map<string, StripeFakeCharge>;
  refunds: Map<string, StripeFakeRefund>;
  /** Every request received, in order, for assertions on retries and idempotency. */
  requests: { method: string; path: string; idempotencyKey: string | undefined }[];
}

export interface StripeFakeControls extends FaultControls {
  /** The next PaymentIntent create or capture is declined with this code (402 card_error). */
  declineNext(declineCode?: string): void;
  /** The shopper completed payment in the browser: authorised (manual capture) or succeeded. */
  confirmPaymentIntent(paymentIntentId: string): StripeFakePaymentIntent;
  /** The shopper's card was declined in the browser. */
  failPaymentIntent(paymentIntentId: string, declineCode?: string): StripeFakePaymentIntent;
  reset(): void;
}

export interface StripeFake {
  url: string;
  port: number;
  /** Options for `new Stripe(key, …)` / PaymentProviderOptions.apiBaseUrl. */
  secretKey: string;
  publishableKey: string;
  webhookSecret: string;
  /** The three credentials as the payment settings store them. */
  credentials: { secretKey: string; publishableKey: string; webhookSecret: string };
  state: StripeFakeState;
  controls: StripeFakeControls;
  /** Event payloads as Stripe sends them, built from the fake's current state. */
  events: {
    paymentIntentSucceeded(paymentIntentId: string): StripeFakeEvent;
    paymentIntentPaymentFailed(paymentIntentId: string): StripeFakeEvent;
    chargeRefunded(paymentIntentId: string): StripeFakeEvent;
  };
  /** A delivery signed like Stripe's: `Stripe-Signature: t=…,v1=HMAC_SHA256(secret, t.body)`. */
  signedWebhook(
    event: StripeFakeEvent | Record<string, unknown>,
    options?: { secret?: string; timestamp?: number },
  ): { rawBody: string; headers: Headers };
  close(): Promise<void>;
}

const captureMethods = ['automatic', 'automatic_async', 'manual'] as const;
const isCaptureMethod = (value: string): value is (typeof captureMethods)[number] =>
  (captureMethods as readonly string[]).includes(value);

/**
 * A local Stripe API for tests: the real `stripe` SDK is pointed at it (`host`, `port`,
 * `protocol: 'http'`). It speaks the v1 shapes the platform uses: PaymentIntents (create,
 * retrieve, capture, cancel), refunds, error bodies, Bearer keys and Idempotency-Key replay,
 * and signs webhook deliveries exactly as Stripe does.
 */
export async function startStripeFake(
  options: { secretKey?: string; webhookSecret?: string } = {},
): Promise<StripeFake> {
  const suffix = randomBytes(8).toString('hex');
  const secretKey = options.secretKey ?? `sk_test_fake${suffix}`;
  const publishableKey = `pk_test_fake${suffix}`;
  const webhookSecret = options.webhookSecret ?? `whsec_fake${suffix}`;
  const state: StripeFakeState = {
    paymentIntents: new Map(),
    charges: new Map(),
    refunds: new Map(),
    requests: [],
  };
  const faults = createFaults();
  const declines: string[] = [];
  /** Idempotency results by key and API key, as Stripe scopes them (24 h there, forever here). */
  const idempotent = new Map<string, { fingerprint: string; response: FakeResponse }>();

  const cardDeclined = (declineCode: string, paymentIntent?: StripeFakePaymentIntent) =>
    stripeError(402, {
      type: 'card_error',
      code: 'card_declined',
      decline_code: declineCode,
      message: 'Your card was declined.',
      doc_url: 'https://stripe.com/docs/error-codes/card-declined',
      ...(paymentIntent ? { payment_intent: paymentIntent } : {}),
    });

  function chargeFor(paymentIntent: StripeFakePaymentIntent, captured: number): StripeFakeCharge {
    const charge: StripeFakeCharge = {
      id: idOf('ch'),
      object: 'charge',
      amount: paymentIntent.amount,
      amount_captured: captured,
      amount_refunded: 0,
      currency: paymentIntent.currency,
      captured: true,
      paid: true,
      refunded: false,
      status: 'succeeded',
      payment_intent: paymentIntent.id,
      metadata: paymentIntent.metadata,
      created: now(),
      refunds: { object: 'list', data: [], has_more: false, url: '' },
    };
    charge.refunds.url = `/v1/charges/${charge.id}/refunds`;
    state.charges.set(charge.id, charge);
    paymentIntent.latest_charge = charge.id;
    return charge;
  }

  function createPaymentIntent(form: FormObject): FakeResponse {
    const amount = integerParam(form, 'amount');
    const currency = formString(form, 'currency');
    if (amount === undefined)
      return invalidRequest('Missing required param: amount.', { param: 'amount' });
    if (amount === 'invalid' || amount < 1) {
      return invalidRequest('This value must be greater than or equal to 1.', { param: 'amount' });
    }
    if (!currency || !/^[a-z]{3}$/.test(currency)) {
      return invalidRequest(`Invalid currency: ${currency ?? ''}.`, { param: 'currency' });
    }
    const captureMethod = formString(form, 'capture_method') ?? 'automatic_async';
    if (!isCaptureMethod(captureMethod)) {
      return invalidRequest(`Invalid capture_method: ${captureMethod}`, {
        param: 'capture_method',
      });
    }
    const paymentMethod = formString(form, 'payment_method') ?? null;
    const automaticPaymentMethods = formObject(form, 'automatic_payment_methods');
    const id = idOf('pi');
    const paymentIntent: StripeFakePaymentIntent = {
      id,
      object: 'payment_intent',
      amount,
      amount_capturable: 0,
      amount_received: 0,
      currency,
      status: paymentMethod ? 'requires_confirmation' : 'requires_payment_method',
      capture_method: captureMethod,
      client_secret: `${id}_secret_${randomBytes(12).toString('hex')}`,
      created: now(),
      livemode: false,
      metadata: metadataOf(form),
      receipt_email: formString(form, 'receipt_email') ?? null,
      latest_charge: null,
      last_payment_error: null,
      automatic_payment_methods: automaticPaymentMethods
        ? { enabled: formString(automaticPaymentMethods, 'enabled') === 'true' }
        : null,
      payment_method: paymentMethod,
    };
    const decline =
      declines.shift() ??
      (paymentMethod === 'pm_card_chargeDeclined' ? 'generic_decline' : undefined);
    state.paymentIntents.set(id, paymentIntent);
    if (decline !== undefined) {
      failPaymentIntent(id, decline);
      return cardDeclined(decline, paymentIntent);
    }
    if (paymentMethod && formString(form, 'confirm') === 'true') confirmPaymentIntent(id);
    return { status: 200, body: paymentIntent };
  }

  function requireIntent(id: string): StripeFakePaymentIntent {
    const paymentIntent = state.paymentIntents.get(id);
    if (!paymentIntent) throw new Error(`The Stripe fake has no PaymentIntent ${id}.`);
    return paymentIntent;
  }

  function confirmPaymentIntent(id: string): StripeFakePaymentIntent {
    const paymentIntent = requireIntent(id);
    paymentIntent.last_payment_error = null;
    paymentIntent.payment_method ??= 'pm_card_visa';
    if (paymentIntent.capture_method === 'manual') {
      paymentIntent.status = 'requires_capture';
      paymentIntent.amount_capturable = paymentIntent.amount;
      chargeFor(paymentIntent, 0).captured = false;
    } else {
      paymentIntent.status = 'succeeded';
      paymentIntent.amount_received = paymentIntent.amount;
      chargeFor(paymentIntent, paymentIntent.amount);
    }
    return paymentIntent;
  }

  function failPaymentIntent(id: string, declineCode = 'generic_decline') {
    const paymentIntent = requireIntent(id);
    paymentIntent.status = 'requires_payment_method';
    paymentIntent.last_payment_error = {
      type: 'card_error',
      code: 'card_declined',
      decline_code: declineCode,
      message: 'Your card was declined.',
    };
    return paymentIntent;
  }

  function capturePaymentIntent(id: string, form: FormObject): FakeResponse {
    const paymentIntent = state.paymentIntents.get(id);
    if (!paymentIntent) return noSuch('payment_intent', id, 'intent');
    const decline = declines.shift();
    if (decline !== undefined) return cardDeclined(decline, paymentIntent);
    if (paymentIntent.status !== 'requires_capture') {
      return invalidRequest(
        `This PaymentIntent could not be captured because it has a status of ${paymentIntent.status}. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.`,
        { code: 'payment_intent_unexpected_state', payment_intent: paymentIntent },
      );
    }
    const requested = integerParam(form, 'amount_to_capture');
    if (
      requested === 'invalid' ||
      (requested !== undefined && requested > paymentIntent.amount_capturable)
    ) {
      return invalidRequest(
        'The amount to capture must be less than or equal to the amount capturable.',
        {
          code: 'amount_too_large',
          param: 'amount_to_capture',
        },
      );
    }
    const amount = requested ?? paymentIntent.amount_capturable;
    paymentIntent.status = 'succeeded';
    paymentIntent.amount_received = amount;
    paymentIntent.amount_capturable = 0;
    const charge = paymentIntent.latest_charge
      ? state.charges.get(paymentIntent.latest_charge)
      : undefined;
    if (charge) {
      charge.captured = true;
      charge.amount_captured = amount;
    } else chargeFor(paymentIntent, amount);
    return { status: 200, body: paymentIntent };
  }

  function cancelPaymentIntent(id: string): FakeResponse {
    const paymentIntent = state.paymentIntents.get(id);
    if (!paymentIntent) return noSuch('payment_intent', id, 'intent');
    if (paymentIntent.status === 'succeeded' || paymentIntent.status === 'canceled') {
      return invalidRequest(
        `You cannot cancel this PaymentIntent because it has a status of ${paymentIntent.status}.`,
        { code: 'payment_intent_unexpected_state' },
      );
    }
    paymentIntent.status = 'canceled';
    paymentIntent.amount_capturable = 0;
    return { status: 200, body: paymentIntent };
  }

  function createRefund(form: FormObject): FakeResponse {
    const paymentIntentId = formString(form, 'payment_intent');
    if (!paymentIntentId) {
      return invalidRequest(
        'One of the following params should be provided for this request: payment_intent or charge.',
      );
    }
    const paymentIntent = state.paymentIntents.get(paymentIntentId);
    if (!paymentIntent) return noSuch('payment_intent', paymentIntentId, 'payment_intent', 400);
    const charge = paymentIntent.latest_charge
      ? state.charges.get(paymentIntent.latest_charge)
      : undefined;
    if (!charge?.captured) {
      return invalidRequest(
        `This PaymentIntent (${paymentIntentId}) does not have a successful charge to refund.`,
        { param: 'payment_intent' },
      );
    }
    const remaining = charge.amount_captured - charge.amount_refunded;
    if (remaining === 0) {
      return invalidRequest(`Charge ${charge.id} has already been refunded.`, {
        code: 'charge_already_refunded',
        charge: charge.id,
      });
    }
    const requested = integerParam(form, 'amount');
    if (requested === 'invalid' || requested === 0) {
      return invalidRequest('This value must be greater than or equal to 1.', { param: 'amount' });
    }
    const amount = requested ?? remaining;
    if (amount > remaining) {
      const money = (value: number) =>
        `${(value / 100).toFixed(2)} ${charge.currency.toUpperCase()}`;
      return invalidRequest(
        `Refund amount (${money(amount)}) is greater than unrefunded amount on charge (${money(remaining)})`,
        { param: 'amount' },
      );
    }
    const refund: StripeFakeRefund = {
      id: idOf('re'),
      object: 'refund',
      amount,
      currency: charge.currency,
      charge: charge.id,
      payment_intent: paymentIntent.id,
      status: 'succeeded',
      reason: formString(form, 'reason') ?? null,
      metadata: metadataOf(form),
      created: now(),
    };
    state.refunds.set(refund.id, refund);
    charge.amount_refunded += amount;
    charge.refunded = charge.amount_refunded === charge.amount_captured;
    // Stripe lists a charge's refunds newest first.
    charge.refunds.data.unshift(refund);
    return { status: 200, body: refund };
  }

  function route(request: FakeRequest, form: FormObject): FakeResponse {
    const { method, path } = request;
    if (method === 'POST' && path === '/v1/payment_intents') return createPaymentIntent(form);
    if (method === 'POST' && path === '/v1/refunds') return createRefund(form);
    const intent = /^\/v1\/payment_intents\/([^/]+)(?:\/(capture|cancel))?$/.exec(path);
    if (intent) {
      const id = decodeURIComponent(intent[1] ?? '');
      if (method === 'GET' && intent[2] === undefined) {
        const paymentIntent = state.paymentIntents.get(id);
        return paymentIntent
          ? { status: 200, body: paymentIntent }
          : noSuch('payment_intent', id, 'intent');
      }
      if (method === 'POST' && intent[2] === 'capture') return capturePaymentIntent(id, form);
      if (method === 'POST' && intent[2] === 'cancel') return cancelPaymentIntent(id);
    }
    const refund = /^\/v1\/refunds\/([^/]+)$/.exec(path);
    if (method === 'GET' && refund) {
      const id = decodeURIComponent(refund[1] ?? '');
      const found = state.refunds.get(id);
      return found ? { status: 200, body: found } : noSuch('refund', id, 'id');
    }
    return invalidRequest(`Unrecognized request URL (${method}: ${path}).`);
  }

  async function handle(request: FakeRequest): Promise<FakeResponse> {
    const idempotencyKey = headerOf(request, 'idempotency-key');
    state.requests.push({ method: request.method, path: request.path, idempotencyKey });
    const delay = faults.takeDelay();
    const failure = faults.takeFailure();
    if (failure) {
      return delayed(
        stripeError(
          failure.status,
          { type: 'api_error', message: 'An unknown error occurred' },
          failure.headers,
        ),
        delay,
      );
    }
    const apiKey = /^Bearer (.+)$/.exec(headerOf(request, 'authorization') ?? '')?.[1];
    if (apiKey !== secretKey) {
      const shown = apiKey ? `${apiKey.slice(0, 8)}${'*'.repeat(8)}${apiKey.slice(-4)}` : '';
      return delayed(
        stripeError(401, {
          type: 'invalid_request_error',
          message: apiKey
            ? `Invalid API Key provided: ${shown}`
            : 'You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth.',
        }),
        delay,
      );
    }
    const form = parseFormBody(request.body);
    if (request.method !== 'POST' || !idempotencyKey) return delayed(route(request, form), delay);

    const scopedKey = `${apiKey}:${idempotencyKey}`;
    const fingerprint = createHash('sha256')
      .update(`${request.path}\n${request.body}`)
      .digest('hex');
    const previous = idempotent.get(scopedKey);
    if (previous) {
      if (previous.fingerprint !== fingerprint) {
        return delayed(
          stripeError(400, {
            type: 'idempotency_error',
            message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
          }),
          delay,
        );
      }
      const replay = previous.response;
      return delayed(
        { ...replay, headers: { ...replay.headers, 'idempotent-replayed': 'true' } },
        delay,
      );
    }
    // The work is done and remembered before any delay, as when a response is lost on the way back.
    const response = route(request, form);
    idempotent.set(scopedKey, {
      fingerprint,
      response: { ...response, body: structuredClone(response.body) },
    });
    return delayed(response, delay);
  }

  const server = await startHttpFake(handle);

  const event = (
    type: string,
    object: StripeFakePaymentIntent | StripeFakeCharge,
  ): StripeFakeEvent => ({
    id: idOf('evt'),
    object: 'event',
    api_version: apiVersion,
    created: now(),
    livemode: false,
    pending_webhooks: 1,
    request: { id: idOf('req'), idempotency_key: null },
    type,
    data: { object: structuredClone(object) },
  });

  return {
    url: server.url,
    port: server.port,
    secretKey,
    publishableKey,
    webhookSecret,
    credentials: { secretKey, publishableKey, webhookSecret },
    state,
    controls: {
      ...faults.controls,
      declineNext: (declineCode = 'generic_decline') => void declines.push(declineCode),
      confirmPaymentIntent,
      failPaymentIntent,
      reset() {
        faults.reset();
        declines.length = 0;
      },
    },
    events: {
      paymentIntentSucceeded: (id) => event('payment_intent.succeeded', requireIntent(id)),
      paymentIntentPaymentFailed: (id) => event('payment_intent.payment_failed', requireIntent(id)),
      chargeRefunded(id) {
        const chargeId = requireIntent(id).latest_charge;
        const charge = chargeId ? state.charges.get(chargeId) : undefined;
        if (!charge) throw new Error(`PaymentIntent ${id} has no charge in the Stripe fake.`);
        return event('charge.refunded', charge);
      },
    },
    signedWebhook(stripeEvent, { secret = webhookSecret, timestamp = now() } = {}) {
      const rawBody = JSON.stringify(stripeEvent, null, 2);
      const signature = createHmac('sha256', secret)
        .update(`${timestamp}.${rawBody}`)
        .digest('hex');
      return {
        rawBody,
        headers: new Headers({
          'content-type': 'application/json; charset=utf-8',
          'stripe-signature': `t=${timestamp},v1=${signature}`,
        }),
      };
    },
    close: () => server.close(),
  };
}
