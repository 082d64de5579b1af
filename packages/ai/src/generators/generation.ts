import type { AiUsage, GenerateTextRequest } from '../ai-provider.ts';

/** A generator's parsed result with what it cost to produce. */
export interface Generation<T> {
  output: T;
  usage: AiUsage;
  model: string;
  provider: string;
}

/** The request a generator sends; built separately so the prompt can be stored when queued. */
export type TextPrompt = GenerateTextRequest;
