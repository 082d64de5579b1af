import sanitizeHtml from 'sanitize-html';

import {
  allowedRichTextTags,
  isAllowedHref,
  isExternalHref,
  richTextTagRenames,
} from './rich-text-policy';

const EXTERNAL_REL = 'noopener noreferrer nofollow';

function renameTo(tagName: string): sanitizeHtml.Transformer {
  return (_tag, attribs) => ({ tagName, attribs });
}

/** Links keep only an address that passes the policy; external ones get a safe rel. */
const transformLink: sanitizeHtml.Transformer = (tagName, attribs) => {
  const href = attribs.href?.trim();
  const kept: sanitizeHtml.Attributes = {};
  if (href !== undefined && isAllowedHref(href)) {
    kept.href = href;
    if (isExternalHref(href)) kept.rel = EXTERNAL_REL;
  }
  return { tagName, attribs: kept };
};

const options: sanitizeHtml.IOptions = {
  allowedTags: [...allowedRichTextTags],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowProtocolRelative: false,
  // The text of a dropped tag stays, except where the "text" is code or another document.
  disallowedTagsMode: 'discard',
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'xmp',
    'noscript',
    'iframe',
    'object',
    'embed',
    'template',
    'svg',
    'math',
    'title',
    'head',
  ],
  parseStyleAttributes: false,
  transformTags: {
    ...Object.fromEntries(
      Object.entries(richTextTagRenames).map(([from, to]) => [from, renameTo(to)]),
    ),
    a: transformLink,
  },
  // An anchor that lost its address would be a dead element; keep its text only.
  exclusiveFilter: (frame) => (frame.tag === 'a' && !frame.attribs.href ? 'excludeTag' : false),
};

/**
 * Merchant HTML made safe to render with dangerouslySetInnerHTML: only the tags of
 * rich-text-policy.ts survive; scripts, event handlers, styles, frames and javascript: links
 * are removed. Used for builder rich text and product descriptions alike. Idempotent.
 */
export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, options).trim();
}
