/** Local development hosts are served over plain http; every other host over https. */
function isLocalHostname(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname.endsWith('.localhost');
}

function splitHost(host: string): { hostname: string; port: string | null } {
  const match = /^(.*?)(?::(\d+))?$/.exec(host.trim().toLowerCase());
  return { hostname: match?.[1] ?? host, port: match?.[2] ?? null };
}

/** `shop.example.com` → `https://shop.example.com`; `x.localhost:3000` → `http://x.localhost:3000`. */
export function originOfHost(host: string): string {
  const normalized = host.trim().toLowerCase();
  return `${isLocalHostname(splitHost(normalized).hostname) ? 'http' : 'https'}://${normalized}`;
}

/**
 * Where the store's pages canonically live. A store reachable on several hosts (its subdomain
 * and custom domains) points search engines at one: its verified primary domain. Requests on
 * that domain, or for a store with none verified, are canonical where they are (port and all).
 * Local development serves every host on one port, so a local primary keeps the served port.
 */
export function canonicalOrigin({
  servedHost,
  primaryHost,
}: {
  servedHost: string;
  primaryHost: string | null;
}): string {
  const served = splitHost(servedHost);
  const primary = primaryHost?.trim().toLowerCase();
  if (!primary || primary === served.hostname) return originOfHost(servedHost);
  const keepPort = isLocalHostname(primary) && served.port !== null;
  return originOfHost(keepPort ? `${primary}:${served.port}` : primary);
}
