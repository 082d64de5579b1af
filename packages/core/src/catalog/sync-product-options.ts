import type { TenantTransaction } from '@storeloom/db';

import { notFound } from '../errors/domain-error.ts';

export interface OptionSpec {
  /** An existing option being kept (perhaps renamed); otherwise matched by name or created. */
  optionId?: string | undefined;
  name: string;
  values: readonly string[];
}

export interface ExistingOption {
  id: string;
  name: string;
  values: { id: string; value: string }[];
}

/** The product's options with their values, in order. */
export async function loadProductOptions(
  tx: Pick<TenantTransaction, 'productOption'>,
  productId: string,
): Promise<ExistingOption[]> {
  return tx.productOption.findMany({
    where: { productId },
    orderBy: [{ position: 'asc' }, { name: 'asc' }],
    select: {
      id: true,
      name: true,
      values: {
        orderBy: [{ position: 'asc' }, { value: 'asc' }],
        select: { id: true, value: true },
      },
    },
  });
}

/**
 * Pairs each wanted option with the existing option it continues: the one named by `optionId`
 * (a rename), else the one with the same name, case-insensitively. Unpaired wanted options are new.
 */
export function matchOptions(
  wanted: readonly OptionSpec[],
  existing: readonly ExistingOption[],
): (ExistingOption | null)[] {
  const free = new Map(existing.map((option) => [option.id, option]));
  const byId = wanted.map((spec) => {
    if (!spec.optionId) return null;
    const option = free.get(spec.optionId);
    if (!option) throw notFound('Option');
    free.delete(option.id);
    return option;
  });
  return wanted.map((spec, index) => {
    if (spec.optionId) return byId[index] ?? null;
    const sameName = [...free.values()].find(
      (option) => option.name.toLowerCase() === spec.name.toLowerCase(),
    );
    if (sameName) free.delete(sameName.id);
    return sameName ?? null;
  });
}

/**
 * Makes the product's options and values exactly `wanted`, in order, keeping the rows (and so
 * the variants' links) of options and values that continue. Returns, per option, the id of
 * each value.
 */
export async function syncProductOptions(
  tx: TenantTransaction,
  {
    tenantId,
    productId,
    wanted,
    existing,
  }: {
    tenantId: string;
    productId: string;
    wanted: readonly OptionSpec[];
    existing: readonly ExistingOption[];
  },
): Promise<Map<string, string>[]> {
  const matches = matchOptions(wanted, existing);
  const kept = new Set(matches.flatMap((match) => (match ? [match.id] : [])));
  const dropped = existing.filter((option) => !kept.has(option.id)).map((option) => option.id);
  if (dropped.length > 0) await tx.productOption.deleteMany({ where: { id: { in: dropped } } });

  // Renames go through a placeholder first: swapping two names would otherwise collide on the
  // (product, name) unique key halfway through.
  const renamed = matches.filter(
    (match, index): match is ExistingOption => match !== null && match.name !== wanted[index]?.name,
  );
  for (const option of renamed) {
    await tx.productOption.update({ where: { id: option.id }, data: { name: `~${option.id}` } });
  }

  const valueIds: Map<string, string>[] = [];
  for (const [position, spec] of wanted.entries()) {
    const match = matches[position] ?? null;
    const optionId = match
      ? (
          await tx.productOption.update({
            where: { id: match.id },
            data: { name: spec.name, position },
            select: { id: true },
          })
        ).id
      : (
          await tx.productOption.create({
            data: { tenantId, productId, name: spec.name, position },
            select: { id: true },
          })
        ).id;
    valueIds.push(await syncOptionValues(tx, tenantId, optionId, spec.values, match?.values ?? []));
  }
  return valueIds;
}

async function syncOptionValues(
  tx: TenantTransaction,
  tenantId: string,
  optionId: string,
  wanted: readonly string[],
  existing: readonly { id: string; value: string }[],
): Promise<Map<string, string>> {
  const byValue = new Map(existing.map((row) => [row.value, row.id]));
  const removed = existing.filter((row) => !wanted.includes(row.value)).map((row) => row.id);
  if (removed.length > 0)
    await tx.productOptionValue.deleteMany({ where: { id: { in: removed } } });
  const ids = new Map<string, string>();
  for (const [position, value] of wanted.entries()) {
    const id = byValue.get(value);
    if (id) {
      await tx.productOptionValue.update({ where: { id }, data: { position } });
      ids.set(value, id);
    } else {
      const created = await tx.productOptionValue.create({
        data: { tenantId, optionId, value, position },
        select: { id: true },
      });
      ids.set(value, created.id);
    }
  }
  return ids;
}

/** Points a variant at exactly these option values. */
export async function linkVariantOptionValues(
  tx: TenantTransaction,
  tenantId: string,
  variantId: string,
  optionValueIds: readonly string[],
): Promise<void> {
  await tx.variantOptionValue.deleteMany({ where: { variantId } });
  if (optionValueIds.length === 0) return;
  await tx.variantOptionValue.createMany({
    data: optionValueIds.map((optionValueId) => ({ tenantId, variantId, optionValueId })),
  });
}
