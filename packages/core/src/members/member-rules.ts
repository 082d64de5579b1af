import { canAssignRole, canManageMember, type StoreRole } from '@storeloom/auth';

import { DomainError, forbidden } from '../errors/domain-error.ts';

/** The acting member, as the API resolved it from the session. */
export interface ActingMember {
  memberId: string;
  userId: string;
  role: StoreRole;
}

export function assertCanAssign(actor: ActingMember, role: StoreRole): void {
  if (!canAssignRole(actor.role, role)) {
    throw forbidden(`A ${actor.role} cannot give the ${role} role`);
  }
}

export function assertCanManage(
  actor: ActingMember,
  target: { id: string; role: StoreRole },
): void {
  if (actor.memberId === target.id) {
    throw new DomainError('BAD_REQUEST', 'You cannot change your own membership');
  }
  if (!canManageMember(actor.role, target.role)) {
    throw forbidden(`A ${actor.role} cannot change a ${target.role}`);
  }
}

/** A store must always keep an owner, or nobody could manage billing or ownership again. */
export function assertOwnerRemains(ownersAfter: number): void {
  if (ownersAfter < 1) {
    throw new DomainError('PRECONDITION_FAILED', 'A store must keep at least one owner');
  }
}
