import { Button, cn, Input } from '@storeloom/ui';
import { z } from 'zod';

import { type BlockComponentProps, defineBlock } from '../../registry/define-block';
import { BlockSection, blockDomId } from '../../shared/block-section';
import { BlockHeading, BlockLead } from '../../shared/block-heading';
import { plainText, requiredText } from '../../shared/prop-schemas';

/** Where the form posts; the storefront's route handler subscribes and redirects. */
export const NEWSLETTER_ACTION = '/newsletter';

const schema = z.object({
  heading: requiredText(120),
  body: plainText(400).default(''),
  buttonLabel: requiredText(40).default('Subscribe'),
});

/** The value of the form's `source` field: which page the sign-up came from. */
export function newsletterSource(pageSlug: string): string {
  return `page:${pageSlug}`;
}

/** An email sign-up form. A plain form post, so it works before (and without) JavaScript. */
function NewsletterSignup({
  blockId,
  props,
  context,
  placement,
}: BlockComponentProps<z.output<typeof schema>>) {
  const headingId = blockDomId(blockId, 'heading');
  const inputId = blockDomId(blockId, 'email');
  const bodyId = blockDomId(blockId, 'body');
  return (
    <BlockSection
      blockId={blockId}
      placement={placement}
      labelledBy={headingId}
      tone="muted"
      width="narrow"
    >
      <div className={cn(!placement.nested && 'text-center')}>
        <BlockHeading id={headingId} placement={placement}>
          {props.heading}
        </BlockHeading>
        {props.body !== '' && (
          <BlockLead className={cn(!placement.nested && 'mx-auto')}>
            <span id={bodyId}>{props.body}</span>
          </BlockLead>
        )}
      </div>
      <form
        method="post"
        action={NEWSLETTER_ACTION}
        aria-labelledby={headingId}
        className={cn(
          'mt-6 flex flex-col gap-3 sm:flex-row',
          !placement.nested && 'mx-auto max-w-md',
        )}
      >
        <input type="hidden" name="source" value={newsletterSource(context.pageSlug)} />
        <div className="flex-1">
          <label htmlFor={inputId} className="sr-only">
            Email address
          </label>
          <Input
            id={inputId}
            type="email"
            name="email"
            required
            maxLength={254}
            autoComplete="email"
            placeholder="you@example.com"
            aria-describedby={props.body === '' ? undefined : bodyId}
            className="h-10"
          />
        </div>
        <Button type="submit" size="lg" className="px-6">
          {props.buttonLabel}
        </Button>
      </form>
    </BlockSection>
  );
}

export const newsletterSignupBlock = defineBlock({
  type: 'newsletter-signup',
  label: 'Newsletter sign-up',
  description: 'An email field that subscribes shoppers to your newsletter.',
  group: 'marketing',
  schema,
  defaults: {
    heading: 'Join our newsletter',
    body: 'New arrivals and offers, about twice a month. Unsubscribe at any time.',
    buttonLabel: 'Subscribe',
  },
  fields: [
    { kind: 'text', name: 'heading', label: 'Heading', maxLength: 120 },
    { kind: 'text', name: 'body', label: 'Text', maxLength: 400, multiline: true },
    { kind: 'text', name: 'buttonLabel', label: 'Button label', maxLength: 40 },
  ],
  Component: NewsletterSignup,
});
