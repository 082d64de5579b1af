import type { NextConfig } from 'next';

export interface CreateNextConfigOptions {
  /** Who may frame the app's pages: nobody (back offices), or only the app itself. */
  frameAncestors: "'none'" | "'self'";
  /** Workspace packages this app imports beyond the shared list (they export TypeScript source). */
  transpilePackages?: string[];
  experimental?: NextConfig['experimental'];
  images?: NextConfig['images'];
}

/** The Next config every Storeloom app shares: security headers, build directory, packages. */
export function createNextConfig(options: CreateNextConfigOptions): NextConfig;
