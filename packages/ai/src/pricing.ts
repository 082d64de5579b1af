import type { AiUsage } from './ai-provider.ts';

/** Prices in micro-dollars (millionths of a US dollar), the unit of `AiGeneration.costMicros`. */
export interface ModelPrice {
  /** Per million prompt tokens. */
  inputPerMillion?: number;
  /** Per million completion tokens. */
  outputPerMillion?: number;
  /** Per generated image (image models). */
  perImage?: number;
}

export type PriceTable = Readonly<Record<string, ModelPrice>>;

/**
 * List prices of common models (USD, standard tier). Prices change: deployments override entries
 * through `priceTable(overrides)`. Models not listed cost 0, so metering shows tokens without a cost.
 */
export const defaultPriceTable: PriceTable = {
  'gpt-4o-mini': { inputPerMillion: 150_000, outputPerMillion: 600_000 },
  'gpt-4o': { inputPerMillion: 2_500_000, outputPerMillion: 10_000_000 },
  'gpt-4.1-mini': { inputPerMillion: 400_000, outputPerMillion: 1_600_000 },
  'gpt-4.1-nano': { inputPerMillion: 100_000, outputPerMillion: 400_000 },
  'gpt-4.1': { inputPerMillion: 2_000_000, outputPerMillion: 8_000_000 },
  'deepseek-chat': { inputPerMillion: 270_000, outputPerMillion: 1_100_000 },
  'gemini-2.0-flash': { inputPerMillion: 100_000, outputPerMillion: 400_000 },
  // Medium quality, 1024x1024; larger sizes cost more at the provider.
  'gpt-image-1': { perImage: 42_000 },
};

/** The default table with a deployment's own prices laid over it. */
export function priceTable(overrides: PriceTable = {}): PriceTable {
  return { ...defaultPriceTable, ...overrides };
}

/**
 * The table entry for a model name as a provider reports it: exact, then without a router's
 * vendor prefix (`openai/gpt-4o-mini`), then without a dated suffix (`gpt-4o-mini-2024-07-18`).
 */
export function findModelPrice(table: PriceTable, model: string): ModelPrice | null {
  const bare = model.slice(model.lastIndexOf('/') + 1);
  const undated = bare.replace(/-\d{4}-\d{2}-\d{2}$/, '');
  for (const name of [model, bare, undated]) {
    if (Object.hasOwn(table, name)) return table[name] ?? null;
  }
  return null;
}

/** What one call cost, rounded up to a whole micro-dollar; 0 for models the table does not list. */
export function costMicros({
  model,
  usage,
  images = 0,
  table = defaultPriceTable,
}: {
  model: string;
  usage: AiUsage;
  images?: number;
  table?: PriceTable;
}): number {
  const price = findModelPrice(table, model);
  if (!price) return 0;
  const tokens =
    (usage.promptTokens * (price.inputPerMillion ?? 0) +
      usage.completionTokens * (price.outputPerMillion ?? 0)) /
    1_000_000;
  return Math.ceil(tokens + images * (price.perImage ?? 0));
}
