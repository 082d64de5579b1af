import type { Prisma } from '@storeloom/db';
import type { UnscopedClient } from '@storeloom/db/unscoped';
import type { z } from 'zod';
import {
  defaultLocation,
  defaultShippingTiers,
  type createTenantInputSchema,
} from '@storeloom/validators';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { conflict } from '../errors/domain-error.ts';
import { defaultHomePage } from '../stores/store-defaults.ts';

export type CreateTenantInput = z.output<typeof createTenantInputSchema>;

/**
 * Opens a store: the tenant, its subdomain, its owner (an existing account or a new one that
 * signs in through the configured provider), and the defaults every store needs.
 */
export async function createTenant({
  db,
  actor,
  input,
  rootDomain,
}: {
  db: UnscopedClient;
  actor: Actor;
  input: CreateTenantInput;
  rootDomain: string;
}) {
  try {
    return await db.$transaction(async (tx) => {
      const tenant = await tx.tenant.create({
        data: {
          name: input.name,
          slug: input.slug,
          currency: input.currency,
          contactEmail: input.ownerEmail,
        },
      });
      const tenantId = tenant.id;
      const owner = await tx.user.upsert({
        where: { email: input.ownerEmail },
        create: { email: input.ownerEmail, name: input.ownerName },
        update: {},
      });
      await tx.storeMember.create({ data: { tenantId, userId: owner.id, role: 'owner' } });
      await tx.domain.create({
        data: {
          tenantId,
          hostname: `${input.slug}.${rootDomain}`,
          kind: 'subdomain',
          isPrimary: true,
          verified: true,
          verifiedAt: new Date(),
        },
      });
      await tx.shippingTier.createMany({
        data: defaultShippingTiers.map((tier) => ({ ...tier, tenantId })),
      });
      await tx.inventoryLocation.create({ data: { ...defaultLocation, tenantId } });
      await tx.page.create({
        data: {
          tenantId,
          kind: 'home',
          slug: 'home',
          title: 'Home',
          draftContent: defaultHomePage(input.name) satisfies Prisma.InputJsonValue,
        },
      });
      await recordAudit(tx, {
        tenantId,
        actor,
        action: 'tenant.create',
        targetType: 'Tenant',
        targetId: tenantId,
        after: { name: tenant.name, slug: tenant.slug, ownerEmail: input.ownerEmail },
      });
      return tenant;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`The address ${input.slug} is already taken`);
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2002';
}
