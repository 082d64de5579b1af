import { isIP } from 'node:net';

import { badRequest } from '../errors/domain-error.ts';

const privateV4 = [
  /^10\./,
  /^127\./,
  /^169\.254\./,
  /^172\.(1[6-9]|2\d|3[01])\./,
  /^192\.168\./,
  /^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./,
  /^0\./,
];

function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.internal'))
    return true;
  if (isIP(host) === 4) return privateV4.some((range) => range.test(host));
  if (isIP(host) === 6) {
    return host === '::1' || host === '::' || /^f[cd]/.test(host) || /^fe[89ab]/.test(host);
  }
  return false;
}

/**
 * A store's own AI endpoint is called from the platform's servers, so in production it must be
 * an https URL on a public host: a merchant must not be able to aim server requests at the
 * platform's internal network. Outside production (local Ollama, test fakes) anything goes.
 */
export function checkAiBaseUrl(baseUrl: string, { allowPrivate }: { allowPrivate: boolean }): void {
  if (allowPrivate) return;
  const url = new URL(baseUrl);
  if (url.protocol !== 'https:') throw badRequest('The AI base URL must use https.');
  if (isPrivateHost(url.hostname)) {
    throw badRequest(
      'The AI base URL must be a public address, not a local or private network one.',
    );
  }
}
