'use client';

import type { RouterOutputs } from '@storeloom/api';
import { canAssignRole } from '@storeloom/auth/permissions';
import { STORE_ROLES, type StoreRole } from '@storeloom/auth/roles';
import { errorMessage } from '@storeloom/client';
import { Button, ConfirmDialog, Select } from '@storeloom/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { roleLabels } from '~/lib/roles';
import { useTRPC } from '~/trpc/react';

import type { Notice } from '@storeloom/ui';

type Member = RouterOutputs['members']['list']['members'][number];

export interface MemberActionsProps {
  member: Member;
  storeName: string;
  actorRole: StoreRole;
  onNotice: (notice: Notice) => void;
}

/** Role select and remove button for one member the actor may manage (the caller decides that). */
export function MemberActions({ member, storeName, actorRole, onNotice }: MemberActionsProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.members.list.queryKey() });
  const roles = STORE_ROLES.filter(
    (role) => role === member.role || canAssignRole(actorRole, role),
  );

  const updateRole = useMutation(
    trpc.members.updateRole.mutationOptions({
      onSuccess: async (_result, input) => {
        onNotice({
          tone: 'success',
          message: `${member.user.name} is now ${roleLabels[input.role]}.`,
        });
        await refresh();
      },
      onError: (error) => {
        onNotice({ tone: 'danger', message: errorMessage(error) });
      },
    }),
  );
  const remove = useMutation(
    trpc.members.remove.mutationOptions({
      onSuccess: async () => {
        setConfirming(false);
        onNotice({
          tone: 'success',
          message: `${member.user.name} was removed from ${storeName}.`,
        });
        await refresh();
      },
    }),
  );

  return (
    <div className="flex items-center justify-end gap-2">
      <Select
        aria-label={`Role of ${member.user.name}`}
        className="w-28"
        value={member.role}
        disabled={updateRole.isPending}
        onChange={(event) => {
          const role = roles.find((option) => option === event.target.value);
          if (role !== undefined && role !== member.role) {
            updateRole.mutate({ memberId: member.id, role });
          }
        }}
      >
        {roles.map((role) => (
          <option key={role} value={role}>
            {roleLabels[role]}
          </option>
        ))}
      </Select>
      <Button
        variant="ghost"
        size="sm"
        onClick={() => {
          remove.reset();
          setConfirming(true);
        }}
      >
        Remove
      </Button>
      <ConfirmDialog
        open={confirming}
        tone="danger"
        title={`Remove ${member.user.name}?`}
        description={
          <>
            {member.user.email} loses access to {storeName} immediately. You can invite them again
            later.
          </>
        }
        confirmLabel="Remove member"
        pending={remove.isPending}
        error={remove.isError ? errorMessage(remove.error) : null}
        onCancel={() => {
          setConfirming(false);
        }}
        onConfirm={() => {
          remove.mutate({ memberId: member.id });
        }}
      />
    </div>
  );
}
