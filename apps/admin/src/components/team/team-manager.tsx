'use client';

import { hasPermission } from '@storeloom/auth/permissions';
import type { StoreRole } from '@storeloom/auth/roles';
import { errorMessage } from '@storeloom/client';
import {
  ActionNotice,
  Alert,
  Button,
  Card,
  CardDescription,
  CardHeader,
  CardTitle,
  Skeleton,
} from '@storeloom/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { useTRPC } from '~/trpc/react';

import { InvitationsCard } from './invitations-card';
import { InviteForm } from './invite-form';
import { MembersTable } from './members-table';
import type { Notice } from '@storeloom/ui';

export interface TeamManagerProps {
  actorRole: StoreRole;
  currentUserId: string;
  storeName: string;
}

function MembersSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading members" className="divide-y divide-border">
      {Array.from({ length: 4 }, (_, index) => (
        <div key={index} className="flex items-center gap-3 px-4 py-3">
          <Skeleton className="size-8 rounded-full" />
          <Skeleton className="h-4 w-40" />
          <Skeleton className="h-4 flex-1" />
          <Skeleton className="h-5 w-14 rounded-full" />
        </div>
      ))}
    </div>
  );
}

/** The team page's interactive part: members, pending invitations and, for admins, the controls. */
export function TeamManager({ actorRole, currentUserId, storeName }: TeamManagerProps) {
  const trpc = useTRPC();
  const list = useQuery(trpc.members.list.queryOptions());
  const [notice, setNotice] = useState<Notice | null>(null);
  const canInvite = hasPermission(actorRole, 'members:invite');
  const canManage =
    hasPermission(actorRole, 'members:update-role') || hasPermission(actorRole, 'members:remove');

  return (
    <div className="space-y-6">
      {notice !== null && (
        <ActionNotice
          notice={notice}
          onDismiss={() => {
            setNotice(null);
          }}
        />
      )}

      {canInvite && <InviteForm actorRole={actorRole} onNotice={setNotice} />}

      <Card className="overflow-hidden">
        <CardHeader>
          <CardTitle>Members</CardTitle>
          <CardDescription>
            {list.data === undefined
              ? 'People with access to this store.'
              : `${String(list.data.members.length)} ${list.data.members.length === 1 ? 'person has' : 'people have'} access to ${storeName}.`}
          </CardDescription>
        </CardHeader>
        <div className="mt-2">
          {list.isPending ? (
            <MembersSkeleton />
          ) : list.isError ? (
            <div className="px-4 pb-4">
              <Alert
                tone="danger"
                title="The team could not be loaded"
                actions={
                  <Button variant="secondary" size="sm" onClick={() => void list.refetch()}>
                    Try again
                  </Button>
                }
              >
                {errorMessage(list.error)}
              </Alert>
            </div>
          ) : (
            <MembersTable
              members={list.data.members}
              storeName={storeName}
              actorRole={actorRole}
              currentUserId={currentUserId}
              canManage={canManage}
              onNotice={setNotice}
            />
          )}
        </div>
      </Card>

      {list.data !== undefined && list.data.invitations.length > 0 && (
        <InvitationsCard invitations={list.data.invitations} />
      )}
    </div>
  );
}
