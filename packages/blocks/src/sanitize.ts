// A React-free entry point: `@storeloom/blocks/sanitize` for code that only needs the sanitiser.
export { sanitizeRichText } from './rich-text/sanitize-rich-text';
export { findDisallowedMarkup } from './rich-text/find-disallowed-markup';
export { htmlToPlainText } from './rich-text/html-to-plain-text';
export { isAllowedHref } from './rich-text/rich-text-policy';
