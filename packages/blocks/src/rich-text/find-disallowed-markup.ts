import sanitizeHtml from 'sanitize-html';

import {
  allowedRichTextTags,
  isAllowedHref,
  isDangerousAttribute,
  quietlyDroppedTags,
  richTextTagRenames,
} from './rich-text-policy';

const allowed = new Set<string>([...allowedRichTextTags, ...Object.keys(richTextTagRenames)]);

/**
 * The markup in `html` that saving refuses, described for the merchant: tags outside the policy
 * (scripts, frames, forms, images...), attributes that can run code or restyle the page, and
 * link addresses with a scheme other than http(s) or mailto. Rendering never relies on this; it
 * sanitises regardless. Harmless formatting (span, u, class attributes) is not reported: it is
 * simply dropped.
 */
export function findDisallowedMarkup(html: string): string[] {
  const problems = new Set<string>();
  sanitizeHtml(html, {
    allowedTags: [],
    allowedAttributes: {},
    onOpenTag(name, attribs) {
      const tag = name.toLowerCase();
      if (!allowed.has(tag) && !quietlyDroppedTags.has(tag)) {
        problems.add(`<${tag}> is not allowed`);
      }
      for (const [attribute, value] of Object.entries(attribs)) {
        if (isDangerousAttribute(attribute)) {
          problems.add(`the ${attribute.toLowerCase()} attribute is not allowed`);
        }
        if (tag === 'a' && attribute.toLowerCase() === 'href' && !isAllowedHref(value)) {
          problems.add('links must be web addresses, mailto: or paths on this store');
        }
      }
    },
  });
  return [...problems];
}
