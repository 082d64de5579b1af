import { createEnv } from '@t3-oss/env-core';
import { z } from 'zod';

export const env = createEnv({
  server: {
    /** Resend API key. Unset: emails are recorded in the outbox only (the embedded default). */
    RESEND_API_KEY: z.string().min(1).optional(),
    /** Resend API base URL; tests point it at the local fake. */
    RESEND_BASE_URL: z.url().optional(),
    /** Default sender when a store has not set its own from-name. */
    EMAIL_FROM: z.string().min(3).default('Storeloom <no-reply@storeloom.localhost>'),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
