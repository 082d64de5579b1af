import { outdoorAdventureCatalog } from '../catalog/outdoor-adventure';
import { deCarriers } from './carriers';
import type { StoreProfile } from './types';

export const outdoorAdventure: StoreProfile = {
  slug: 'outdoor-adventure',
  name: 'Outdoor Adventure',
  currency: 'EUR',
  locale: 'de-DE',
  timezone: 'Europe/Berlin',
  market: 'DE',
  tax: { name: 'MwSt.', country: 'DE', rateBps: 1900 },
  shipping: { baseRate: 495, freeOver: 7900, carriers: deCarriers },
  customDomain: 'outdoor.test',
  theme: {
    accentColor: '#166534',
    backgroundColor: '#f5f5ec',
    textColor: '#1c1917',
    fontFamily: 'rounded',
    colorScheme: 'light',
    radius: 'large',
  },
  hue: 130,
  catalog: outdoorAdventureCatalog,
  content: {
    heroHeading: 'Get out there',
    heroSubheading:
      'Tents, packs and layers for the Alps, the Black Forest and every trail in between.',
    ctaLabel: 'Shop camping',
    featuredCategory: 'camping',
    featuredHeading: 'Ready for a night outside',
    testimonials: [
      {
        quote:
          'The Summit tent survived a thunderstorm on the Zugspitze trail without a drop inside.',
        author: 'Jonas, München',
      },
      {
        quote: 'Great advice on sizing my boots, and the exchange was painless.',
        author: 'Lena, Freiburg',
      },
      {
        quote: 'Everything arrived in two days, packed without plastic. Love it.',
        author: 'Katharina, Hamburg',
      },
    ],
    promiseHtml:
      '<h2>Tested outdoors</h2><p>Free shipping from €79, 60-day returns and repairs for everything we sell.</p>',
    aboutHtml:
      '<p>Outdoor Adventure was founded by two mountain guides in Garmisch-Partenkirchen who wanted gear they could trust on the hill.</p><p>We stock fewer products and know them all inside out. Our workshop repairs zips, seams and tent poles, because the most sustainable jacket is the one you already own.</p>',
  },
  estimate: {
    title: 'Group expedition kit for a school trip',
    notes:
      'Tents, sleeping kit and cooking gear for a two-night trip, checked and packed per group.',
    terms: 'Valid for 21 days. Full payment before dispatch.',
    depositBps: null,
    lines: [
      { kind: 'material', sku: 'OA-TENT4', quantity: 3 },
      { kind: 'material', sku: 'OA-SYNBAG', quantity: 10 },
      { kind: 'material', sku: 'OA-MAT-RGLR', quantity: 10 },
      { kind: 'material', sku: 'OA-STOVE', quantity: 3 },
      {
        kind: 'labour',
        name: 'Kit preparation',
        description: 'Check, label and pack kit per group',
        hours: 5,
        rate: 4500,
        costRate: 2200,
      },
      {
        kind: 'labour',
        name: 'Pre-trip briefing',
        description: 'Pitching and stove safety session for the group leaders',
        hours: 2,
        rate: 7500,
        costRate: 3500,
      },
    ],
  },
};
