/** The home page every new store starts with, in the builder's block format. */
export function defaultHomePage(storeName: string) {
  return {
    version: 1,
    blocks: [
      {
        id: 'hero',
        type: 'hero',
        props: {
          heading: `Welcome to ${storeName}`,
          subheading: 'Browse our latest products.',
          ctaLabel: 'Shop now',
          ctaHref: '/search',
        },
      },
      {
        id: 'featured',
        type: 'product-grid',
        props: { heading: 'Featured products', source: 'newest', limit: 8 },
      },
    ],
  };
}
