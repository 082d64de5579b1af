/**
 * Bounds every saved page is held to (docs/storefront/pages-and-blocks.md states them).
 *
 * Depth counts blocks from the top level (1) down: a hero inside a column inside columns is at
 * depth 3, so one level of columns inside columns still has room for content.
 */
export interface PageLimits {
  maxDepth: number;
  maxBlocks: number;
  /** Size of the document as UTF-8 JSON. */
  maxBytes: number;
}

export const defaultPageLimits: PageLimits = {
  maxDepth: 5,
  maxBlocks: 200,
  maxBytes: 256 * 1024,
};

/** Ids are handles, not content: short and URL-safe, so they can also name DOM anchors. */
export const BLOCK_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
