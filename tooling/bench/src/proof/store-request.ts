import { get } from 'node:http';

/**
 * A GET to the storefront on this machine as `<slug>.localhost` asks for it. Node does not
 * resolve *.localhost, and fetch does not let a caller set Host, hence node:http to 127.0.0.1.
 */
export function getStorePage(
  port: number,
  slug: string,
  path: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = get(
      { host: '127.0.0.1', port, path, headers: { host: `${slug}.localhost:${String(port)}` } },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => {
          resolve({ status: response.statusCode ?? 0, body });
        });
      },
    );
    request.on('error', reject);
  });
}

/** The first link of each kind on a store's page: `/categories/<slug>` and `/products/<slug>`. */
export function firstLinks(html: string): { category: string | null; product: string | null } {
  const first = (prefix: string) => new RegExp(`href="(${prefix}[^"?#]+)"`).exec(html)?.[1] ?? null;
  return { category: first('/categories/'), product: first('/products/') };
}
