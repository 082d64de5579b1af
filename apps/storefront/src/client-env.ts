/**
 * The environment as client components read it. Kept apart from env.ts, whose validation library
 * would otherwise ship to every shopper's browser; env.ts still validates the same values on the
 * server, and PORT is only read while rendering on the server.
 */
export const clientEnv = {
  isDevelopment: process.env.NODE_ENV === 'development',
  serverPort: (): string => process.env.PORT ?? '3000',
};
