import { render } from '@react-email/render';
import {
  emailBrandingSchema,
  type EmailBranding,
  type EmailBrandingInput,
  type EmailTemplateData,
  type EmailTemplateInput,
  type EmailTemplateKey,
} from '@storeloom/validators';
import { createElement, type ReactElement } from 'react';
import type { z } from 'zod';

import { EmailDataError } from '../errors.ts';

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export interface EmailTemplateDefinition<K extends EmailTemplateKey> {
  key: K;
  /** What the template is for, as the admin lists it. */
  name: string;
  schema: z.ZodType<EmailTemplateData<K>, EmailTemplateInput<K>>;
  subject: (data: EmailTemplateData<K>, branding: EmailBranding) => string;
  component: (props: { data: EmailTemplateData<K>; branding: EmailBranding }) => ReactElement;
  /** Realistic data for previews and tests. */
  sampleData: EmailTemplateInput<K>;
}

/** A template whose rendering takes unknown data and validates it, so one registry holds all. */
export interface EmailTemplate<K extends EmailTemplateKey = EmailTemplateKey> {
  key: K;
  name: string;
  schema: z.ZodType;
  sampleData: EmailTemplateInput<K>;
  /** Validates `data` and `branding`, then builds the subject line alone. */
  subject(data: unknown, branding: EmailBrandingInput): string;
  /** Validates `data` and `branding`, then renders HTML and plain text. */
  render(
    data: unknown,
    branding: EmailBrandingInput,
    subjectOverride?: string,
  ): Promise<RenderedEmail>;
}

function issuesOf(error: z.ZodError, prefix = '') {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }));
}

export function defineEmailTemplate<K extends EmailTemplateKey>(
  definition: EmailTemplateDefinition<K>,
): EmailTemplate<K> {
  function parse(input: unknown, brandingInput: EmailBrandingInput) {
    const parsed = definition.schema.safeParse(input);
    if (!parsed.success) {
      const issues = issuesOf(parsed.error);
      throw new EmailDataError(definition.key, issues[0]?.path ?? '', issues);
    }
    const branding = emailBrandingSchema.safeParse(brandingInput);
    if (!branding.success) {
      const issues = issuesOf(branding.error, 'branding');
      throw new EmailDataError(definition.key, issues[0]?.path ?? 'branding', issues);
    }
    return { data: parsed.data, branding: branding.data };
  }

  return {
    key: definition.key,
    name: definition.name,
    schema: definition.schema,
    sampleData: definition.sampleData,
    subject(input, brandingInput) {
      const props = parse(input, brandingInput);
      return definition.subject(props.data, props.branding);
    },
    async render(input, brandingInput, subjectOverride) {
      const props = parse(input, brandingInput);
      const element = createElement(definition.component, props);
      const [html, text] = await Promise.all([
        render(element),
        render(element, { plainText: true }),
      ]);
      const subject = subjectOverride?.trim() || definition.subject(props.data, props.branding);
      return { subject, html, text };
    },
  };
}
