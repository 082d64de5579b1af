import { Fragment, type ReactNode } from 'react';

import type { PageData } from '../data/resolve-page-data';
import type { BlockNode, PageDocument } from '../document/page-document';
import { blockRegistry } from '../registry/block-registry';
import type { BlockDefinition } from '../registry/define-block';
import type { BlockRenderContext } from '../registry/render-context';

/** Top-level blocks this close to the top count as above the fold. */
const EAGER_TOP_LEVEL_BLOCKS = 2;

export interface PageBlocksProps {
  /** A parsed document (parsePageDocument): its props are trusted to fit their schemas. */
  document: PageDocument;
  data: PageData;
  context: BlockRenderContext;
  registry?: ReadonlyMap<string, BlockDefinition>;
}

interface Level {
  nested: boolean;
  eager: boolean;
}

/**
 * Renders a page document. Pure and server-renderable: data arrives resolved. A block whose type
 * or props the registry does not accept renders nothing (parsing has already reported it).
 */
export function PageBlocks({ document, data, context, registry = blockRegistry }: PageBlocksProps) {
  const renderList = (nodes: readonly BlockNode[], level: Level): ReactNode[] =>
    nodes.map((node, index) => (
      <Fragment key={node.id}>
        {renderNode(node, {
          nested: level.nested,
          first: !level.nested && index === 0,
          eager: level.nested ? level.eager : index < EAGER_TOP_LEVEL_BLOCKS,
        })}
      </Fragment>
    ));

  const renderNode = (node: BlockNode, placement: Level & { first: boolean }): ReactNode => {
    const bound = registry.get(node.type)?.bind(node.props);
    if (bound === undefined || bound === null) return null;
    return bound.render({
      blockId: node.id,
      data: data.get(node.id),
      context,
      placement,
      children:
        node.children === undefined
          ? undefined
          : renderList(node.children, { nested: true, eager: placement.eager }),
    });
  };

  return <>{renderList(document.blocks, { nested: false, eager: true })}</>;
}
