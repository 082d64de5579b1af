/** An absolute URL on the store's own host, for providers that send the shopper back (PayPal). */
export function storefrontUrl(host: string | null, path: string): string | undefined {
  if (!host) return undefined;
  const local = /^(localhost|127\.0\.0\.1)(:\d+)?$/.test(host) || host.includes('.localhost');
  return `${local ? 'http' : 'https'}://${host}${path}`;
}
