import { richTextClassName, sanitizeRichText } from '@storeloom/blocks';
import { cn } from '@storeloom/ui';

/**
 * The merchant's description. Their HTML is sanitised with the same policy as builder rich text:
 * scripts, event handlers, styles, frames and javascript: links never reach the page.
 */
export function ProductDescription({ html, className }: { html: string; className?: string }) {
  const clean = sanitizeRichText(html);
  if (clean === '') return null;
  return (
    <section aria-labelledby="product-description-heading" className={className}>
      <h2 id="product-description-heading" className="text-lg font-semibold tracking-tight">
        Description
      </h2>
      <div
        className={cn(richTextClassName, 'mt-3 text-muted-foreground')}
        // Safe: sanitizeRichText keeps only allow-listed tags and link addresses.
        dangerouslySetInnerHTML={{ __html: clean }}
      />
    </section>
  );
}
