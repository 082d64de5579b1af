import { cn } from '@storeloom/ui';

import { sanitizeRichText } from './sanitize-rich-text';

/**
 * Typography for sanitised merchant HTML (no typography plugin: the policy allows few tags).
 * Links use the text colour with an accent underline, so they stay readable on any accent.
 */
export const richTextClassName = cn(
  'text-base leading-7 text-pretty text-foreground',
  '[&>*:first-child]:mt-0',
  '[&_p]:mt-4',
  '[&_h2]:mt-10 [&_h2]:text-2xl [&_h2]:font-semibold [&_h2]:tracking-tight',
  '[&_h3]:mt-8 [&_h3]:text-xl [&_h3]:font-semibold',
  '[&_h4]:mt-6 [&_h4]:text-base [&_h4]:font-semibold',
  '[&_ul]:mt-4 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:mt-4 [&_ol]:list-decimal [&_ol]:pl-6 [&_li]:mt-1.5',
  '[&_a]:font-medium [&_a]:underline [&_a]:decoration-accent [&_a]:decoration-2 [&_a]:underline-offset-2 [&_a:hover]:decoration-foreground',
  '[&_blockquote]:mt-6 [&_blockquote]:border-l-4 [&_blockquote]:border-accent [&_blockquote]:pl-4 [&_blockquote]:text-muted-foreground [&_blockquote]:italic',
  '[&_code]:rounded [&_code]:bg-surface-muted [&_code]:px-1 [&_code]:py-0.5 [&_code]:font-mono [&_code]:text-sm',
  '[&_pre]:mt-4 [&_pre]:overflow-x-auto [&_pre]:rounded-lg [&_pre]:bg-surface-muted [&_pre]:p-4 [&_pre_code]:bg-transparent [&_pre_code]:p-0',
);

export interface RichTextProps {
  /** Merchant HTML; sanitised here, so callers never pass unsanitised markup to the DOM. */
  html: string;
  className?: string;
}

/** Renders merchant HTML after sanitising it with the rich-text policy. */
export function RichText({ html, className }: RichTextProps) {
  const clean = sanitizeRichText(html);
  if (clean.length === 0) return null;
  return (
    <div
      className={cn(richTextClassName, className)}
      // Safe: the markup has just been through sanitizeRichText (allow-listed tags, no handlers).
      dangerouslySetInnerHTML={{ __html: clean }}
    />
  );
}
