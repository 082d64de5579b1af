import type { EmailTransport } from '@storeloom/email';
import type { TenantClient } from '@storeloom/db';

import { notFound } from '../errors/domain-error.ts';
import {
  deliverStoreEmail,
  type NotificationResult,
} from '../order-notifications/deliver-store-email.ts';
import { adminLink } from '../stores/admin-link.ts';

/**
 * Emails the invitee the `staff_invitation` template: who invited them, the role, the expiry,
 * and a link to the admin's sign-in, where signing in with the invited address accepts every
 * open invitation (`acceptPendingInvitations`). One email per invitation as sent: the key holds
 * the expiry, which inviting the same address again renews, so a repeated step sends nothing
 * more but a renewed invitation is emailed again. An invitation accepted, revoked or expired by
 * the time this runs is skipped.
 */
export async function sendStaffInvitationEmail({
  db,
  tenantId,
  invitationId,
  transport,
  now = new Date(),
  adminUrl,
}: {
  db: TenantClient;
  tenantId: string;
  invitationId: string;
  transport: EmailTransport;
  now?: Date;
  /** The admin app's base URL; STORELOOM_ADMIN_URL by default. */
  adminUrl?: string;
}): Promise<NotificationResult> {
  const invitation = await db.storeInvitation.findFirst({ where: { id: invitationId } });
  if (!invitation) throw notFound('Invitation');
  if (invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now) {
    return { emailId: null, status: 'skipped' };
  }
  const inviter = invitation.invitedById
    ? await db.storeMember.findFirst({
        where: { userId: invitation.invitedById },
        select: { user: { select: { name: true } } },
      })
    : null;
  return deliverStoreEmail({
    db,
    tenantId,
    transport,
    to: invitation.email,
    templateKey: 'staff_invitation',
    idempotencyKey: `staff-invitation:${invitation.id}:${invitation.expiresAt.getTime()}`,
    data: {
      ...(inviter?.user.name ? { inviterName: inviter.user.name.slice(0, 160) } : {}),
      role: invitation.role,
      acceptUrl: adminLink('/sign-in', adminUrl),
      expiresAt: invitation.expiresAt,
    },
  });
}
