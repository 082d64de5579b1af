import { fashionBoutiqueCatalog } from '../catalog/fashion-boutique';
import { gbCarriers } from './carriers';
import type { StoreProfile } from './types';

export const fashionBoutique: StoreProfile = {
  slug: 'fashion-boutique',
  name: 'Fashion Boutique',
  currency: 'GBP',
  locale: 'en-GB',
  timezone: 'Europe/London',
  market: 'GB',
  tax: { name: 'VAT', country: 'GB', rateBps: 2000 },
  shipping: { baseRate: 395, freeOver: 6000, carriers: gbCarriers },
  theme: {
    accentColor: '#9d174d',
    backgroundColor: '#fdf8f6',
    textColor: '#18181b',
    fontFamily: 'serif',
    colorScheme: 'light',
    radius: 'none',
  },
  hue: 330,
  catalog: fashionBoutiqueCatalog,
  content: {
    heroHeading: 'Considered clothes, made to last',
    heroSubheading:
      'Natural fabrics, timeless cuts and small-batch accessories from independent makers.',
    ctaLabel: 'Shop women',
    featuredCategory: 'women',
    featuredHeading: 'New in for women',
    testimonials: [
      {
        quote:
          'My cashmere jumper is the softest thing I own, and it still looks new after a winter of wear.',
        author: 'Isla, Edinburgh',
      },
      {
        quote: 'The sizing guide was spot on and the wrap dress fits like it was made for me.',
        author: 'Poppy, Bristol',
      },
      {
        quote: 'Beautiful packaging, and the handwritten note was a lovely touch.',
        author: 'Eleanor, Bath',
      },
    ],
    promiseHtml:
      '<h2>Free UK delivery over £60</h2><p>Easy 30-day returns and free alterations on tailoring.</p>',
    aboutHtml:
      "<p>Fashion Boutique opened on a cobbled street in Bath in 2015 with a rail of linen dresses and a shelf of handmade jewellery.</p><p>We still choose every piece ourselves, favouring natural fibres, fair factories and designs you'll wear for more than one season.</p>",
  },
  estimate: {
    title: 'Bridal party styling package',
    notes:
      "Outfits and accessories for the bride's party of four, with two fitting sessions in store.",
    terms: 'Valid for 30 days. 25% deposit secures the fitting dates.',
    depositBps: 2500,
    lines: [
      { kind: 'material', sku: 'FB-SLIPDRESS-S', quantity: 4 },
      { kind: 'material', sku: 'FB-PEARL', quantity: 4 },
      { kind: 'material', sku: 'FB-SILKSQ', quantity: 4 },
      {
        kind: 'labour',
        name: 'Personal styling',
        description: 'Two fitting sessions in store',
        hours: 3,
        rate: 6000,
        costRate: 2500,
      },
      {
        kind: 'labour',
        name: 'Alterations',
        description: 'Hemming and strap adjustments',
        hours: 4,
        rate: 4500,
        costRate: 2000,
      },
    ],
  },
};
