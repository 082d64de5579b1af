import { randomBytes } from 'node:crypto';
import type { Prisma } from '@storeloom/db';
import type { UnscopedClient } from '@storeloom/db/unscoped';

export interface ThemedStore {
  slug: string;
  name: string;
}

/**
 * An empty store of its own, with the given theme (as saved JSON: the storefront parses it), on
 * `<slug>.localhost`. For specs that need a look no seeded store has, without changing a seeded
 * store other specs read. Remove it with `removeThemedStore`.
 */
export async function createThemedStore(
  db: UnscopedClient,
  options: { name: string; theme: Prisma.InputJsonObject },
): Promise<ThemedStore> {
  const slug = `theme-e2e-${randomBytes(4).toString('hex')}`;
  await db.tenant.create({
    data: {
      slug,
      name: options.name,
      theme: options.theme,
      domains: {
        create: {
          hostname: `${slug}.localhost`,
          kind: 'subdomain',
          isPrimary: true,
          verified: true,
          verifiedAt: new Date(),
        },
      },
    },
    select: { id: true },
  });
  return { slug, name: options.name };
}

/** Deletes a store made by `createThemedStore` (its domain goes with it). */
export async function removeThemedStore(db: UnscopedClient, slug: string): Promise<void> {
  await db.tenant.deleteMany({ where: { slug } });
}
