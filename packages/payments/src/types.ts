/**
 * The contract every payment plugin implements. Amounts are integer minor units with an ISO 4217
 * currency code (upper case); references are the provider's own ids, stored on Payment and Refund.
 */
export const paymentProviderIds = ['manual', 'stripe', 'paypal'] as const;
export type PaymentProviderId = (typeof paymentProviderIds)[number];

/** The provider-side state of a payment, mapped onto our PaymentState values. */
export type ProviderPaymentStatus =
  'pending' | 'requires_action' | 'authorized' | 'captured' | 'failed' | 'cancelled';

export interface CreatePaymentInput {
  tenantId: string;
  orderId: string;
  orderNumber: string;
  amount: number;
  currency: string;
  /** Same key, same payment: providers that support idempotency receive it; retries reuse it. */
  idempotencyKey: string;
  customerEmail?: string;
  /** `manual` authorises now and captures later (Stripe capture_method=manual, PayPal AUTHORIZE). */
  capture: 'automatic' | 'manual';
  /** PayPal sends the shopper back here after approval. */
  returnUrl?: string;
  cancelUrl?: string;
}

export interface CreatedPayment {
  reference: string;
  status: ProviderPaymentStatus;
  /** Stripe Elements confirms the payment in the browser with it. Never logged. */
  clientSecret?: string;
  /** PayPal approval link for the shopper. */
  approvalUrl?: string;
  /** Manual provider: what the shopper is told (bank details, pay on delivery). */
  instructions?: string;
}

export interface CapturePaymentInput {
  reference: string;
  /** Omitted: capture the full authorised amount. */
  amount?: number;
  currency: string;
  idempotencyKey: string;
}

export interface CapturedPayment {
  reference: string;
  status: ProviderPaymentStatus;
  capturedAmount: number;
}

export interface RefundPaymentInput {
  reference: string;
  amount: number;
  currency: string;
  idempotencyKey: string;
  reason?: string;
}

export interface RefundedPayment {
  refundReference: string;
  status: 'pending' | 'succeeded' | 'failed';
  amount: number;
}

/** What a verified webhook means for us, independent of the provider's event vocabulary. */
export type PaymentEventEffect =
  | { kind: 'payment_succeeded'; reference: string; amount: number; currency: string }
  | { kind: 'payment_failed'; reference: string; code: string; message: string }
  /** `refundedTotal` is cumulative, so applying an older event after a newer one changes nothing. */
  | {
      kind: 'payment_refunded';
      reference: string;
      refundReference: string | null;
      refundedTotal: number;
      currency: string;
    }
  | { kind: 'ignored'; reason: string };

export interface VerifiedPaymentEvent {
  provider: PaymentProviderId;
  /** Provider's event id: with the provider and store it identifies a delivery exactly once. */
  eventId: string;
  type: string;
  occurredAt: Date;
  effect: PaymentEventEffect;
  /** The parsed body, stored on WebhookEvent.payload for support. */
  payload: unknown;
}

export interface WebhookRequest {
  /** The exact bytes received: signatures are computed over them, never over re-serialised JSON. */
  rawBody: string;
  headers: Headers;
}

export interface PaymentProvider {
  readonly id: PaymentProviderId;
  createPayment(input: CreatePaymentInput): Promise<CreatedPayment>;
  capturePayment(input: CapturePaymentInput): Promise<CapturedPayment>;
  refundPayment(input: RefundPaymentInput): Promise<RefundedPayment>;
  /** Throws PaymentError('invalid_signature') for anything not provably from the provider. */
  verifyWebhook(request: WebhookRequest): Promise<VerifiedPaymentEvent>;
}

/** How a provider reaches its API; tests point `apiBaseUrl` at the local fakes. */
export interface PaymentProviderOptions {
  apiBaseUrl?: string;
  /** Per request; default 10 s. */
  timeoutMs?: number;
  /** Retries of transient failures (timeouts, 429, 5xx) with exponential backoff; default 2. */
  maxRetries?: number;
  /**
   * First backoff before a retry, doubling each time; default 250 ms. Tests shorten it. PayPal
   * only: the Stripe SDK keeps its own backoff (0.5 s and up).
   */
  retryBaseDelayMs?: number;
}
