import { demoStore } from './demo-store';
import { fashionBoutique } from './fashion-boutique';
import { outdoorAdventure } from './outdoor-adventure';
import { techGadgets } from './tech-gadgets';
import type { StoreProfile } from './types';

/** In DEMO_STORES order, so the admin's store switcher lists them the same way. */
export const storeProfiles: readonly StoreProfile[] = [
  demoStore,
  techGadgets,
  outdoorAdventure,
  fashionBoutique,
];

export type { StoreProfile } from './types';
