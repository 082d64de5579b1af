import type { DemoStoreSlug } from '@storeloom/auth/demo-accounts';

/** One question of a store's FAQ; the answer is rich text (the builder's allowed HTML). */
export interface FaqItemCopy {
  question: string;
  answerHtml: string;
}

/** Copy for the builder blocks of a demo store's pages, beyond what its profile already says. */
export interface PageCopy {
  story: { heading: string; bodyHtml: string };
  /** Three short promises shown side by side in columns. */
  promises: readonly { title: string; text: string }[];
  spotlightEyebrow: string;
  callToAction: { heading: string; body: string; label: string; href: string };
  newsletter: { heading: string; body: string };
  faq: readonly { heading: string; items: readonly FaqItemCopy[] }[];
}

const techGadgets: PageCopy = {
  story: {
    heading: 'Tested for two weeks before it ships',
    bodyHtml:
      '<p>Every earbud, charger and hub we sell spends at least two weeks on our desks in Oakland first. We measure battery life ourselves and write down what the spec sheet leaves out.</p><p>If it does not survive our testing, it does not make the shelf.</p>',
  },
  promises: [
    { title: 'Free shipping over $50', text: 'Fast, tracked delivery across the US.' },
    { title: '30-day returns', text: 'Changed your mind? Send it back, no quibbles.' },
    { title: 'Two-year warranty', text: 'On everything we sell, handled by us.' },
  ],
  spotlightEyebrow: 'Staff pick',
  callToAction: {
    heading: 'Not sure which charger you need?',
    body: 'Our FAQ covers compatibility, warranty claims and delivery times.',
    label: 'Read the FAQ',
    href: '/pages/faq',
  },
  newsletter: {
    heading: 'Get our test notes first',
    body: 'One email every two weeks with what we tested and what we liked. Unsubscribe any time.',
  },
  faq: [
    {
      heading: 'Orders and delivery',
      items: [
        {
          question: 'How long does delivery take?',
          answerHtml:
            '<p>Orders placed before 2 pm Pacific ship the same working day. Standard delivery takes 3 to 5 working days, express 1 to 2.</p>',
        },
        {
          question: 'Do you offer free shipping?',
          answerHtml: '<p>Yes: standard shipping is free on orders over $50.</p>',
        },
        {
          question: 'Can I track my order?',
          answerHtml:
            '<p>You get a tracking link by email as soon as your parcel leaves us, and it is also in <a href="/account/orders">your orders</a>.</p>',
        },
      ],
    },
    {
      heading: 'Returns and warranty',
      items: [
        {
          question: 'What is your returns policy?',
          answerHtml:
            '<p>You can return anything within 30 days of delivery for a full refund, even if it has been opened. Start a return from <a href="/account/orders">your orders</a>.</p>',
        },
        {
          question: 'How does the two-year warranty work?',
          answerHtml:
            '<p>If a product fails within two years, we repair or replace it. Email <a href="mailto:hello@tech-gadgets.test">hello@tech-gadgets.test</a> with your order number and a short description of the fault.</p>',
        },
        {
          question: 'Will this charger work with my phone?',
          answerHtml:
            '<p>Every product page lists the standards it supports (USB-C PD, Qi2, MagSafe). If you are unsure, ask us before you order.</p>',
        },
      ],
    },
  ],
};

const outdoorAdventure: PageCopy = {
  story: {
    heading: 'Chosen by mountain guides',
    bodyHtml:
      '<p>We started in Garmisch-Partenkirchen with gear we trusted on the hill. We still test every tent, pack and jacket in the Alps before it goes on sale.</p><p>Our workshop repairs zips, seams and tent poles, so your kit lasts for many more trips.</p>',
  },
  promises: [
    { title: 'Free shipping from €79', text: 'Climate-neutral delivery, packed without plastic.' },
    { title: '60-day returns', text: 'Try it on the trail before you decide.' },
    { title: 'Repairs for life', text: 'Our workshop fixes what we sell.' },
  ],
  spotlightEyebrow: 'Trail tested',
  callToAction: {
    heading: 'Torn a seam or snapped a pole?',
    body: 'Our workshop repairs the gear we sell. Read how it works.',
    label: 'Repairs and returns',
    href: '/pages/faq',
  },
  newsletter: {
    heading: 'Trail notes in your inbox',
    body: 'Route ideas, gear care tips and new arrivals, once a month.',
  },
  faq: [
    {
      heading: 'Orders and delivery',
      items: [
        {
          question: 'How long does delivery take?',
          answerHtml:
            '<p>Within Germany most orders arrive in 1 to 3 working days. Deliveries to Austria and Switzerland take 3 to 5.</p>',
        },
        {
          question: 'When is shipping free?',
          answerHtml: '<p>From €79 order value, on every delivery option.</p>',
        },
      ],
    },
    {
      heading: 'Returns and repairs',
      items: [
        {
          question: 'How long do I have to return something?',
          answerHtml:
            '<p>60 days from delivery. Outdoor gear needs a proper try, so light use on the trail is fine.</p>',
        },
        {
          question: 'Do you repair gear?',
          answerHtml:
            '<p>Yes. Our workshop repairs zips, seams and tent poles for everything we sell. Write to <a href="mailto:hello@outdoor-adventure.test">hello@outdoor-adventure.test</a> and we will send a free return label.</p>',
        },
        {
          question: 'Which boot size should I choose?',
          answerHtml:
            '<p>Measure your foot in the afternoon and add a thumb’s width. Each boot page lists how it fits compared with your usual size.</p>',
        },
      ],
    },
  ],
};

const demoStore: PageCopy = {
  story: {
    heading: 'From a market stall to your kitchen',
    bodyHtml:
      "<p>We began restoring cast iron pans for a farmers' market in Chicago. Today we work with small makers and family-run factories on cookware that lasts for decades.</p><p>We cook with everything we sell before it reaches you.</p>",
  },
  promises: [
    { title: 'Free shipping over $75', text: 'Standard delivery anywhere in the US.' },
    { title: '30-day returns', text: 'Easy returns on unused items.' },
    { title: 'Real people', text: 'Questions answered by our team in Chicago.' },
  ],
  spotlightEyebrow: 'Customer favourite',
  callToAction: {
    heading: 'Looking for a gift?',
    body: 'Browse our favourites, from linen towels to the pan that lasts a lifetime.',
    label: 'Shop the home range',
    href: '/search?sort=best_selling',
  },
  newsletter: {
    heading: 'Recipes and new arrivals',
    body: 'A seasonal recipe and the newest things in the shop, twice a month.',
  },
  faq: [
    {
      heading: 'Orders and delivery',
      items: [
        {
          question: 'How long does delivery take?',
          answerHtml: '<p>Standard delivery takes 3 to 6 working days; express takes 1 to 2.</p>',
        },
        {
          question: 'Is shipping free?',
          answerHtml: '<p>Standard shipping is free on orders over $75.</p>',
        },
      ],
    },
    {
      heading: 'Returns and care',
      items: [
        {
          question: 'Can I return an item?',
          answerHtml:
            '<p>Unused items can be returned within 30 days. Start a return from <a href="/account/orders">your orders</a>.</p>',
        },
        {
          question: 'How do I care for cast iron?',
          answerHtml:
            '<p>Rinse with hot water, dry it on the stove and wipe on a thin layer of oil. Avoid the dishwasher.</p>',
        },
      ],
    },
  ],
};

const fashionBoutique: PageCopy = {
  story: {
    heading: 'Chosen piece by piece in Bath',
    bodyHtml:
      "<p>We opened in 2015 with a rail of linen dresses. We still pick every piece ourselves, favouring natural fibres and fair factories.</p><p>Designs you'll wear for more than one season.</p>",
  },
  promises: [
    { title: 'Free UK delivery over £60', text: 'Tracked, and wrapped by hand.' },
    { title: '30-day returns', text: 'Free and easy from any post office.' },
    { title: 'Free alterations', text: 'On all tailoring, in our Bath studio.' },
  ],
  spotlightEyebrow: 'Editor’s pick',
  callToAction: {
    heading: 'Need a hand with sizing?',
    body: 'Our FAQ explains how our pieces fit, and how alterations work.',
    label: 'Sizing and alterations',
    href: '/pages/faq',
  },
  newsletter: {
    heading: 'First look at new arrivals',
    body: 'New pieces and styling notes, a couple of times a month.',
  },
  faq: [
    {
      heading: 'Orders and delivery',
      items: [
        {
          question: 'How long does UK delivery take?',
          answerHtml:
            '<p>Standard delivery takes 2 to 4 working days, next-day delivery is available before 1 pm.</p>',
        },
        {
          question: 'When is delivery free?',
          answerHtml: '<p>UK delivery is free on orders over £60.</p>',
        },
      ],
    },
    {
      heading: 'Returns, sizing and alterations',
      items: [
        {
          question: 'How do I return something?',
          answerHtml:
            '<p>Returns are free within 30 days. Start one from <a href="/account/orders">your orders</a> and drop the parcel at any post office.</p>',
        },
        {
          question: 'How do your sizes fit?',
          answerHtml:
            '<p>Our pieces follow UK sizing. Each product page notes whether a cut runs large or small.</p>',
        },
        {
          question: 'Are alterations really free?',
          answerHtml:
            '<p>Yes, on all tailoring: hems, sleeves and waists, done in our Bath studio within a week.</p>',
        },
      ],
    },
  ],
};

export const pageCopy: Record<DemoStoreSlug, PageCopy> = {
  'tech-gadgets': techGadgets,
  'outdoor-adventure': outdoorAdventure,
  'demo-store': demoStore,
  'fashion-boutique': fashionBoutique,
};
