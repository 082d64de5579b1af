import { demoStoreCatalog } from '../catalog/demo-store';
import { usCarriers } from './carriers';
import type { StoreProfile } from './types';

export const demoStore: StoreProfile = {
  slug: 'demo-store',
  name: 'Demo Store',
  currency: 'USD',
  locale: 'en-US',
  timezone: 'America/Chicago',
  market: 'US',
  tax: { name: 'Sales tax', country: 'US', rateBps: 800 },
  shipping: { baseRate: 699, freeOver: 7500, carriers: usCarriers },
  theme: {
    accentColor: '#b45309',
    backgroundColor: '#fffbf5',
    textColor: '#1f2937',
    fontFamily: 'system',
    headingFontFamily: 'serif',
    colorScheme: 'light',
    radius: 'medium',
  },
  hue: 24,
  catalog: demoStoreCatalog,
  content: {
    heroHeading: 'Good things for everyday living',
    heroSubheading:
      'Cookware, tableware and little comforts, chosen to be used and loved for years.',
    ctaLabel: 'Shop the kitchen',
    featuredCategory: 'kitchen',
    featuredHeading: 'Kitchen favourites',
    testimonials: [
      {
        quote:
          "The Dutch oven is the best thing I've bought for our kitchen in years. Sunday stews have never been better.",
        author: 'Hannah, Portland',
      },
      {
        quote: 'Fast delivery, beautiful packaging and the towels are even softer than they look.',
        author: 'Marcus, Atlanta',
      },
      {
        quote: 'I keep coming back for gifts. Everything feels thoughtfully chosen.',
        author: 'Priya, Boston',
      },
    ],
    promiseHtml:
      '<h2>Our promise</h2><p>Free standard shipping on orders over $75, 30-day returns and a real person to answer your questions.</p>',
    aboutHtml:
      "<p>Demo Store began at a farmers' market stall in Chicago, selling the cast iron pans our founder restored at weekends.</p><p>Today we work with small makers and family-run factories to bring you cookware, tableware and home goods that are built to last. We test everything in our own kitchens before it reaches yours.</p>",
  },
  estimate: {
    title: 'Kitchen refresh for a holiday rental',
    notes: 'Full kitchen kit for a four-bedroom rental, delivered and unpacked on site.',
    terms: 'Valid for 30 days. 50% deposit on acceptance, balance on delivery.',
    depositBps: 5000,
    lines: [
      { kind: 'material', sku: 'DS-SAUCESET', quantity: 1 },
      { kind: 'material', sku: 'DS-SKILLET-10IN', quantity: 2 },
      { kind: 'material', sku: 'DS-PLATES-SPWH', quantity: 3 },
      { kind: 'material', sku: 'DS-WINEGLASS', quantity: 2 },
      {
        kind: 'labour',
        name: 'Delivery and unpacking',
        description: 'Two-person team, on site',
        hours: 3,
        rate: 6500,
        costRate: 3200,
      },
      {
        kind: 'labour',
        name: 'Kitchen styling',
        description: 'Arrange cupboards and open shelving',
        hours: 2,
        rate: 8500,
        costRate: 4000,
      },
    ],
  },
};
