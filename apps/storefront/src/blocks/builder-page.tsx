import 'server-only';

import {
  PageBlocks,
  parsePageDocument,
  resolvePageData,
  type BlockRenderContext,
  type PageDocument,
} from '@storeloom/blocks';
import { Link } from '~/components/link';

import { api } from '~/trpc/server';

import { reportDroppedBlocks } from './dropped-blocks-log';
import type { PublishedPage } from './load-published-page';
import { StorefrontBlockImage } from './storefront-block-image';
import { storefrontBlockData } from './storefront-block-data';

/**
 * The document of a published page, ready to render: blocks this storefront cannot show (an
 * unknown type, props that no longer fit) are dropped and logged once; an unreadable document
 * renders as an empty page rather than an error.
 */
export function readPublishedDocument(page: PublishedPage): PageDocument {
  const pageKey = `${page.slug} (${page.id})`;
  const parsed = parsePageDocument(page.content, { mode: 'lenient' });
  reportDroppedBlocks(pageKey, parsed.issues);
  return parsed.ok ? parsed.document : { version: 1, blocks: [] };
}

export interface BuilderPageProps {
  page: PublishedPage;
  document: PageDocument;
  store: { locale: string; currency: string };
}

/** Renders a published page's blocks, with the catalogue data they need loaded in parallel. */
export async function BuilderPage({ page, document, store }: BuilderPageProps) {
  const data = await resolvePageData(document, storefrontBlockData(await api(), store.currency), {
    onError: (need, error) => {
      console.error(
        `[blocks] page ${page.slug}: could not load data for ${need.blockType} block ${need.blockId}`,
        error,
      );
    },
  });
  const context: BlockRenderContext = {
    Link,
    Image: StorefrontBlockImage,
    locale: store.locale,
    pageSlug: page.slug,
  };
  return <PageBlocks document={document} data={data} context={context} />;
}
