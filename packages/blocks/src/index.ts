// Page documents
export type { BlockNode, PageDocument } from './document/page-document';
export { PAGE_DOCUMENT_VERSION } from './document/page-document';
export { BLOCK_ID_PATTERN, defaultPageLimits, type PageLimits } from './document/page-limits';
export {
  formatIssuePath,
  type IssuePath,
  type PageDocumentIssue,
  type PageDocumentIssueCode,
} from './document/page-document-issue';
export {
  parsePageDocument,
  type ParseMode,
  type ParsePageOptions,
  type ParsePageResult,
} from './document/parse-page-document';

// Registry
export { blockDefinitions, blockRegistry, getBlockDefinition } from './registry/block-registry';
export { createBlockNode } from './registry/create-block-node';
export {
  blockGroups,
  defineBlock,
  type BlockComponentProps,
  type BlockDefinition,
  type BlockGroup,
  type BlockProps,
  type BlockSpec,
  type BoundBlock,
  type ContainerRules,
} from './registry/define-block';
export type { EditorField, EditorFieldKind } from './registry/editor-fields';
export {
  PlainImage,
  type BlockImageComponent,
  type BlockImageProps,
  type BlockPlacement,
  type BlockRenderContext,
} from './registry/render-context';

// Data blocks need from the host
export {
  productSources,
  type BlockCategory,
  type BlockDataSource,
  type BlockFeaturedProduct,
  type BlockImage,
  type BlockProduct,
  type CategoriesRequirement,
  type DataKind,
  type DataRequirement,
  type MoreLink,
  type ProductRequirement,
  type ProductSource,
  type ProductsRequirement,
  type ResolvedData,
  type ResolvedDataOf,
} from './data/block-data';
export {
  collectDataNeeds,
  resolvePageData,
  type BlockDataNeed,
  type PageData,
  type ResolvePageDataOptions,
} from './data/resolve-page-data';

// Rendering
export { PageBlocks, type PageBlocksProps } from './render/page-blocks';
export { leadsWithPageHeading } from './render/page-heading';
export {
  createDroppedBlockReporter,
  type DroppedBlockReporter,
} from './render/dropped-block-reporter';
export { NEWSLETTER_ACTION, newsletterSource } from './blocks/newsletter-signup/newsletter-signup';

// Rich text (also React-free from `@storeloom/blocks/sanitize`)
export { sanitizeRichText } from './rich-text/sanitize-rich-text';
export { findDisallowedMarkup } from './rich-text/find-disallowed-markup';
export { htmlToPlainText } from './rich-text/html-to-plain-text';
export { isAllowedHref } from './rich-text/rich-text-policy';
export { RichText, richTextClassName, type RichTextProps } from './rich-text/rich-text';
