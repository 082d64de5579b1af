import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEnv } from '@t3-oss/env-core';
import { z } from 'zod';

/** `packages/core/src` → repository root, so the default data directory does not depend on the cwd. */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export const env = createEnv({
  server: {
    /** Stores are served on `{slug}.<root domain>`; custom domains come from the domains table. */
    STORELOOM_ROOT_DOMAIN: z.string().trim().toLowerCase().min(1).default('localhost'),
    /** Local state (embedded database, media files); the same default as @storeloom/db's. */
    STORELOOM_DATA_DIR: z.string().min(1).default(join(repoRoot, '.data')),
    /** `keyId:base64(32 bytes)` pairs, comma-separated; the first encrypts stored credentials. */
    STORELOOM_ENCRYPTION_KEYS: z.string().optional(),
    /**
     * Where the admin app is served, for links in emails sent outside a request (staff
     * invitations). Default: the admin's local development address.
     */
    STORELOOM_ADMIN_URL: z.url().default('http://localhost:3001'),
    /**
     * Stripe's API for every store's payments. Tests and local development point it at a fake
     * or a recording proxy.
     */
    STRIPE_API_BASE_URL: z.url().default('https://api.stripe.com'),
    /**
     * PayPal's REST API for every store. Unset: each store's PayPal environment decides, live
     * (`https://api-m.paypal.com`) or sandbox (`https://api-m.sandbox.paypal.com`).
     */
    PAYPAL_API_BASE_URL: z.url().optional(),
    /** Platform AI provider (any OpenAI-compatible endpoint); unset key and URL = no platform AI. */
    AI_BASE_URL: z.url().optional(),
    AI_API_KEY: z.string().optional(),
    AI_MODEL: z.string().min(1).default('gpt-4o-mini'),
    AI_IMAGE_MODEL: z.string().min(1).default('gpt-image-1'),
    /** Tried when the platform provider times out, fails with 5xx/429 or cannot be reached. */
    AI_FALLBACK_BASE_URL: z.url().optional(),
    AI_FALLBACK_API_KEY: z.string().optional(),
    AI_FALLBACK_MODEL: z.string().min(1).optional(),
  },
  shared: {
    NODE_ENV: z.enum(['development', 'test', 'production']).optional(),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
