import { renderToStaticMarkup } from 'react-dom/server';

import type { PageData } from '../data/resolve-page-data';
import type { BlockNode } from '../document/page-document';
import { PlainImage, type BlockRenderContext } from '../registry/render-context';
import { PageBlocks } from '../render/page-blocks';

export const testContext: BlockRenderContext = {
  Link: 'a',
  Image: PlainImage,
  locale: 'en-US',
  pageSlug: 'home',
};

/** Static HTML of a page made of `blocks`, as a test would see it. */
export function renderBlocks(blocks: BlockNode[], data: PageData = new Map()): string {
  return renderToStaticMarkup(
    <PageBlocks document={{ version: 1, blocks }} data={data} context={testContext} />,
  );
}

/** Whether `html` has a `<tag ...>` whose attributes include every fragment, in any order. */
export function hasTag(html: string, tag: string, ...fragments: string[]): boolean {
  const tags = html.match(new RegExp(`<${tag}\\b[^>]*>`, 'g')) ?? [];
  return tags.some((found) => fragments.every((fragment) => found.includes(fragment)));
}
