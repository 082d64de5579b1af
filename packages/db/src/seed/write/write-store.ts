import { defaultLocation, defaultShippingTiers as shippingTiers } from '@storeloom/validators';
import { welcomeDiscount } from '../generate/orders';
import type { StoreProfile } from '../stores/types';
import type { Tx } from './tx';

export interface StoreIds {
  tenantId: string;
  locationId: string;
  discountId: string;
}

const zoneName = 'Domestic';

/**
 * The tenant and what create-tenant gives every store (subdomain, tiers, main location), plus
 * the demo's custom domain, shipping zone, tax rate and welcome discount. All keyed naturally.
 */
export async function writeStore(
  tx: Tx,
  profile: StoreProfile,
  { rootDomain, now }: { rootDomain: string; now: Date },
): Promise<StoreIds> {
  const tenant = await tx.tenant.upsert({
    where: { slug: profile.slug },
    create: {
      slug: profile.slug,
      name: profile.name,
      currency: profile.currency,
      locale: profile.locale,
      timezone: profile.timezone,
      contactEmail: `hello@${profile.slug}.test`,
      theme: { ...profile.theme, logoUrl: null },
    },
    update: {},
  });
  const tenantId = tenant.id;
  const domains = [
    {
      tenantId,
      hostname: `${profile.slug}.${rootDomain}`,
      kind: 'subdomain' as const,
      isPrimary: true,
      verified: true,
      verifiedAt: now,
    },
    ...(profile.customDomain
      ? [
          {
            tenantId,
            hostname: profile.customDomain,
            kind: 'custom' as const,
            isPrimary: false,
            verified: true,
            verifiedAt: now,
          },
        ]
      : []),
  ];
  await tx.domain.createMany({ data: domains, skipDuplicates: true });
  await tx.shippingTier.createMany({
    data: shippingTiers.map((tier) => ({ ...tier, tenantId })),
    skipDuplicates: true,
  });
  const location = await tx.inventoryLocation.upsert({
    where: { tenantId_code: { tenantId, code: defaultLocation.code } },
    create: { ...defaultLocation, tenantId },
    update: {},
  });

  // Zones and rates have no natural unique key, so look before creating.
  const market = profile.tax.country;
  const zone =
    (await tx.shippingZone.findFirst({ where: { tenantId, name: zoneName } })) ??
    (await tx.shippingZone.create({
      data: { tenantId, name: zoneName, countries: [market], position: 0 },
    }));
  if ((await tx.shippingRate.count({ where: { tenantId, zoneId: zone.id } })) === 0) {
    await tx.shippingRate.createMany({
      data: [
        {
          tenantId,
          zoneId: zone.id,
          name: 'Standard',
          basis: 'order_value',
          minValue: 0,
          maxValue: profile.shipping.freeOver,
          price: profile.shipping.baseRate,
          currency: profile.currency,
        },
        {
          tenantId,
          zoneId: zone.id,
          name: 'Free over threshold',
          basis: 'order_value',
          minValue: profile.shipping.freeOver,
          maxValue: null,
          price: 0,
          currency: profile.currency,
        },
      ],
    });
  }
  await tx.taxRate.upsert({
    where: { tenantId_country_region: { tenantId, country: market, region: '' } },
    create: { tenantId, name: profile.tax.name, country: market, rateBps: profile.tax.rateBps },
    update: {},
  });
  const discount = await tx.discount.upsert({
    where: { tenantId_code: { tenantId, code: welcomeDiscount.code } },
    create: {
      tenantId,
      title: welcomeDiscount.title,
      method: 'code',
      code: welcomeDiscount.code,
      kind: 'percentage',
      value: welcomeDiscount.bps,
      perCustomerLimit: 1,
    },
    update: {},
  });
  return { tenantId, locationId: location.id, discountId: discount.id };
}
