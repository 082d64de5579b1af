import { techGadgetsCatalog } from '../catalog/tech-gadgets';
import { usCarriers } from './carriers';
import type { StoreProfile } from './types';

export const techGadgets: StoreProfile = {
  slug: 'tech-gadgets',
  name: 'Tech Gadgets',
  currency: 'USD',
  locale: 'en-US',
  timezone: 'America/Los_Angeles',
  market: 'US',
  tax: { name: 'Sales tax', country: 'US', rateBps: 800 },
  shipping: { baseRate: 599, freeOver: 5000, carriers: usCarriers },
  customDomain: 'shop.techgadgets.test',
  theme: {
    accentColor: '#2563eb',
    backgroundColor: '#ffffff',
    textColor: '#0f172a',
    fontFamily: 'sans',
    headingFontFamily: 'mono',
    // Follows the shopper's device: the demo of dark mode.
    colorScheme: 'auto',
    radius: 'large',
  },
  hue: 210,
  catalog: techGadgetsCatalog,
  content: {
    heroHeading: 'Gear that just works',
    heroSubheading: "Audio, charging and smart-home tech we've tested so you don't have to.",
    ctaLabel: 'Browse audio',
    featuredCategory: 'audio',
    featuredHeading: 'Listen better',
    testimonials: [
      {
        quote:
          'The Aurora earbuds sound better than pairs twice the price. Battery life is unreal.',
        author: 'Ethan, Seattle',
      },
      {
        quote:
          'Ordered a hub on Monday, it was on my desk Wednesday. Support answered my question in minutes.',
        author: 'Zoe, Austin',
      },
      {
        quote: 'Finally a shop that explains the specs in plain English.',
        author: 'Daniel, Denver',
      },
    ],
    promiseHtml:
      '<h2>Why shop with us</h2><p>Two-year warranty on everything, free shipping over $50 and 30-day no-quibble returns.</p>',
    aboutHtml:
      '<p>Tech Gadgets is a small team of engineers and reviewers in Oakland who got tired of spec sheets that hide the truth.</p><p>We use every product for at least two weeks before we stock it, and we publish what we find, good and bad. If something fails, our two-year warranty has you covered.</p>',
  },
  estimate: {
    title: 'Smart home installation, 3-bedroom house',
    notes:
      'Video doorbell, indoor cameras, smart lock and lighting in the living areas, configured in one app.',
    terms: 'Valid for 14 days. Installation scheduled within a week of acceptance.',
    depositBps: 3000,
    lines: [
      { kind: 'material', sku: 'TG-DOORBELL', quantity: 1 },
      { kind: 'material', sku: 'TG-INCAM-WHT', quantity: 2 },
      { kind: 'material', sku: 'TG-LOCK-MBLK', quantity: 1 },
      { kind: 'material', sku: 'TG-BULB-CLR', quantity: 3 },
      {
        kind: 'labour',
        name: 'Installation',
        description: 'Mounting, wiring and testing',
        hours: 4,
        rate: 9500,
        costRate: 4500,
      },
      {
        kind: 'labour',
        name: 'App setup and handover',
        description: 'Automations and a walkthrough for the household',
        hours: 1.5,
        rate: 9500,
        costRate: 4500,
      },
    ],
  },
};
