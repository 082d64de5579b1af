export * from './fixtures/two-stores.ts';
export * from './fakes/stripe-fake.ts';
export * from './fakes/openai-fake.ts';
export * from './fakes/paypal-fake.ts';
export * from './fakes/resend-fake.ts';
