import { z } from 'zod';

/**
 * A request host: lower-cased, port stripped, validated as DNS labels. Returns null for anything
 * that is not a plausible hostname, so callers can answer "store not found" instead of failing.
 */
export function normalizeHost(rawHost: string | null | undefined): string | null {
  if (!rawHost) return null;
  const host = rawHost.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  if (host.length === 0 || host.length > 253) return null;
  const labels = host.split('.');
  const validLabel = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
  if (!labels.every((label) => validLabel.test(label))) return null;
  return host;
}

export const hostnameSchema = z.string().transform((value, ctx) => {
  const host = normalizeHost(value);
  if (!host) {
    ctx.addIssue({ code: 'custom', message: 'Enter a valid hostname such as shop.example.com' });
    return z.NEVER;
  }
  return host;
});
