import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';

import { createFaults, delayed } from './http-faults.ts';
import type { FaultControls } from './http-faults.ts';
import { headerOf, startHttpFake } from './http-server.ts';
import type { FakeRequest, FakeResponse } from './http-server.ts';
import {
  decimalsOf,
  invalidRequest,
  isoNow,
  isRecord,
  notFound,
  paypalError,
  paypalId,
  toMinor,
  toMoney,
  unprocessable,
} from './paypal-fake-shapes.ts';
import type {
  PayPalFakeCapture,
  PayPalFakeEvent,
  PayPalFakeOrder,
  PayPalFakePayments,
  PayPalFakeRefund,
  PayPalMoney,
} from './paypal-fake-shapes.ts';

export type {
  PayPalFakeAuthorization,
  PayPalFakeCapture,
  PayPalFakeEvent,
  PayPalFakeOrder,
  PayPalFakeRefund,
  PayPalMoney,
} from './paypal-fake-shapes.ts';

export interface PayPalFakeState {
  orders: Map<string, PayPalFakeOrder>;
  /** Every request received, in order, for assertions on token caching, retries and idempotency. */
  requests: { method: string; path: string; requestId: string | undefined }[];
}

export interface PayPalFakeControls extends FaultControls {
  /** The next capture is declined (422 INSTRUMENT_DECLINED). */
  declineNext(): void;
  /** The shopper approved the order on PayPal. */
  approveOrder(orderId: string): PayPalFakeOrder;
  /** Every access token issued so far stops working (as when PayPal revokes or expires them). */
  revokeTokens(): void;
  reset(): void;
}

export interface PayPalFake {
  url: string;
  port: number;
  clientId: string;
  clientSecret: string;
  webhookId: string;
  /** As the payment settings store them (environment is irrelevant: tests pass apiBaseUrl). */
  credentials: {
    clientId: string;
    clientSecret: string;
    webhookId: string;
    environment: 'sandbox';
  };
  state: PayPalFakeState;
  controls: PayPalFakeControls;
  /** Webhook events as PayPal sends them, built from the fake's current state. */
  events: {
    captureCompleted(orderId: string): PayPalFakeEvent<PayPalFakeCapture>;
    captureDenied(orderId: string): PayPalFakeEvent<PayPalFakeCapture>;
    /** For the order's latest refund. */
    captureRefunded(orderId: string): PayPalFakeEvent<PayPalFakeRefund>;
  };
  /**
   * A delivery with PayPal's transmission headers. Only deliveries made here verify as SUCCESS
   * at /v1/notifications/verify-webhook-signature, and only with the same event body. Any
   * object can be delivered, so tests can send event types or shapes the builders do not make.
   */
  webhookDelivery(event: PayPalFakeEvent | Record<string, unknown>): {
    rawBody: string;
    headers: Headers;
  };
  close(): Promise<void>;
}

/**
 * A local PayPal REST API for tests: OAuth2 client credentials, Orders v2 (create, get,
 * authorize, capture), captures and refunds under /v2/payments, and webhook signature
 * verification. Error bodies follow PayPal's shape: `name`, `message`, `details[]`, `debug_id`.
 */
export async function startPayPalFake(options: { webhookId?: string } = {}): Promise<PayPalFake> {
  const clientId = `fake-client-${randomBytes(6).toString('hex')}`;
  const clientSecret = `fake-secret-${randomBytes(12).toString('hex')}`;
  const webhookId = options.webhookId ?? paypalId(17);
  const signingKey = randomBytes(32);
  const state: PayPalFakeState = { orders: new Map(), requests: [] };
  const tokens = new Set<string>();
  const faults = createFaults();
  let declines = 0;
  const replays = new Map<string, FakeResponse>();
  /** Deliveries this fake signed, by transmission id: what a SUCCESS verification needs to match. */
  const deliveries = new Map<string, { event: unknown; signature: string; time: string }>();
  let baseUrl = '';

  const link = (path: string, rel: string, method = 'GET') => ({
    href: `${baseUrl}${path}`,
    rel,
    method,
  });
  const paymentsOf = (order: PayPalFakeOrder): PayPalFakePayments => {
    const unit = order.purchase_units[0];
    if (!unit) throw new Error(`PayPal order ${order.id} has no purchase unit in the fake.`);
    return (unit.payments ??= {});
  };
  const findCapture = (captureId: string) => {
    for (const order of state.orders.values()) {
      const capture = order.purchase_units[0]?.payments?.captures?.find(
        (candidate) => candidate.id === captureId,
      );
      if (capture) return { order, capture };
    }
    return undefined;
  };
  const findAuthorization = (authorizationId: string) => {
    for (const order of state.orders.values()) {
      const authorization = order.purchase_units[0]?.payments?.authorizations?.find(
        (candidate) => candidate.id === authorizationId,
      );
      if (authorization) return { order, authorization };
    }
    return undefined;
  };

  function oauthToken(request: FakeRequest): FakeResponse {
    const basic = /^Basic (.+)$/.exec(headerOf(request, 'authorization') ?? '')?.[1];
    const [id, secret] = Buffer.from(basic ?? '', 'base64')
      .toString('utf8')
      .split(':');
    if (id !== clientId || secret !== clientSecret) {
      return {
        status: 401,
        body: { error: 'invalid_client', error_description: 'Client Authentication failed' },
      };
    }
    if (new URLSearchParams(request.body).get('grant_type') !== 'client_credentials') {
      return {
        status: 400,
        body: { error: 'unsupported_grant_type', error_description: 'Grant Type is NULL' },
      };
    }
    const token = `A21AA${randomBytes(24).toString('base64url')}`;
    tokens.add(token);
    return {
      status: 200,
      body: {
        scope: 'https://uri.paypal.com/services/payments/payment',
        access_token: token,
        token_type: 'Bearer',
        app_id: 'APP-80W284485P519543T',
        expires_in: 32400,
        nonce: `${isoNow()}${randomBytes(8).toString('hex')}`,
      },
    };
  }

  function createOrder(body: unknown): FakeResponse {
    if (!isRecord(body) || (body.intent !== 'CAPTURE' && body.intent !== 'AUTHORIZE')) {
      return invalidRequest(
        'INVALID_PARAMETER_VALUE',
        'The value of a field is invalid.',
        '/intent',
      );
    }
    const units = Array.isArray(body.purchase_units) ? (body.purchase_units as unknown[]) : [];
    const unit = units[0];
    if (
      !isRecord(unit) ||
      !isRecord(unit.amount) ||
      typeof unit.amount.currency_code !== 'string' ||
      typeof unit.amount.value !== 'string'
    ) {
      return invalidRequest(
        'MISSING_REQUIRED_PARAMETER',
        'A required field / parameter is missing.',
        "/purchase_units/@reference_id=='default'/amount",
      );
    }
    const currency = unit.amount.currency_code;
    const pattern = decimalsOf(currency) === 0 ? /^\d+$/ : /^\d+(\.\d{1,2})?$/;
    if (!pattern.test(unit.amount.value)) {
      return unprocessable(
        'DECIMAL_PRECISION',
        'If the currency supports decimals, only two decimal place precision is supported.',
      );
    }
    const id = paypalId(17);
    const order: PayPalFakeOrder = {
      id,
      intent: body.intent,
      status: 'CREATED',
      purchase_units: [
        {
          reference_id: typeof unit.reference_id === 'string' ? unit.reference_id : 'default',
          ...(typeof unit.custom_id === 'string' ? { custom_id: unit.custom_id } : {}),
          ...(typeof unit.invoice_id === 'string' ? { invoice_id: unit.invoice_id } : {}),
          amount: { currency_code: currency, value: unit.amount.value },
        },
      ],
      create_time: isoNow(),
      links: [],
    };
    order.links = [
      link(`/v2/checkout/orders/${id}`, 'self'),
      {
        href: `https://www.sandbox.paypal.com/checkoutnow?token=${id}`,
        rel: 'approve',
        method: 'GET',
      },
      link(`/v2/checkout/orders/${id}`, 'update', 'PATCH'),
      link(
        `/v2/checkout/orders/${id}/${order.intent === 'CAPTURE' ? 'capture' : 'authorize'}`,
        order.intent.toLowerCase(),
        'POST',
      ),
    ];
    state.orders.set(id, order);
    return { status: 201, body: order };
  }

  function newCapture(
    order: PayPalFakeOrder,
    amount: PayPalMoney,
    authorizationId?: string,
  ): PayPalFakeCapture {
    const fee = toMoney(Math.round(toMinor(amount) * 0.03), amount.currency_code);
    const id = paypalId(17);
    const capture: PayPalFakeCapture = {
      id,
      status: 'COMPLETED',
      amount,
      final_capture: true,
      seller_receivable_breakdown: {
        gross_amount: amount,
        paypal_fee: fee,
        net_amount: toMoney(toMinor(amount) - toMinor(fee), amount.currency_code),
      },
      supplementary_data: {
        related_ids: {
          order_id: order.id,
          ...(authorizationId ? { authorization_id: authorizationId } : {}),
        },
      },
      create_time: isoNow(),
      update_time: isoNow(),
      links: [
        link(`/v2/payments/captures/${id}`, 'self'),
        link(`/v2/payments/captures/${id}/refund`, 'refund', 'POST'),
        link(`/v2/checkout/orders/${order.id}`, 'up'),
      ],
    };
    (paymentsOf(order).captures ??= []).push(capture);
    return capture;
  }

  /** PayPal's refusals of a capture or an authorization, in the order PayPal checks them. */
  function refuseOrderAction(orderId: string, intent: 'CAPTURE' | 'AUTHORIZE') {
    const order = state.orders.get(orderId);
    if (!order) return { refusal: notFound() };
    const [done, verb, other, otherVerb] =
      intent === 'CAPTURE'
        ? (['captured', 'capture', 'AUTHORIZE', 'authorize'] as const)
        : (['authorized', 'authorization', 'CAPTURE', 'capture'] as const);
    if (order.intent !== intent)
      return {
        refusal: unprocessable(
          'ACTION_DOES_NOT_MATCH_INTENT',
          `Order was created with an intent to '${other}'. Please use '/${otherVerb}' or change the intent to '${intent}'.`,
        ),
      };
    if (order.status === 'COMPLETED')
      return {
        refusal: unprocessable(
          `ORDER_ALREADY_${done.toUpperCase()}`,
          `Order already ${done}.If 'intent=${intent}' only one ${verb} per order is allowed.`,
        ),
      };
    if (order.status !== 'APPROVED')
      return {
        refusal: unprocessable(
          'ORDER_NOT_APPROVED',
          'Payer has not yet approved the Order for payment.',
        ),
      };
    if (declines > 0) {
      declines -= 1;
      return {
        refusal: unprocessable(
          'INSTRUMENT_DECLINED',
          "The instrument presented  was either declined by the processor or bank, or it can't be used for this payment.",
        ),
      };
    }
    return { order };
  }

  function captureOrder(orderId: string): FakeResponse {
    const { order, refusal } = refuseOrderAction(orderId, 'CAPTURE');
    if (!order) return refusal;
    const unit = order.purchase_units[0];
    if (!unit) return notFound();
    newCapture(order, unit.amount);
    order.status = 'COMPLETED';
    return { status: 201, body: order };
  }

  function authorizeOrder(orderId: string): FakeResponse {
    const { order, refusal } = refuseOrderAction(orderId, 'AUTHORIZE');
    if (!order) return refusal;
    const unit = order.purchase_units[0];
    if (!unit) return notFound();
    const payments = (unit.payments ??= {});
    (payments.authorizations ??= []).push({
      id: paypalId(17),
      status: 'CREATED',
      amount: unit.amount,
      create_time: isoNow(),
    });
    order.status = 'COMPLETED';
    return { status: 201, body: order };
  }

  function captureAuthorization(authorizationId: string, body: unknown): FakeResponse {
    const found = findAuthorization(authorizationId);
    if (!found) return notFound();
    const { order, authorization } = found;
    if (authorization.status !== 'CREATED')
      return unprocessable(
        'AUTHORIZATION_ALREADY_CAPTURED',
        'Authorization has been previously captured and hence cannot be captured again.',
      );
    const requested =
      isRecord(body) && isRecord(body.amount) && typeof body.amount.value === 'string'
        ? { currency_code: authorization.amount.currency_code, value: body.amount.value }
        : authorization.amount;
    if (toMinor(requested) > toMinor(authorization.amount))
      return unprocessable(
        'MAX_CAPTURE_AMOUNT_EXCEEDED',
        'Capture amount exceeds allowable limit.',
      );
    if (declines > 0) {
      declines -= 1;
      return unprocessable(
        'INSTRUMENT_DECLINED',
        "The instrument presented  was either declined by the processor or bank, or it can't be used for this payment.",
      );
    }
    authorization.status = 'CAPTURED';
    return { status: 201, body: newCapture(order, requested, authorization.id) };
  }

  function refundCapture(captureId: string, body: unknown): FakeResponse {
    const found = findCapture(captureId);
    if (!found) return notFound();
    const { order, capture } = found;
    const payments = paymentsOf(order);
    const refunded = (payments.refunds ?? [])
      .filter((refund) =>
        refund.links.some(
          (candidate) =>
            candidate.rel === 'up' && candidate.href.endsWith(`/captures/${captureId}`),
        ),
      )
      .reduce((sum, refund) => sum + toMinor(refund.amount), 0);
    const remaining = toMinor(capture.amount) - refunded;
    if (remaining === 0)
      return unprocessable(
        'CAPTURE_FULLY_REFUNDED',
        'The capture has already been fully refunded.',
      );
    const requested =
      isRecord(body) &&
      isRecord(body.amount) &&
      typeof body.amount.value === 'string' &&
      typeof body.amount.currency_code === 'string'
        ? { currency_code: body.amount.currency_code, value: body.amount.value }
        : toMoney(remaining, capture.amount.currency_code);
    if (requested.currency_code !== capture.amount.currency_code)
      return unprocessable(
        'REFUND_CAPTURE_CURRENCY_MISMATCH',
        'Refund must be in the same currency as the capture.',
      );
    const amount = toMinor(requested);
    if (amount <= 0)
      return invalidRequest(
        'INVALID_PARAMETER_VALUE',
        'The value of a field is invalid.',
        '/amount/value',
      );
    if (amount > remaining)
      return unprocessable(
        'REFUND_AMOUNT_EXCEEDED',
        'The refund amount must be less than or equal to the capture amount that has not yet been refunded.',
      );
    const currency = capture.amount.currency_code;
    const id = paypalId(17);
    const refund: PayPalFakeRefund = {
      id,
      status: 'COMPLETED',
      amount: requested,
      ...(isRecord(body) && typeof body.note_to_payer === 'string'
        ? { note_to_payer: body.note_to_payer }
        : {}),
      seller_payable_breakdown: {
        gross_amount: requested,
        paypal_fee: toMoney(0, currency),
        net_amount: requested,
        total_refunded_amount: toMoney(refunded + amount, currency),
      },
      create_time: isoNow(),
      update_time: isoNow(),
      links: [
        link(`/v2/payments/refunds/${id}`, 'self'),
        link(`/v2/payments/captures/${captureId}`, 'up'),
      ],
    };
    (payments.refunds ??= []).push(refund);
    capture.status =
      refunded + amount === toMinor(capture.amount) ? 'REFUNDED' : 'PARTIALLY_REFUNDED';
    return { status: 201, body: refund };
  }

  function verifySignature(body: unknown): FakeResponse {
    if (!isRecord(body) || typeof body.transmission_id !== 'string') {
      return invalidRequest(
        'MISSING_REQUIRED_PARAMETER',
        'A required field / parameter is missing.',
        '/transmission_id',
      );
    }
    const delivery = deliveries.get(body.transmission_id);
    const success =
      delivery !== undefined &&
      body.webhook_id === webhookId &&
      body.transmission_sig === delivery.signature &&
      body.transmission_time === delivery.time &&
      body.auth_algo === 'SHA256withRSA' &&
      isDeepStrictEqual(body.webhook_event, delivery.event);
    return { status: 200, body: { verification_status: success ? 'SUCCESS' : 'FAILURE' } };
  }

  function route(request: FakeRequest, body: unknown): FakeResponse {
    const { method, path } = request;
    if (method === 'POST' && path === '/v2/checkout/orders') return createOrder(body);
    if (method === 'POST' && path === '/v1/notifications/verify-webhook-signature')
      return verifySignature(body);
    const order = /^\/v2\/checkout\/orders\/([^/]+)(?:\/(capture|authorize))?$/.exec(path);
    if (order) {
      const id = decodeURIComponent(order[1] ?? '');
      if (method === 'GET' && order[2] === undefined) {
        const found = state.orders.get(id);
        return found ? { status: 200, body: found } : notFound();
      }
      if (method === 'POST' && order[2] === 'capture') return captureOrder(id);
      if (method === 'POST' && order[2] === 'authorize') return authorizeOrder(id);
    }
    const capture = /^\/v2\/payments\/captures\/([^/]+)(\/refund)?$/.exec(path);
    if (capture) {
      const id = decodeURIComponent(capture[1] ?? '');
      if (method === 'GET' && capture[2] === undefined) {
        const found = findCapture(id);
        return found ? { status: 200, body: found.capture } : notFound();
      }
      if (method === 'POST' && capture[2]) return refundCapture(id, body);
    }
    const authorization = /^\/v2\/payments\/authorizations\/([^/]+)\/capture$/.exec(path);
    if (method === 'POST' && authorization)
      return captureAuthorization(decodeURIComponent(authorization[1] ?? ''), body);
    return paypalError(404, 'RESOURCE_NOT_FOUND', 'The specified resource does not exist.');
  }

  async function handle(request: FakeRequest): Promise<FakeResponse> {
    const requestId = headerOf(request, 'paypal-request-id');
    state.requests.push({ method: request.method, path: request.path, requestId });
    const delay = faults.takeDelay();
    const failure = faults.takeFailure();
    if (failure) {
      return delayed(
        {
          ...paypalError(
            failure.status,
            'INTERNAL_SERVICE_ERROR',
            'An internal service error has occurred.',
          ),
          headers: failure.headers,
        },
        delay,
      );
    }
    if (request.method === 'POST' && request.path === '/v1/oauth2/token')
      return delayed(oauthToken(request), delay);
    const token = /^Bearer (.+)$/.exec(headerOf(request, 'authorization') ?? '')?.[1];
    if (!token || !tokens.has(token)) {
      return delayed(
        paypalError(
          401,
          'AUTHENTICATION_FAILURE',
          'Authentication failed due to invalid authentication credentials or a missing Authorization header.',
        ),
        delay,
      );
    }
    let body: unknown = undefined;
    if (request.body !== '') {
      try {
        body = JSON.parse(request.body);
      } catch {
        return delayed(
          invalidRequest('MALFORMED_REQUEST_JSON', 'The request JSON is not well formed.'),
          delay,
        );
      }
    }
    if (request.method !== 'POST' || !requestId) return delayed(route(request, body), delay);
    // PayPal-Request-Id makes a POST idempotent: the same id answers with the first result.
    const replay = replays.get(`${request.path}:${requestId}`);
    if (replay) return delayed(replay, delay);
    const response = route(request, body);
    if (response.status < 500)
      replays.set(`${request.path}:${requestId}`, {
        ...response,
        body: structuredClone(response.body),
      });
    return delayed(response, delay);
  }

  const server = await startHttpFake(handle);
  baseUrl = server.url;

  const requireOrder = (orderId: string) => {
    const order = state.orders.get(orderId);
    if (!order) throw new Error(`The PayPal fake has no order ${orderId}.`);
    return order;
  };
  const event = <Resource extends PayPalFakeCapture | PayPalFakeRefund>(
    eventType: string,
    resourceType: 'capture' | 'refund',
    resource: Resource,
    summary: string,
  ): PayPalFakeEvent<Resource> => ({
    id: `WH-${paypalId(8)}-${paypalId(17)}`,
    event_version: '1.0',
    create_time: isoNow(),
    resource_type: resourceType,
    resource_version: '2.0',
    event_type: eventType,
    summary,
    resource: structuredClone(resource),
    links: [],
  });
  const latestCapture = (orderId: string) => {
    const capture = requireOrder(orderId).purchase_units[0]?.payments?.captures?.at(-1);
    if (!capture) throw new Error(`PayPal order ${orderId} has no capture in the fake.`);
    return capture;
  };

  return {
    url: server.url,
    port: server.port,
    clientId,
    clientSecret,
    webhookId,
    credentials: { clientId, clientSecret, webhookId, environment: 'sandbox' },
    state,
    controls: {
      ...faults.controls,
      declineNext: () => void (declines += 1),
      revokeTokens: () => tokens.clear(),
      approveOrder(orderId) {
        const order = requireOrder(orderId);
        if (order.status === 'CREATED') order.status = 'APPROVED';
        return order;
      },
      reset() {
        faults.reset();
        declines = 0;
      },
    },
    events: {
      captureCompleted: (orderId) => {
        const capture = latestCapture(orderId);
        return event(
          'PAYMENT.CAPTURE.COMPLETED',
          'capture',
          capture,
          `Payment completed for ${capture.amount.value} ${capture.amount.currency_code}`,
        );
      },
      captureDenied: (orderId) => {
        const capture = { ...latestCapture(orderId), status: 'DECLINED' as const };
        return event(
          'PAYMENT.CAPTURE.DENIED',
          'capture',
          capture,
          `Payment denied for ${capture.amount.value} ${capture.amount.currency_code}`,
        );
      },
      captureRefunded: (orderId) => {
        const refund = requireOrder(orderId).purchase_units[0]?.payments?.refunds?.at(-1);
        if (!refund) throw new Error(`PayPal order ${orderId} has no refund in the fake.`);
        return event(
          'PAYMENT.CAPTURE.REFUNDED',
          'refund',
          refund,
          `A ${refund.amount.value} ${refund.amount.currency_code} capture payment was refunded`,
        );
      },
    },
    webhookDelivery(paypalEvent) {
      const rawBody = JSON.stringify(paypalEvent);
      const transmissionId = randomUUID();
      const time = isoNow();
      const signature = createHmac('sha256', signingKey)
        .update(`${transmissionId}|${time}|${webhookId}|${rawBody}`)
        .digest('base64');
      deliveries.set(transmissionId, { event: JSON.parse(rawBody) as unknown, signature, time });
      return {
        rawBody,
        headers: new Headers({
          'content-type': 'application/json',
          'paypal-auth-algo': 'SHA256withRSA',
          'paypal-cert-url': `${server.url}/v1/notifications/certs/CERT-360caa42-fca2a594-fake`,
          'paypal-transmission-id': transmissionId,
          'paypal-transmission-sig': signature,
          'paypal-transmission-time': time,
        }),
      };
    },
    close: () => server.close(),
  };
}
