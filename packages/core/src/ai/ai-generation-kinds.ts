import {
  generatePageSection,
  generateProductDescription,
  generateProductSeo,
  generateProductImage,
  pageSectionPrompt,
  productDescriptionPrompt,
  productImagePrompt,
  productSeoPrompt,
  type AiProvider,
  type AiUsage,
  type GeneratedImage,
} from '@storeloom/ai';
import type { Prisma } from '@storeloom/db';
import { aiGenerationInputSchemas, type AiGenerationKindInput } from '@storeloom/validators';

import { badRequest } from '../errors/domain-error.ts';

/** The AiGeneration kinds the platform can run (the enum also reserves `email_copy`). */
export type SupportedAiKind = AiGenerationKindInput;

const kindLabels: Readonly<Record<SupportedAiKind, string>> = {
  product_description: 'a product description',
  product_seo: 'SEO title and description',
  page_content: 'page copy',
  image: 'a product image',
};

export function isSupportedAiKind(kind: string): kind is SupportedAiKind {
  return Object.hasOwn(aiGenerationInputSchemas, kind);
}

export type ParsedAiInput = {
  [K in SupportedAiKind]: {
    kind: K;
    input: Prisma.InputJsonObject & ReturnType<(typeof aiGenerationInputSchemas)[K]['parse']>;
  };
}[SupportedAiKind];

/** Checks a request's input against its kind's schema; a mismatch is the caller's mistake (400). */
export function parseAiInput(kind: SupportedAiKind, input: unknown): ParsedAiInput {
  const parsed = aiGenerationInputSchemas[kind].safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
    throw badRequest(
      `The input does not fit a request for ${kindLabels[kind]}${where}: ${issue?.message ?? 'invalid'}`,
    );
  }
  // Parsed by the schema of `kind`, so the pair matches.
  return { kind, input: parsed.data } as ParsedAiInput;
}

/** The prompt stored on the generation: what the provider is asked, for support and audit. */
export function promptFor(request: ParsedAiInput): string {
  switch (request.kind) {
    case 'product_description': {
      const { system, prompt } = productDescriptionPrompt(request.input);
      return `${system}\n\n${prompt}`;
    }
    case 'product_seo': {
      const { system, prompt } = productSeoPrompt(request.input);
      return `${system}\n\n${prompt}`;
    }
    case 'page_content': {
      const { system, prompt } = pageSectionPrompt(request.input);
      return `${system}\n\n${prompt}`;
    }
    case 'image':
      return productImagePrompt(request.input).prompt;
  }
}

export type AiKindResult =
  | {
      type: 'text';
      output: Prisma.InputJsonObject;
      usage: AiUsage;
      model: string;
      provider: string;
    }
  | { type: 'image'; image: GeneratedImage };

/** Runs the generator of the request's kind. */
export async function generateForKind(
  ai: AiProvider,
  request: ParsedAiInput,
): Promise<AiKindResult> {
  switch (request.kind) {
    case 'product_description': {
      const { output, ...rest } = await generateProductDescription(ai, request.input);
      return { type: 'text', output: { ...output }, ...rest };
    }
    case 'product_seo': {
      const { output, ...rest } = await generateProductSeo(ai, request.input);
      return { type: 'text', output: { ...output }, ...rest };
    }
    case 'page_content': {
      const { output, ...rest } = await generatePageSection(ai, request.input);
      return {
        type: 'text',
        output: { section: output.section, content: output.content },
        ...rest,
      };
    }
    case 'image':
      return { type: 'image', image: await generateProductImage(ai, request.input) };
  }
}
