import type { BlockNode } from '../document/page-document';
import { blockRegistry } from './block-registry';
import type { BlockDefinition } from './define-block';

/**
 * A new block of `type` as the editor inserts it: its defaults, and for a container its
 * minimum children (of the first type it takes), so a new columns block arrives with two
 * empty columns and is valid at once. Ids come from `makeId` (the editor's generator).
 */
export function createBlockNode(
  type: string,
  makeId: () => string,
  registry: ReadonlyMap<string, BlockDefinition> = blockRegistry,
): BlockNode {
  const definition = registry.get(type);
  if (definition === undefined) throw new Error(`Unknown block type "${type}"`);
  const node: BlockNode = { id: makeId(), type, props: structuredClone(definition.defaults) };
  const { container } = definition;
  if (container === undefined) return node;
  const childType = container.childTypes?.[0];
  node.children =
    childType === undefined
      ? []
      : Array.from({ length: container.minChildren }, () =>
          createBlockNode(childType, makeId, registry),
        );
  return node;
}
