/**
 * The page document, version 1: what the builder saves and the storefront renders.
 *
 * A page is a list of blocks. A block is `{ id, type, props }`; container blocks (`columns`,
 * `column`) also have `children`, their own list of blocks. Every container holds its blocks the
 * same way, so an editor moves a block between containers at any depth by taking it out of one
 * `children` array and putting it into another.
 */
export interface BlockNode {
  /** Opaque, unique within the document; the editor's handle for selection and moves. */
  id: string;
  /** A type in the block registry, e.g. `hero`. */
  type: string;
  /** The block's settings, validated by its registry schema. */
  props: Record<string, unknown>;
  /** Present on container blocks only (an empty container has `[]`). */
  children?: BlockNode[];
}

export interface PageDocument {
  version: 1;
  blocks: BlockNode[];
}

export const PAGE_DOCUMENT_VERSION = 1;
