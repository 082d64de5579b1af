import type { ActorType } from '@storeloom/db';

/** Who is acting, carried from the request into every audited domain function. */
export interface Actor {
  type: ActorType;
  id: string | null;
  /** The operator behind an impersonated session, if any. */
  impersonatorId?: string | null;
  requestId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
}

export const systemActor: Actor = { type: 'system', id: null };
