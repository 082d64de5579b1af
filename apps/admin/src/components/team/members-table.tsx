'use client';

import type { RouterOutputs } from '@storeloom/api';
import { canManageMember } from '@storeloom/auth/permissions';
import type { StoreRole } from '@storeloom/auth/roles';
import { Avatar, Badge, DateTime, Table, TBody, TD, TH, THead, TR } from '@storeloom/ui';

import { RoleBadge } from '~/components/role-badge';

import { MemberActions } from './member-actions';
import type { Notice } from '@storeloom/ui';

type Member = RouterOutputs['members']['list']['members'][number];

export interface MembersTableProps {
  members: Member[];
  storeName: string;
  actorRole: StoreRole;
  currentUserId: string;
  /** Whether the actor may change members at all; rows still check who they may manage. */
  canManage: boolean;
  onNotice: (notice: Notice) => void;
}

export function MembersTable({
  members,
  storeName,
  actorRole,
  currentUserId,
  canManage,
  onNotice,
}: MembersTableProps) {
  return (
    <Table>
      <THead>
        <TR>
          <TH className="pl-4">Name</TH>
          <TH>Email</TH>
          <TH>Role</TH>
          <TH>Last sign-in</TH>
          {canManage && (
            <TH className="pr-4 text-right">
              <span className="sr-only">Actions</span>
            </TH>
          )}
        </TR>
      </THead>
      <TBody>
        {members.map((member) => {
          const isSelf = member.user.id === currentUserId;
          const manageable = canManage && !isSelf && canManageMember(actorRole, member.role);
          return (
            <TR key={member.id}>
              <TD className="pl-4">
                <div className="flex items-center gap-2.5">
                  <Avatar name={member.user.name} size="md" decorative />
                  <span className="font-medium">{member.user.name}</span>
                  {isSelf && <Badge>You</Badge>}
                </div>
              </TD>
              <TD className="text-muted-foreground">{member.user.email}</TD>
              <TD>
                <RoleBadge role={member.role} />
              </TD>
              <TD className="whitespace-nowrap text-muted-foreground">
                {member.user.lastSignInAt === null ? (
                  'Never'
                ) : (
                  <DateTime value={member.user.lastSignInAt} />
                )}
              </TD>
              {canManage && (
                <TD className="pr-4">
                  {manageable && (
                    <MemberActions
                      member={member}
                      storeName={storeName}
                      actorRole={actorRole}
                      onNotice={onNotice}
                    />
                  )}
                </TD>
              )}
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}
