import { heroBlock } from '../blocks/hero/hero';
import type { PageDocument } from '../document/page-document';

/**
 * Whether the rendered document carries the page's h1: a hero as its first block does. When it
 * does not, the host renders the page title (or the store name) as the h1 itself.
 */
export function leadsWithPageHeading(document: PageDocument): boolean {
  return document.blocks[0]?.type === heroBlock.type;
}
