import { z } from 'zod';

import type { PaymentProviderDescriptor } from '../../descriptor.ts';

export const manualCredentialsSchema = z.object({
  /** Shown to shoppers at checkout: bank details, "pay on delivery", and so on. */
  instructions: z
    .string()
    .trim()
    .max(2000, 'Instructions must be at most 2000 characters.')
    .optional(),
});

export type ManualCredentials = z.infer<typeof manualCredentialsSchema>;

export const manualProviderDescriptor = {
  id: 'manual',
  displayName: 'Manual payment (bank transfer, pay on delivery)',
  credentialFields: [
    { name: 'instructions', label: 'Instructions for shoppers', secret: false, required: false },
  ],
  credentialsSchema: manualCredentialsSchema,
} as const satisfies PaymentProviderDescriptor<ManualCredentials>;
