import type { ShippingTierDefinition } from '@storeloom/shipping';
import { defaultShippingTiers } from '@storeloom/validators';

/** A store that never edited its tiers has no rows: it ships with the defaults. */
export function tiersOrDefaults<Tier extends ShippingTierDefinition>(
  rows: readonly Tier[],
): readonly (Tier | ShippingTierDefinition)[] {
  return rows.length > 0
    ? rows
    : defaultShippingTiers.map((tier) => ({ ...tier, isEnabled: true }));
}
