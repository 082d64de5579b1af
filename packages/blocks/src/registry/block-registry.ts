import { callToActionBlock } from '../blocks/call-to-action/call-to-action';
import { categoryListBlock } from '../blocks/category-list/category-list';
import { columnBlock } from '../blocks/columns/column';
import { columnsBlock } from '../blocks/columns/columns';
import { faqBlock } from '../blocks/faq/faq';
import { featuredProductBlock } from '../blocks/featured-product/featured-product';
import { heroBlock } from '../blocks/hero/hero';
import { imageBlock } from '../blocks/image/image-block';
import { imageWithTextBlock } from '../blocks/image-with-text/image-with-text';
import { newsletterSignupBlock } from '../blocks/newsletter-signup/newsletter-signup';
import { productGridBlock } from '../blocks/product-grid/product-grid';
import { richTextBlock } from '../blocks/rich-text/rich-text-block';
import { spacerBlock } from '../blocks/spacer/spacer';
import { testimonialsBlock } from '../blocks/testimonials/testimonials';
import type { BlockDefinition } from './define-block';

/** Every block type, in the order the builder's picker lists them. */
export const blockDefinitions: readonly BlockDefinition[] = [
  heroBlock,
  richTextBlock,
  imageBlock,
  imageWithTextBlock,
  productGridBlock,
  featuredProductBlock,
  categoryListBlock,
  testimonialsBlock,
  faqBlock,
  callToActionBlock,
  newsletterSignupBlock,
  spacerBlock,
  columnsBlock,
  columnBlock,
];

/** The registry: block type → definition. */
export const blockRegistry: ReadonlyMap<string, BlockDefinition> = new Map(
  blockDefinitions.map((definition) => [definition.type, definition]),
);

export function getBlockDefinition(type: string): BlockDefinition | undefined {
  return blockRegistry.get(type);
}
