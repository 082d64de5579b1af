import { describe, expect, it } from 'vitest';

import { TenantScopeViolationError } from './errors.ts';
import { scopeArgs } from './scope-args.ts';

const tenantId = 'store_a';

describe('scopeArgs', () => {
  it('adds the tenant to every filter', () => {
    expect(scopeArgs('Product', 'findMany', { where: { status: 'active' } }, tenantId)).toEqual({
      where: { status: 'active', tenantId },
    });
    expect(scopeArgs('Product', 'count', undefined, tenantId)).toEqual({ where: { tenantId } });
    expect(scopeArgs('Order', 'deleteMany', {}, tenantId)).toEqual({ where: { tenantId } });
  });

  it('forces the tenant onto created rows, one or many', () => {
    expect(scopeArgs('Product', 'create', { data: { title: 'Mug' } }, tenantId)).toEqual({
      data: { title: 'Mug', tenantId },
    });
    expect(
      scopeArgs('Product', 'createMany', { data: [{ title: 'A' }, { title: 'B' }] }, tenantId),
    ).toEqual({
      data: [
        { title: 'A', tenantId },
        { title: 'B', tenantId },
      ],
    });
  });

  it('scopes both sides of an upsert', () => {
    expect(
      scopeArgs(
        'Customer',
        'upsert',
        { where: { id: 'c1' }, create: { email: 'x' }, update: {} },
        tenantId,
      ),
    ).toEqual({
      where: { id: 'c1', tenantId },
      create: { email: 'x', tenantId },
      update: {},
    });
  });

  it('scopes the store row itself by id', () => {
    expect(scopeArgs('Tenant', 'findUnique', { where: { id: tenantId } }, tenantId)).toEqual({
      where: { id: tenantId },
    });
    expect(scopeArgs('Tenant', 'findMany', {}, tenantId)).toEqual({ where: { id: tenantId } });
  });

  it.each([
    [
      'read another store',
      () => scopeArgs('Product', 'findMany', { where: { tenantId: 'store_b' } }, tenantId),
    ],
    [
      'create in another store',
      () => scopeArgs('Product', 'create', { data: { tenantId: 'store_b' } }, tenantId),
    ],
    [
      'connect another store',
      () =>
        scopeArgs(
          'Product',
          'create',
          { data: { tenant: { connect: { id: 'store_b' } } } },
          tenantId,
        ),
    ],
    [
      'move a row',
      () =>
        scopeArgs(
          'Product',
          'update',
          { where: { id: 'p' }, data: { tenantId: 'store_b' } },
          tenantId,
        ),
    ],
    [
      'read another store row',
      () => scopeArgs('Tenant', 'findUnique', { where: { id: 'store_b' } }, tenantId),
    ],
    ['create a store', () => scopeArgs('Tenant', 'create', { data: { slug: 'x' } }, tenantId)],
  ])('refuses to %s', (_name, call) => {
    expect(call).toThrow(TenantScopeViolationError);
  });
});
