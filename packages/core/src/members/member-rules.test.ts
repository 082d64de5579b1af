import { describe, expect, it } from 'vitest';

import { DomainError } from '../errors/domain-error.ts';
import {
  assertCanAssign,
  assertCanManage,
  assertOwnerRemains,
  type ActingMember,
} from './member-rules.ts';

const owner: ActingMember = { memberId: 'm-owner', userId: 'u-owner', role: 'owner' };
const admin: ActingMember = { memberId: 'm-admin', userId: 'u-admin', role: 'admin' };

describe('member rules', () => {
  it('lets owners give any role and admins every role but owner', () => {
    expect(() => assertCanAssign(owner, 'owner')).not.toThrow();
    expect(() => assertCanAssign(admin, 'staff')).not.toThrow();
    expect(() => assertCanAssign(admin, 'owner')).toThrow(DomainError);
  });

  it('stops people changing their own membership and admins changing owners', () => {
    expect(() => assertCanManage(owner, { id: 'm-owner', role: 'owner' })).toThrow(/your own/);
    expect(() => assertCanManage(admin, { id: 'm-x', role: 'owner' })).toThrow(DomainError);
    expect(() => assertCanManage(admin, { id: 'm-x', role: 'viewer' })).not.toThrow();
  });

  it('keeps at least one owner', () => {
    expect(() => assertOwnerRemains(0)).toThrow(/at least one owner/);
    expect(() => assertOwnerRemains(1)).not.toThrow();
  });
});
