export * from './fixtures/two-stores.ts';
