import {
  type SearchStorefrontProductsInput,
  storefrontProductSql,
  storefrontSearchCriteria,
  storefrontSearchStatements,
} from '@storeloom/core';
import type { Prisma } from '@storeloom/db';

/** What each side runs for one request: settings first, then the statement that answers. */
export interface RawStatements {
  setup: Prisma.Sql[];
  main: Prisma.Sql;
}

export interface Scenario {
  name: string;
  /** The tRPC procedure path and its input. */
  procedure: string;
  input: Record<string, unknown>;
  /** The same SQL the procedure's domain function sends, for the raw baseline. */
  statements: (tenantId: string) => RawStatements;
}

type SearchInput = Omit<SearchStorefrontProductsInput, 'db' | 'tenantId'>;

function searchScenario(name: string, input: SearchInput): Scenario {
  return {
    name,
    procedure: 'storefront.catalog.search',
    input: { ...input },
    statements: (tenantId) => {
      const { setup, search } = storefrontSearchStatements(
        storefrontSearchCriteria({ tenantId, ...input }),
      );
      return { setup, main: search };
    },
  };
}

/** The storefront's hot paths on the demo store: a category page, a search, a product page. */
export const scenarios: Scenario[] = [
  searchScenario('browse', { categorySlug: 'kitchen', sort: 'price_asc', limit: 24 }),
  searchScenario('search', { q: 'linen', sort: 'relevance', limit: 24 }),
  {
    name: 'productBySlug',
    procedure: 'storefront.catalog.productBySlug',
    input: { slug: 'cast-iron-skillet' },
    statements: (tenantId) => ({
      setup: [],
      main: storefrontProductSql(tenantId, 'cast-iron-skillet'),
    }),
  },
];

/** A tRPC GET URL: the input as superjson's envelope (plain JSON needs no metadata). */
export function trpcUrl(baseUrl: string, scenario: Scenario): string {
  const input = encodeURIComponent(JSON.stringify({ json: scenario.input }));
  return `${baseUrl}/api/trpc/${scenario.procedure}?input=${input}`;
}
