export * from './base-rate.ts';
export * from './match-zone.ts';
export * from './tier-price.ts';
export * from './tiered-provider.ts';
export type * from './types.ts';
