import type { EmailBranding, EmailTemplateData } from '@storeloom/validators';
import { staffInvitationEmailSchema } from '@storeloom/validators';

import { formatDay } from '../format.ts';
import { defineEmailTemplate } from './define-template.ts';
import { emailLayout } from './layout.ts';
import { actionButton, muted, paragraph, title } from './parts.ts';

type Data = EmailTemplateData<'staff_invitation'>;

const roleNames: Record<Data['role'], string> = {
  owner: 'an owner',
  admin: 'an admin',
  staff: 'a staff member',
  viewer: 'a viewer',
};

function StaffInvitationEmail({ data, branding }: { data: Data; branding: EmailBranding }) {
  const who = data.inviterName ? `${data.inviterName} invited you` : 'You are invited';
  return emailLayout(
    { branding, preview: `Join ${branding.storeName} on Storeloom` },
    title(`Join ${branding.storeName}`),
    paragraph(`${who} to help run ${branding.storeName} as ${roleNames[data.role]}.`),
    actionButton(data.acceptUrl, branding.primaryColor, 'Accept the invitation'),
    data.expiresAt
      ? muted(`The invitation expires on ${formatDay(data.expiresAt, branding.locale)}.`)
      : null,
  );
}

export const staffInvitationTemplate = defineEmailTemplate({
  key: 'staff_invitation',
  name: 'Staff invitation',
  schema: staffInvitationEmailSchema,
  subject: (_data, branding) => `You are invited to ${branding.storeName}`,
  component: StaffInvitationEmail,
  sampleData: {
    inviterName: 'Jordan Lee',
    role: 'staff',
    acceptUrl: 'https://admin.example.com/invitations/accept?token=sample',
    expiresAt: new Date('2026-04-07T00:00:00Z'),
  },
});
