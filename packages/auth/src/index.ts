export type { AuthenticateRequestInput } from './authenticate';
export { authenticateRequest, CLERK_SESSION_COOKIE_NAME } from './authenticate';
export type { ClerkIdentityResult, ClerkVerifyOptions, ResolvedPlatformUser } from './clerk';
export { toClerkSession, verifyClerkToken } from './clerk';
export { readCookie } from './cookie-header';
export type { DemoAccount, DemoMembership, DemoStoreSlug } from './demo-accounts';
export { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_STORES, findDemoAccount } from './demo-accounts';
export type { AuthEnv } from './env';
export { assertLocalAuthAllowed, AuthConfigError, getAuthEnv, readAuthEnv } from './env';
export type {
  AuthFailure,
  AuthFailureReason,
  AuthIdentity,
  AuthIdentityResult,
  ClerkIdentity,
  LocalIdentity,
} from './identity';
export { hashPassword, needsRehash, verifyPassword } from './local/password';
export type { SessionCookieOptions } from './local/session-cookie';
export {
  clearSessionCookie,
  isLocalHost,
  readSessionCookie,
  serializeSessionCookie,
  SESSION_COOKIE_NAME,
  sessionCookieOptions,
} from './local/session-cookie';
export type {
  CreateSessionTokenInput,
  SessionTokenFailureReason,
  SessionTokenOptions,
  SessionTokenResult,
  SessionUser,
} from './local/session-token';
export {
  createSessionToken,
  DEFAULT_SESSION_TTL_SECONDS,
  SESSION_ISSUER,
  verifySessionToken,
} from './local/session-token';
export type { Permission } from './permissions';
export {
  assertPermission,
  canAssignRole,
  canManageMember,
  hasPermission,
  PERMISSION_MATRIX,
  PermissionDeniedError,
  permissionSchema,
  PERMISSIONS,
  permissionsFor,
} from './permissions';
export type { PlatformOperatorRole, Role, StoreRole } from './roles';
export { PLATFORM_OPERATOR_ROLE, roleSchema, STORE_ROLES, storeRoleSchema } from './roles';
export type { AuthProvider, AuthSession } from './session';
export { authProviderSchema, authSessionSchema } from './session';
