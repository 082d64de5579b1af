import { z } from 'zod';

export const authProviderSchema = z.enum(['local', 'clerk']);
export type AuthProvider = z.infer<typeof authProviderSchema>;

/**
 * The one session shape every app and the api see, whichever provider signed the user in.
 * `userId` is always our PlatformUser id. For Clerk the api resolves it from `externalId`
 * (the Clerk user id); for local auth `externalId` is null.
 */
export const authSessionSchema = z.object({
  userId: z.string().min(1),
  externalId: z.string().min(1).nullable(),
  email: z.string(),
  name: z.string(),
  provider: authProviderSchema,
  isPlatformOperator: z.boolean(),
  activeTenantId: z.string().min(1).nullable(),
  sessionId: z.string().min(1),
  expiresAt: z.date(),
});

export type AuthSession = z.infer<typeof authSessionSchema>;
