import type { TenantClient } from '@storeloom/db';

import type { MaskedCredential } from './save-credential.ts';

/** Every stored secret of a store, masked: what settings pages show. */
export async function listCredentials({
  db,
  provider,
}: {
  db: TenantClient;
  provider?: string;
}): Promise<MaskedCredential[]> {
  const rows = await db.credential.findMany({
    where: provider ? { provider } : {},
    select: {
      provider: true,
      name: true,
      hint: true,
      keyId: true,
      createdAt: true,
      rotatedAt: true,
    },
    orderBy: [{ provider: 'asc' }, { name: 'asc' }],
  });
  return rows.map(({ rotatedAt, createdAt, ...row }) => ({
    ...row,
    updatedAt: rotatedAt ?? createdAt,
  }));
}
