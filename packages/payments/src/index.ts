export * from './types.ts';
export * from './payment-error.ts';
export * from './descriptor.ts';
export * from './registry.ts';
export * from './money.ts';
export { manualCredentialsSchema } from './providers/manual/manual-descriptor.ts';
export type { ManualCredentials } from './providers/manual/manual-descriptor.ts';
export { stripeCredentialsSchema } from './providers/stripe/stripe-descriptor.ts';
export type { StripeCredentials } from './providers/stripe/stripe-descriptor.ts';
export {
  paypalCredentialsSchema,
  paypalEnvironments,
} from './providers/paypal/paypal-descriptor.ts';
export type { PayPalCredentials } from './providers/paypal/paypal-descriptor.ts';
