'use client';

import { canAssignRole } from '@storeloom/auth/permissions';
import { STORE_ROLES, type StoreRole } from '@storeloom/auth/roles';
import { errorMessage, fieldErrorsOf } from '@storeloom/client';
import {
  Button,
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
  Field,
  Input,
  Select,
} from '@storeloom/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { roleDescriptions, roleLabels } from '~/lib/roles';
import { useTRPC } from '~/trpc/react';

import type { Notice } from '@storeloom/ui';

type InvitableRole = Exclude<StoreRole, 'owner'>;

export interface InviteFormProps {
  actorRole: StoreRole;
  onNotice: (notice: Notice) => void;
}

export function InviteForm({ actorRole, onNotice }: InviteFormProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // Ownership is transferred, never invited; and nobody hands out a role above their own.
  const roles = STORE_ROLES.filter(
    (role): role is InvitableRole => role !== 'owner' && canAssignRole(actorRole, role),
  );
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<InvitableRole>(roles.includes('staff') ? 'staff' : 'viewer');
  const invite = useMutation(
    trpc.members.invite.mutationOptions({
      onSuccess: async (result) => {
        setEmail('');
        onNotice({
          tone: 'success',
          message:
            result.kind === 'added'
              ? `${result.email} already had an account and was added as ${roleLabels[result.role]}.`
              : `Invitation sent to ${result.email}. They join as ${roleLabels[result.role]} when they sign in.`,
        });
        await queryClient.invalidateQueries({ queryKey: trpc.members.list.queryKey() });
      },
    }),
  );
  const fieldErrors = invite.isError ? fieldErrorsOf(invite.error) : {};
  const formError =
    invite.isError && Object.keys(fieldErrors).length === 0 ? errorMessage(invite.error) : null;

  return (
    <Card id="invite">
      <CardHeader>
        <CardTitle>Invite a teammate</CardTitle>
        <CardDescription>{roleDescriptions[role]}.</CardDescription>
      </CardHeader>
      <CardContent>
        <form
          noValidate
          aria-label="Invite a teammate"
          className="flex flex-col gap-3 sm:flex-row sm:items-start"
          onSubmit={(event) => {
            event.preventDefault();
            invite.mutate({ email, role });
          }}
        >
          <Field
            id="invite-email"
            label="Email"
            error={fieldErrors.email ?? formError}
            className="flex-1"
          >
            {(control) => (
              <Input
                {...control}
                type="email"
                name="email"
                autoComplete="off"
                placeholder="name@example.com"
                value={email}
                onChange={(event) => {
                  setEmail(event.target.value);
                }}
              />
            )}
          </Field>
          <Field id="invite-role" label="Role" error={fieldErrors.role} className="sm:w-40">
            {(control) => (
              <Select
                {...control}
                name="role"
                value={role}
                onChange={(event) => {
                  const next = roles.find((option) => option === event.target.value);
                  if (next !== undefined) setRole(next);
                }}
              >
                {roles.map((option) => (
                  <option key={option} value={option}>
                    {roleLabels[option]}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Button type="submit" loading={invite.isPending} className="sm:mt-6">
            Send invite
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
