import { accentStyle, ButtonLink, cn } from '@storeloom/ui';
import { z } from 'zod';

import { type BlockComponentProps, defineBlock } from '../../registry/define-block';
import { blockDomId } from '../../shared/block-section';
import { linkHref, optionalColour, plainText, requiredText } from '../../shared/prop-schemas';

const schema = z.object({
  heading: requiredText(120),
  body: plainText(400).default(''),
  buttonLabel: requiredText(40),
  buttonHref: linkHref,
  /** Empty: the store's accent. The text colour is picked for contrast either way. */
  colour: optionalColour.default(''),
});

/** A coloured band with a heading and one button. */
function CallToAction({
  blockId,
  props,
  context,
  placement,
}: BlockComponentProps<z.output<typeof schema>>) {
  const headingId = blockDomId(blockId, 'heading');
  return (
    <section
      id={blockDomId(blockId)}
      aria-labelledby={headingId}
      className={cn(!placement.nested && 'px-4 py-10 sm:px-6 sm:py-14')}
    >
      <div
        // A custom colour re-tints the accent for this band only, with a contrasting foreground.
        style={accentStyle(props.colour === '' ? null : props.colour)}
        className={cn(
          'mx-auto flex w-full flex-col items-start gap-6 rounded-2xl bg-accent text-accent-foreground',
          placement.nested
            ? 'p-6'
            : 'max-w-7xl p-8 sm:p-12 md:flex-row md:items-center md:justify-between',
        )}
      >
        <div className="max-w-2xl">
          <h2
            id={headingId}
            className={cn(
              'font-semibold tracking-tight text-balance',
              placement.nested ? 'text-xl' : 'text-2xl sm:text-3xl',
            )}
          >
            {props.heading}
          </h2>
          {props.body !== '' && (
            <p className="mt-3 text-base leading-7 text-pretty">{props.body}</p>
          )}
        </div>
        <ButtonLink
          href={props.buttonHref}
          linkComponent={context.Link}
          variant="secondary"
          size="lg"
          className="px-6"
        >
          {props.buttonLabel}
        </ButtonLink>
      </div>
    </section>
  );
}

export const callToActionBlock = defineBlock({
  type: 'call-to-action',
  label: 'Call to action',
  description: 'A coloured band with a heading, a line of text and a button.',
  group: 'marketing',
  schema,
  defaults: {
    heading: 'Find something you will love',
    body: 'New products arrive every week.',
    buttonLabel: 'Browse the shop',
    buttonHref: '/search',
    colour: '',
  },
  fields: [
    { kind: 'text', name: 'heading', label: 'Heading', maxLength: 120 },
    { kind: 'text', name: 'body', label: 'Text', maxLength: 400, multiline: true },
    { kind: 'text', name: 'buttonLabel', label: 'Button label', maxLength: 40 },
    { kind: 'link', name: 'buttonHref', label: 'Button link' },
    {
      kind: 'colour',
      name: 'colour',
      label: 'Background colour',
      help: "Leave empty for the store's accent colour.",
    },
  ],
  Component: CallToAction,
});
