import type { CatalogPlan, ProductPlan } from '../catalog/expand-catalog';
import type { StoreProfile } from '../stores/types';
import { escapeHtml } from '../text';
import type { PagePlan } from '../write/write-pages';
import { pageCopy, type FaqItemCopy, type PageCopy } from './page-copy';

type JsonProp =
  string | number | boolean | null | readonly JsonProp[] | { readonly [key: string]: JsonProp };

/** One builder block: `children` only on containers (columns, column). */
export type PageBlock = {
  id: string;
  type: string;
  props: Record<string, JsonProp>;
  children?: PageBlock[];
};

/**
 * Builder page document (version 1): what the page builder edits and the storefront renders
 * through the block registry (@storeloom/blocks, docs/storefront/pages-and-blocks.md). Type
 * aliases rather than interfaces, so they are assignable to Prisma's JSON input type.
 */
export type PageContent = { version: 1; blocks: PageBlock[] };

/** The picture of a product: the seed writes one image per product, at this media path. */
function productImage(profile: StoreProfile, product: ProductPlan) {
  return { src: `/media/${profile.slug}/${product.slug}.webp`, alt: product.title };
}

function productsUnder(catalog: CatalogPlan, rootSlug: string): ProductPlan[] {
  return catalog.products.filter((product) => product.rootCategory === rootSlug);
}

/** A product from the featured category for the spotlight, preferring one on sale. */
function spotlightProduct(catalog: CatalogPlan, rootSlug: string): ProductPlan | undefined {
  const candidates = productsUnder(catalog, rootSlug);
  const onSale = new Set(
    catalog.variants.filter((v) => v.compareAtPrice !== null).map((v) => v.productSlug),
  );
  return candidates.find((product) => onSale.has(product.slug)) ?? candidates[0];
}

function promiseColumns(id: string, copy: PageCopy): PageBlock {
  return {
    id,
    type: 'columns',
    props: { layout: 'equal', gap: 'medium', verticalAlign: 'top' },
    children: copy.promises.map((promise, index) => ({
      id: `${id}-${String(index + 1)}`,
      type: 'column',
      props: {},
      children: [
        {
          id: `${id}-${String(index + 1)}-text`,
          type: 'rich-text',
          props: {
            html: `<p><strong>${escapeHtml(promise.title)}</strong></p><p>${escapeHtml(promise.text)}</p>`,
            width: 'wide',
          },
        },
      ],
    })),
  };
}

function callToAction(id: string, copy: PageCopy): PageBlock {
  const { heading, body, label, href } = copy.callToAction;
  return {
    id,
    type: 'call-to-action',
    props: { heading, body, buttonLabel: label, buttonHref: href, colour: '' },
  };
}

export function homePageContent(profile: StoreProfile, catalog: CatalogPlan): PageContent {
  const { content } = profile;
  const copy = pageCopy[profile.slug];
  const roots = catalog.categories.filter((category) => category.depth === 0);
  const featured = productsUnder(catalog, content.featuredCategory);
  const spotlight = spotlightProduct(catalog, content.featuredCategory);
  const heroProduct = featured.find((product) => product.slug !== spotlight?.slug);
  // The story is pictured by a product from another corner of the shop.
  const storyProduct = catalog.products.find(
    (product) => product.rootCategory !== content.featuredCategory,
  );
  const blocks: PageBlock[] = [
    {
      id: 'hero',
      type: 'hero',
      props: {
        heading: content.heroHeading,
        subheading: content.heroSubheading,
        ctaLabel: content.ctaLabel,
        ctaHref: `/categories/${content.featuredCategory}`,
        image: heroProduct === undefined ? null : productImage(profile, heroProduct),
        align: 'start',
      },
    },
    {
      id: 'categories',
      type: 'category-list',
      props: {
        heading: 'Shop by category',
        subheading: '',
        categorySlugs: [],
        limit: roots.length,
      },
    },
    {
      id: 'new-arrivals',
      type: 'product-grid',
      props: {
        heading: 'New arrivals',
        subheading: `The latest additions to ${profile.name}.`,
        source: 'newest',
        categorySlug: '',
        productSlugs: [],
        limit: 8,
        showMoreLink: true,
      },
    },
    ...(spotlight === undefined
      ? []
      : [
          {
            id: 'spotlight',
            type: 'featured-product',
            props: {
              productSlug: spotlight.slug,
              eyebrow: copy.spotlightEyebrow,
              ctaLabel: 'View product',
              imagePosition: 'start',
            },
          },
        ]),
    {
      id: 'featured',
      type: 'product-grid',
      props: {
        heading: content.featuredHeading,
        subheading: '',
        source: 'category',
        categorySlug: content.featuredCategory,
        productSlugs: [],
        limit: 8,
        showMoreLink: true,
      },
    },
    {
      id: 'story',
      type: 'image-with-text',
      props: {
        image: storyProduct === undefined ? null : productImage(profile, storyProduct),
        heading: copy.story.heading,
        body: copy.story.bodyHtml,
        ctaLabel: `About ${profile.name}`,
        ctaHref: '/pages/about',
        imagePosition: 'end',
      },
    },
    {
      id: 'newsletter',
      type: 'newsletter-signup',
      props: {
        heading: copy.newsletter.heading,
        body: copy.newsletter.body,
        buttonLabel: 'Subscribe',
      },
    },
    {
      id: 'testimonials',
      type: 'testimonials',
      props: {
        heading: 'What our customers say',
        items: content.testimonials.map((testimonial) => ({ ...testimonial })),
      },
    },
    promiseColumns('promises', copy),
    callToAction('help', copy),
  ];
  return { version: 1, blocks };
}

export function aboutPageContent(profile: StoreProfile): PageContent {
  const copy = pageCopy[profile.slug];
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
          image: null,
          align: 'start',
        },
      },
      {
        id: 'story',
        type: 'rich-text',
        props: { html: profile.content.aboutHtml, width: 'narrow' },
      },
      {
        id: 'promise',
        type: 'rich-text',
        props: { html: profile.content.promiseHtml, width: 'narrow' },
      },
      callToAction('help', copy),
    ],
  };
}

function faqItems(items: readonly FaqItemCopy[]) {
  return items.map((item) => ({ question: item.question, answer: item.answerHtml }));
}

export function faqPageContent(profile: StoreProfile): PageContent {
  const copy = pageCopy[profile.slug];
  return {
    version: 1,
    blocks: [
      ...copy.faq.map((section, index) => ({
        id: `faq-${String(index + 1)}`,
        type: 'faq',
        props: { heading: section.heading, intro: '', items: faqItems(section.items) },
      })),
      {
        id: 'contact',
        type: 'call-to-action',
        props: {
          heading: 'Still have a question?',
          body: 'Write to us and a real person will answer within one working day.',
          buttonLabel: 'Email us',
          buttonHref: `mailto:hello@${profile.slug}.test`,
          colour: '',
        },
      },
    ],
  };
}

/** The published pages of a demo store: home, About us and FAQ. */
export function planPages(profile: StoreProfile, catalog: CatalogPlan): PagePlan[] {
  return [
    {
      slug: 'home',
      kind: 'home',
      title: 'Home',
      // The home page's browser title is the store's name.
      seoTitle: null,
      seoDescription: profile.content.heroSubheading,
      content: homePageContent(profile, catalog),
    },
    {
      slug: 'about',
      kind: 'content',
      title: 'About us',
      seoTitle: 'About us',
      seoDescription: `The story behind ${profile.name}.`,
      content: aboutPageContent(profile),
    },
    {
      slug: 'faq',
      kind: 'content',
      title: 'Frequently asked questions',
      seoTitle: 'FAQ',
      seoDescription: `Delivery, returns and product questions answered by ${profile.name}.`,
      content: faqPageContent(profile),
    },
  ];
}
