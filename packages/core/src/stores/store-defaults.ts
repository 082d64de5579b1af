/** What every new store starts with, so checkout and the storefront work on day one. */
export const defaultShippingTiers = [
  {
    code: 'standard',
    name: 'Standard',
    multiplierPermille: 1000,
    deliveryDaysMin: 3,
    deliveryDaysMax: 5,
    position: 0,
  },
  {
    code: 'express',
    name: 'Express',
    multiplierPermille: 1750,
    deliveryDaysMin: 1,
    deliveryDaysMax: 2,
    position: 1,
  },
  {
    code: 'premium',
    name: 'Premium',
    multiplierPermille: 2500,
    deliveryDaysMin: 1,
    deliveryDaysMax: 1,
    position: 2,
  },
] as const;

export const defaultLocation = { code: 'main', name: 'Main warehouse', isDefault: true } as const;

export function defaultHomePage(storeName: string) {
  return {
    version: 1,
    blocks: [
      {
        id: 'hero',
        type: 'hero',
        props: {
          heading: `Welcome to ${storeName}`,
          subheading: 'Browse our latest products.',
          ctaLabel: 'Shop now',
          ctaHref: '/search',
        },
      },
      {
        id: 'featured',
        type: 'product-grid',
        props: { heading: 'Featured products', source: 'newest', limit: 8 },
      },
    ],
  };
}
