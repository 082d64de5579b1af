import type { EmailBrandingInput } from '@storeloom/validators';

/** Branding for tests and for previews outside a store. */
export const sampleBranding: EmailBrandingInput = {
  storeName: 'Alpha Goods',
  logoUrl: null,
  primaryColor: '#0f766e',
  storeUrl: 'https://alpha.example.com',
  contactEmail: 'help@alpha.example.com',
  address: '1 Main St, Springfield, IL 62701, US',
};
