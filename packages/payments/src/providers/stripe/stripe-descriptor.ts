import { z } from 'zod';

import type { PaymentProviderDescriptor } from '../../descriptor.ts';

const key = (label: string, prefixes: readonly string[]) =>
  z
    .string()
    .trim()
    .max(255, `The ${label} must be at most 255 characters.`)
    .refine((value) => prefixes.some((prefix) => value.startsWith(prefix)), {
      message: `The ${label} starts with ${prefixes.join(' or ')}: copy it again from the Stripe dashboard.`,
    });

export const stripeCredentialsSchema = z.object({
  secretKey: key('secret key', ['sk_', 'rk_']),
  webhookSecret: key('webhook signing secret', ['whsec_']),
  publishableKey: key('publishable key', ['pk_']),
});

export type StripeCredentials = z.infer<typeof stripeCredentialsSchema>;

export const stripeProviderDescriptor = {
  id: 'stripe',
  displayName: 'Stripe',
  credentialFields: [
    { name: 'secretKey', label: 'Secret key', secret: true, required: true },
    { name: 'webhookSecret', label: 'Webhook signing secret', secret: true, required: true },
    { name: 'publishableKey', label: 'Publishable key', secret: false, required: true },
  ],
  credentialsSchema: stripeCredentialsSchema,
} as const satisfies PaymentProviderDescriptor<StripeCredentials>;
