import { describe, expect, it } from 'vitest';

import { roleRank, roleSchema, storeRoleSchema } from './roles';

describe('roles', () => {
  it('parses store roles and rejects the rest', () => {
    expect(storeRoleSchema.parse('staff')).toBe('staff');
    expect(storeRoleSchema.safeParse('operator').success).toBe(false);
    expect(storeRoleSchema.safeParse('Owner').success).toBe(false);
    expect(roleSchema.parse('operator')).toBe('operator');
  });

  it('ranks roles strongest first', () => {
    expect(roleRank('owner')).toBeGreaterThan(roleRank('admin'));
    expect(roleRank('admin')).toBeGreaterThan(roleRank('staff'));
    expect(roleRank('staff')).toBeGreaterThan(roleRank('viewer'));
  });
});
