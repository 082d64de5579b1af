import type { z } from 'zod';

import type { PaymentProviderId } from './types.ts';

/** One credential a merchant enters in payment settings. */
export interface CredentialField {
  name: string;
  label: string;
  /** Secrets are stored encrypted, never sent back to a client and shown masked. */
  secret: boolean;
  required: boolean;
  /** A closed set of values (PayPal's environment); absent for free text. */
  choices?: readonly string[];
}

/** What the settings screen and checkout need to know about a provider, without building it. */
export interface PaymentProviderDescriptor<TCredentials = unknown> {
  id: PaymentProviderId;
  displayName: string;
  credentialFields: readonly CredentialField[];
  credentialsSchema: z.ZodType<TCredentials>;
}
