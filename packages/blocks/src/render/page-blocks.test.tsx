import { describe, expect, it } from 'vitest';

import type { BlockProduct, ResolvedData } from '../data/block-data';
import type { BlockNode } from '../document/page-document';
import { hasTag, renderBlocks } from '../testing/render-page';
import { leadsWithPageHeading } from './page-heading';

const product = (
  id: string,
  title: string,
  price: number,
  more: Partial<BlockProduct> = {},
): BlockProduct => ({
  id,
  href: `/products/${id}`,
  title,
  price,
  priceVaries: false,
  compareAtPrice: null,
  currency: 'USD',
  image: { src: `/media/store/${id}.webp`, alt: title },
  inStock: true,
  ...more,
});

function block(
  id: string,
  type: string,
  props: Record<string, unknown>,
  children?: BlockNode[],
): BlockNode {
  return children === undefined ? { id, type, props } : { id, type, props, children };
}

describe('PageBlocks', () => {
  it('renders a first hero as the h1 with its button', () => {
    const html = renderBlocks([
      block('hero', 'hero', {
        heading: 'Gear that just works',
        subheading: 'Tested tech.',
        ctaLabel: 'Browse audio',
        ctaHref: '/categories/audio',
        image: null,
        align: 'start',
      }),
      block('second', 'hero', {
        heading: 'Another',
        subheading: '',
        ctaLabel: '',
        ctaHref: '',
        image: null,
        align: 'center',
      }),
    ]);
    expect(html).toContain('<h1 id="block-hero-heading"');
    expect(html).toContain('>Gear that just works</h1>');
    expect(html).toContain('Tested tech.');
    expect(hasTag(html, 'a', 'href="/categories/audio"')).toBe(true);
    expect(html).toMatch(/>Browse audio<\/a>/);
    expect(html).toContain('<h2 id="block-second-heading"');
  });

  it('fetches a leading hero picture first, and only that one', () => {
    const image = { src: '/media/s/hero.webp', alt: 'Earbuds' };
    const hero = (id: string) =>
      block(id, 'hero', {
        heading: 'Hi',
        subheading: '',
        ctaLabel: '',
        ctaHref: '',
        image,
        align: 'start',
      });
    const html = renderBlocks([hero('first'), hero('second')]);
    expect(html.match(/<img [^>]*fetchPriority="high"/g)).toHaveLength(1);
    expect(hasTag(html, 'img', 'fetchPriority="high"', 'loading="eager"', 'alt="Earbuds"')).toBe(
      true,
    );
  });

  it('renders sanitised rich text', () => {
    const html = renderBlocks([
      block('text', 'rich-text', {
        html: '<h2>Why us</h2><p>Two-year <strong>warranty</strong>.</p><img src=x onerror="alert(1)">',
        width: 'narrow',
      }),
    ]);
    expect(html).toContain('<h2>Why us</h2><p>Two-year <strong>warranty</strong>.</p>');
    expect(html).not.toContain('onerror');
    expect(html).not.toContain('<img');
  });

  it('renders an image with its caption and link, and nothing without an image', () => {
    const html = renderBlocks([
      block('pic', 'image', {
        image: { src: '/media/s/a.webp', alt: 'Workshop' },
        caption: 'Our workshop',
        aspect: 'wide',
        href: '/pages/about',
      }),
      block('empty', 'image', { image: null, caption: 'x', aspect: 'wide', href: '' }),
    ]);
    expect(html).toMatch(
      /<a [^>]*href="\/pages\/about"[^>]*><div[^>]*><img src="\/media\/s\/a.webp" alt="Workshop"/,
    );
    expect(html).toContain(
      '<figcaption class="mt-3 text-sm text-muted-foreground">Our workshop</figcaption>',
    );
    expect(html).not.toContain('block-empty');
  });

  it('renders image with text', () => {
    const html = renderBlocks([
      block('story', 'image-with-text', {
        image: { src: '/media/s/b.webp', alt: 'Founders' },
        heading: 'Our story',
        body: '<p>Started in Oakland.</p>',
        ctaLabel: 'Read more about us',
        ctaHref: '/pages/about',
        imagePosition: 'end',
      }),
    ]);
    expect(html).toContain('aria-labelledby="block-story-heading"');
    expect(html).toContain('>Our story</h2>');
    expect(html).toContain('<p>Started in Oakland.</p>');
    expect(html).toContain('alt="Founders"');
    expect(html).toMatch(/<a [^>]*href="\/pages\/about"[^>]*>Read more about us</);
  });

  it('renders a product grid from resolved data, with prices and badges', () => {
    const grid = block('grid', 'product-grid', {
      heading: 'New arrivals',
      subheading: '',
      source: 'newest',
      categorySlug: '',
      productSlugs: [],
      limit: 8,
      showMoreLink: true,
    });
    const data = new Map<string, ResolvedData>([
      [
        'grid',
        {
          kind: 'products',
          products: [
            product('earbuds', 'Aurora Earbuds', 12_900, { priceVaries: true }),
            product('hub', 'Smart Hub', 4_999, { compareAtPrice: 5_999 }),
            product('lamp', 'Desk Lamp', 2_500, { inStock: false, image: null }),
          ],
          more: { href: '/?cursor=abc', label: 'More new arrivals' },
        },
      ],
    ]);
    const html = renderBlocks([grid], data);
    expect(html).toContain('>New arrivals</h2>');
    expect(html).toMatch(/<a [^>]*href="\/products\/earbuds"[^>]*>Aurora Earbuds<\/a>/);
    expect(html).toContain('From </span><span class="tabular-nums">$129.00</span>');
    expect(html).toContain(
      '<span class="sr-only">Was </span><span class="tabular-nums">$59.99</span>',
    );
    expect(html).toContain('Sale');
    expect(html).toContain('Sold out');
    expect(html).toMatch(/href="\/\?cursor=abc"[^>]*>More new arrivals/);
    // No data (nothing to show, or it failed to load): the block stays out of the page.
    expect(renderBlocks([grid])).toBe('');
  });

  it('renders a featured product', () => {
    const html = renderBlocks(
      [
        block('spot', 'featured-product', {
          productSlug: 'earbuds',
          eyebrow: 'Staff pick',
          ctaLabel: 'See the earbuds',
          imagePosition: 'start',
        }),
      ],
      new Map([
        [
          'spot',
          {
            kind: 'product',
            product: {
              ...product('earbuds', 'Aurora Earbuds', 12_900),
              summary: 'Twelve hours of battery.',
            },
          },
        ],
      ]),
    );
    expect(html).toContain('Staff pick');
    expect(html).toContain('>Aurora Earbuds</h2>');
    expect(html).toContain('$129.00');
    expect(html).toContain('Twelve hours of battery.');
    expect(
      hasTag(html, 'a', 'href="/products/earbuds"', 'aria-describedby="block-spot-heading"'),
    ).toBe(true);
    expect(html).toContain('>See the earbuds</a>');
  });

  it('renders category tiles with product counts', () => {
    const html = renderBlocks(
      [
        block('cats', 'category-list', {
          heading: 'Shop by category',
          subheading: '',
          categorySlugs: [],
          limit: 6,
        }),
      ],
      new Map([
        [
          'cats',
          {
            kind: 'categories',
            categories: [
              {
                id: '1',
                href: '/categories/audio',
                name: 'Audio',
                productCount: 12,
                image: { src: '/media/s/a.webp', alt: 'A' },
              },
              { id: '2', href: '/categories/cables', name: 'Cables', productCount: 1, image: null },
            ],
          },
        ],
      ]),
    );
    expect(html).toMatch(/<a [^>]*href="\/categories\/audio"[^>]*>.*Audio.*12 products/);
    expect(html).toContain('1 product<');
    // The tile's name labels the link; its picture is decorative.
    expect(html).toContain('alt=""');
  });

  it('renders testimonials as quotes with their authors', () => {
    const html = renderBlocks([
      block('t', 'testimonials', {
        heading: 'What our customers say',
        items: [{ quote: 'Battery life is unreal.', author: 'Ethan, Seattle' }],
      }),
    ]);
    expect(html).toContain('<blockquote');
    expect(html).toContain('Battery life is unreal.');
    expect(html).toContain(
      '<figcaption class="mt-6 text-sm font-medium text-muted-foreground">Ethan, Seattle</figcaption>',
    );
  });

  it('renders FAQ items as details that open without JavaScript', () => {
    const html = renderBlocks([
      block('faq', 'faq', {
        heading: 'Questions',
        intro: '',
        items: [{ question: 'Do you ship abroad?', answer: '<p>Yes, to the EU.</p>' }],
      }),
    ]);
    expect(html).toMatch(/<details class="group py-1"><summary[^>]*>Do you ship abroad\?<svg/);
    expect(html).toContain('<p>Yes, to the EU.</p>');
    expect(html).not.toContain('<details open');
  });

  it('renders a call to action, re-tinted by its own colour', () => {
    const html = renderBlocks([
      block('cta', 'call-to-action', {
        heading: 'Visit the workshop',
        body: 'Repairs while you wait.',
        buttonLabel: 'Book a repair',
        buttonHref: 'mailto:repairs@example.com',
        colour: '#fde047',
      }),
    ]);
    expect(html).toContain('>Visit the workshop</h2>');
    expect(html).toContain('--color-accent:#fde047;--color-accent-foreground:#18181b');
    expect(html).toMatch(/href="mailto:repairs@example.com"[^>]*>Book a repair</);
  });

  it('renders the newsletter form as a plain post with a labelled email field', () => {
    const html = renderBlocks([
      block('news', 'newsletter-signup', {
        heading: 'Join our newsletter',
        body: 'Twice a month.',
        buttonLabel: 'Sign me up',
      }),
    ]);
    expect(hasTag(html, 'form', 'method="post"', 'action="/newsletter"')).toBe(true);
    expect(html).toContain('<input type="hidden" name="source" value="page:home"/>');
    expect(html).toContain('<label for="block-news-email" class="sr-only">Email address</label>');
    expect(
      hasTag(html, 'input', 'type="email"', 'id="block-news-email"', 'name="email"', 'required=""'),
    ).toBe(true);
    expect(html).toMatch(/<button type="submit"[^>]*>Sign me up<\/button>/);
  });

  it('renders a spacer, with a rule when asked', () => {
    expect(renderBlocks([block('s', 'spacer', { size: 'large', divider: false })])).toContain(
      'aria-hidden="true"',
    );
    expect(renderBlocks([block('s', 'spacer', { size: 'small', divider: true })])).toContain('<hr');
  });

  it('renders columns with their blocks inside, nested blocks without an h1', () => {
    const html = renderBlocks([
      block('cols', 'columns', { layout: 'wide-start', gap: 'large', verticalAlign: 'center' }, [
        block('left', 'column', {}, [
          block('inner-hero', 'hero', {
            heading: 'Inside',
            subheading: '',
            ctaLabel: '',
            ctaHref: '',
            image: null,
            align: 'start',
          }),
        ]),
        block('right', 'column', {}, [
          block('inner-text', 'rich-text', { html: '<p>Right side</p>', width: 'narrow' }),
        ]),
      ]),
    ]);
    expect(html).toContain('md:grid-cols-[2fr_1fr]');
    expect(html).toMatch(/id="block-left".*Inside<\/h2>.*id="block-right".*Right side/);
    expect(html).not.toContain('<h1');
  });

  it('skips blocks the registry does not know or whose props do not fit', () => {
    const html = renderBlocks([
      block('x', 'carousel', {}),
      block('bad', 'spacer', { size: 'gigantic' }),
      block('ok', 'rich-text', { html: '<p>Still here</p>', width: 'wide' }),
    ]);
    expect(html).toContain('Still here');
    expect(html).not.toContain('block-x');
    expect(html).not.toContain('block-bad');
  });
});

describe('leadsWithPageHeading', () => {
  it('is true only when a hero comes first', () => {
    const hero = block('h', 'hero', { heading: 'Hi' });
    const text = block('t', 'rich-text', { html: '<p>x</p>' });
    expect(leadsWithPageHeading({ version: 1, blocks: [hero, text] })).toBe(true);
    expect(leadsWithPageHeading({ version: 1, blocks: [text, hero] })).toBe(false);
    expect(leadsWithPageHeading({ version: 1, blocks: [] })).toBe(false);
  });
});
