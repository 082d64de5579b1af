export type { ResolvedPlatformUser } from './clerk-session';
export { toClerkSession } from './clerk-session';
export type { ClerkIdentityResult, ClerkVerifyOptions } from './verify-clerk-token';
export { verifyClerkToken } from './verify-clerk-token';
