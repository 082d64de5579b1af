export { seedDemoData, DEMO_SEED_VERSION, type SeedDemoDataOptions } from './seed-demo-data';
export type { SeedReport, StoreSeedReport, StoreCounts } from './report';
export { storeProfiles, type StoreProfile } from './stores';
export { planStore } from './plan-store';
