/** The tiers every store gets (mirrors @storeloom/core's store defaults; db cannot import core). */
export const shippingTiers = [
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

export type ShippingTierSpec = (typeof shippingTiers)[number];

export const defaultLocation = { code: 'main', name: 'Main warehouse', isDefault: true } as const;
