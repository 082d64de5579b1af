import type { TenantClient } from '@storeloom/db';
import type { UpdateProductFields } from '@storeloom/validators';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { notFound } from '../errors/domain-error.ts';
import { loadProductDetail } from './get-product.ts';
import { pickHandle } from './pick-handle.ts';

const emptyToNull = (value: string | null | undefined) =>
  value === undefined ? undefined : value || null;

/** Edits a product's own fields (title, handle, description, vendor, type, tags, SEO). */
export async function updateProduct({
  db,
  tenantId,
  actor,
  productId,
  ...fields
}: { db: TenantClient; tenantId: string; actor: Actor; productId: string } & UpdateProductFields) {
  return db.$transaction(async (tx) => {
    const before = await tx.product.findFirst({
      where: { id: productId },
      select: {
        title: true,
        slug: true,
        descriptionHtml: true,
        vendor: true,
        productType: true,
        tags: true,
        seoTitle: true,
        seoDescription: true,
      },
    });
    if (!before) throw notFound('Product');
    const slug =
      fields.slug !== undefined && fields.slug !== before.slug
        ? await pickHandle({
            explicit: fields.slug,
            text: fields.slug,
            fallback: 'product',
            isTaken: async (handle) => (await tx.product.count({ where: { slug: handle } })) > 0,
          })
        : undefined;
    const data = {
      title: fields.title,
      slug,
      descriptionHtml: fields.descriptionHtml,
      vendor: emptyToNull(fields.vendor),
      productType: emptyToNull(fields.productType),
      tags: fields.tags,
      seoTitle: emptyToNull(fields.seoTitle),
      seoDescription: emptyToNull(fields.seoDescription),
    };
    const changed = (Object.keys(data) as (keyof typeof data)[]).filter(
      (key) => data[key] !== undefined && JSON.stringify(data[key]) !== JSON.stringify(before[key]),
    );
    if (changed.length > 0) {
      await tx.product.update({ where: { id: productId }, data });
      await recordAudit(tx, {
        tenantId,
        actor,
        action: 'product.update',
        targetType: 'Product',
        targetId: productId,
        before: Object.fromEntries(changed.map((key) => [key, before[key]])),
        after: Object.fromEntries(changed.map((key) => [key, data[key]])),
      });
    }
    return loadProductDetail(tx, productId);
  });
}
