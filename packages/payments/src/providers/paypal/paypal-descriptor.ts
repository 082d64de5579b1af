import { z } from 'zod';

import type { PaymentProviderDescriptor } from '../../descriptor.ts';

export const paypalEnvironments = ['sandbox', 'live'] as const;

export const paypalCredentialsSchema = z.object({
  clientId: z.string().trim().max(255, 'The client ID must be at most 255 characters.'),
  clientSecret: z.string().trim().max(255, 'The client secret must be at most 255 characters.'),
  webhookId: z.string().trim().max(255, 'The webhook ID must be at most 255 characters.'),
  /** Sandbox until the merchant switches to live on purpose. */
  environment: z
    .enum(paypalEnvironments, { message: 'The PayPal environment must be sandbox or live.' })
    .default('sandbox'),
});

export type PayPalCredentials = z.infer<typeof paypalCredentialsSchema>;

export const paypalProviderDescriptor = {
  id: 'paypal',
  displayName: 'PayPal',
  credentialFields: [
    { name: 'clientId', label: 'Client ID', secret: false, required: true },
    { name: 'clientSecret', label: 'Client secret', secret: true, required: true },
    { name: 'webhookId', label: 'Webhook ID', secret: false, required: true },
    {
      name: 'environment',
      label: 'Environment',
      secret: false,
      required: false,
      choices: paypalEnvironments,
    },
  ],
  credentialsSchema: paypalCredentialsSchema,
} as const satisfies PaymentProviderDescriptor<PayPalCredentials>;

export const paypalApiBaseUrls = {
  sandbox: 'https://api-m.sandbox.paypal.com',
  live: 'https://api-m.paypal.com',
} as const satisfies Record<(typeof paypalEnvironments)[number], string>;
