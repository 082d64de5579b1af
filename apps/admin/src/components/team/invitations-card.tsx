import type { RouterOutputs } from '@storeloom/api';
import {
  Card,
  CardDescription,
  CardHeader,
  CardTitle,
  DateTime,
  Table,
  TBody,
  TD,
  TH,
  THead,
  TR,
} from '@storeloom/ui';

import { RoleBadge } from '~/components/role-badge';

type Invitation = RouterOutputs['members']['list']['invitations'][number];

export function InvitationsCard({ invitations }: { invitations: Invitation[] }) {
  return (
    <Card className="overflow-hidden">
      <CardHeader>
        <CardTitle>Pending invitations</CardTitle>
        <CardDescription>
          People join when they first sign in with the invited email.
        </CardDescription>
      </CardHeader>
      <Table className="mt-2">
        <THead>
          <TR>
            <TH className="pl-4">Email</TH>
            <TH>Role</TH>
            <TH>Invited</TH>
            <TH className="pr-4">Expires</TH>
          </TR>
        </THead>
        <TBody>
          {invitations.map((invitation) => (
            <TR key={invitation.id}>
              <TD className="pl-4 font-medium">{invitation.email}</TD>
              <TD>
                <RoleBadge role={invitation.role} />
              </TD>
              <TD className="text-muted-foreground">
                <DateTime value={invitation.createdAt} style="date" />
              </TD>
              <TD className="pr-4 text-muted-foreground">
                <DateTime value={invitation.expiresAt} style="date" />
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
    </Card>
  );
}
