export * from './common.ts';
export * from './domain-events.ts';
export * from './hostname.ts';
export * from './members.ts';
export * from './platform.ts';
export * from './store.ts';
export * from './store-defaults.ts';
