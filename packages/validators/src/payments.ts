import { z } from 'zod';

import { idSchema } from './common.ts';
import { paymentProviderSchema } from './checkout.ts';

/** `automatic` takes the money when the shopper pays; `manual` authorises it for a later capture. */
export const paymentCaptureModeSchema = z.enum(['automatic', 'manual']);
export type PaymentCaptureMode = z.infer<typeof paymentCaptureModeSchema>;

export const paypalEnvironmentSchema = z.enum(['sandbox', 'live']);

/** Providers whose keys a merchant stores: the manual provider needs none. */
export const credentialProviderSchema = z.enum(['stripe', 'paypal']);

const publicKeyText = z
  .string()
  .trim()
  .min(1, 'Required')
  .max(255, 'At most 255 characters')
  .regex(/^[\x21-\x7e]+$/, 'Keys and ids contain no spaces');

const manualInstructionsSchema = z.string().trim().max(2000, 'At most 2000 characters');

const enabledProvidersSchema = z
  .array(paymentProviderSchema)
  .max(3)
  .refine((ids) => new Set(ids).size === ids.length, 'List each payment method once');

/**
 * The store's `payments` setting (TenantSetting). Secrets are never here: they live in
 * Credential rows. Only the public parts of each provider's keys are kept in the JSON.
 */
export const paymentSettingsSchema = z.object({
  enabledProviders: enabledProvidersSchema,
  captureMode: paymentCaptureModeSchema,
  manualInstructions: manualInstructionsSchema,
  stripe: z.object({ publishableKey: publicKeyText.nullable() }),
  paypal: z.object({
    clientId: publicKeyText.nullable(),
    webhookId: publicKeyText.nullable(),
    environment: paypalEnvironmentSchema,
  }),
});
export type PaymentSettings = z.infer<typeof paymentSettingsSchema>;

/** A store without a `payments` setting takes manual payments, captured when the money arrives. */
export const defaultPaymentSettings: PaymentSettings = {
  enabledProviders: ['manual'],
  captureMode: 'automatic',
  manualInstructions: '',
  stripe: { publishableKey: null },
  paypal: { clientId: null, webhookId: null, environment: 'sandbox' },
};

/** Every field optional; `null` clears a public key. */
export const updatePaymentSettingsInputSchema = z.object({
  enabledProviders: enabledProvidersSchema.optional(),
  captureMode: paymentCaptureModeSchema.optional(),
  manualInstructions: manualInstructionsSchema.optional(),
  stripe: z.object({ publishableKey: publicKeyText.nullable().optional() }).optional(),
  paypal: z
    .object({
      clientId: publicKeyText.nullable().optional(),
      webhookId: publicKeyText.nullable().optional(),
      environment: paypalEnvironmentSchema.optional(),
    })
    .optional(),
});
export type UpdatePaymentSettingsInput = z.infer<typeof updatePaymentSettingsInputSchema>;

/** The secret credential fields of the providers (which provider has which is checked in core). */
export const paymentCredentialNameSchema = z.enum(['secretKey', 'webhookSecret', 'clientSecret']);

export const savePaymentCredentialInputSchema = z.object({
  provider: credentialProviderSchema,
  /** Stripe: `secretKey`, `webhookSecret`; PayPal: `clientSecret`. */
  name: paymentCredentialNameSchema,
  secret: z
    .string()
    .trim()
    .min(1, 'Enter the secret')
    .max(1024, 'At most 1024 characters')
    .regex(/^[\x21-\x7e]+$/, 'Secrets contain no spaces'),
});

export const removePaymentCredentialInputSchema = z.object({
  provider: credentialProviderSchema,
  name: paymentCredentialNameSchema,
});

export const capturePaymentInputSchema = z.object({
  orderId: idSchema,
  /** The authorised payment to capture; omitted: the order's only authorised one. */
  paymentId: idSchema.optional(),
});

export const payOrderInputSchema = z.object({
  orderId: idSchema,
  /** Pay with another available method than the one chosen at checkout. */
  provider: paymentProviderSchema.optional(),
});
