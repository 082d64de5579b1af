import type { CatalogPlan } from '../catalog/expand-catalog';
import type { StoreProfile } from '../stores/types';

/**
 * Builder block JSON (version 1): what the page builder edits and the storefront renders. A type
 * alias rather than an interface, so it is assignable to Prisma's JSON input type.
 */
export type PageContent = {
  version: 1;
  blocks: {
    id: string;
    type: string;
    props: Record<string, string | number | boolean | readonly Record<string, string>[]>;
  }[];
};

export function homePageContent(profile: StoreProfile, catalog: CatalogPlan): PageContent {
  const { content } = profile;
  const roots = catalog.categories.filter((category) => category.depth === 0);
  return {
    version: 1,
    blocks: [
      {
        id: 'hero',
        type: 'hero',
        props: {
          heading: content.heroHeading,
          subheading: content.heroSubheading,
          ctaLabel: content.ctaLabel,
          ctaHref: `/categories/${content.featuredCategory}`,
        },
      },
      {
        id: 'new-arrivals',
        type: 'product-grid',
        props: { heading: 'New arrivals', source: 'newest', limit: 8 },
      },
      {
        id: 'categories',
        type: 'category-list',
        props: { heading: 'Shop by category', limit: roots.length },
      },
      {
        id: 'featured',
        type: 'product-grid',
        props: {
          heading: content.featuredHeading,
          source: 'category',
          categorySlug: content.featuredCategory,
          limit: 8,
        },
      },
      {
        id: 'testimonials',
        type: 'testimonials',
        props: {
          heading: 'What our customers say',
          items: content.testimonials.map((t) => ({ ...t })),
        },
      },
      { id: 'promise', type: 'rich-text', props: { html: content.promiseHtml } },
    ],
  };
}

export function aboutPageContent(profile: StoreProfile): PageContent {
  return {
    version: 1,
    blocks: [
      {
        id: 'about-hero',
        type: 'hero',
        props: {
          heading: `About ${profile.name}`,
          subheading: profile.content.heroSubheading,
          ctaLabel: 'Shop now',
          ctaHref: '/search',
        },
      },
      { id: 'story', type: 'rich-text', props: { html: profile.content.aboutHtml } },
      { id: 'promise', type: 'rich-text', props: { html: profile.content.promiseHtml } },
    ],
  };
}
