/**
 * What every new store starts with, so checkout and stock work on day one. Shared by the
 * platform's store creation and the demo seed (the db package cannot import core).
 */
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

export type DefaultShippingTier = (typeof defaultShippingTiers)[number];

export const defaultLocation = { code: 'main', name: 'Main warehouse', isDefault: true } as const;
