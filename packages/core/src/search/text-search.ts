import { Prisma } from '@storeloom/db';

/**
 * Below this word similarity a title is not a typo of the query: 'hoddie' scores 0.4 against
 * "Classic Pullover Hoodie", while unrelated short words stay under 0.3.
 */
export const TITLE_SIMILARITY_THRESHOLD = 0.35;

const MAX_TERMS = 8;

export interface TextSearch {
  /** The text as typed (trimmed), compared by trigrams against titles. */
  text: string;
  /** The full-text query, or null when the text has no word characters at all. */
  tsquery: Prisma.Sql | null;
  /** Whether titles that merely look like the text (typos) match too. */
  fuzzy: boolean;
}

/** Quotes, ` or ` and a leading `-` ask for web-search syntax; anything else is typed words. */
function usesWebSearchSyntax(text: string): boolean {
  return /"|(^|\s)-\S|\sor\s/i.test(text);
}

/**
 * Turns the shopper's text into a full-text query. Plain words become prefix terms that must
 * all match ("lea bo" finds "Leather Boots" while typing); web-search syntax ("linen -dress",
 * `"tea towel"`, `mug or cup`) goes to websearch_to_tsquery, without typo matching, because a
 * shopper who writes `-dress` means it. The 'simple' configuration matches the trigger that
 * builds Product.searchVector.
 */
export function parseTextSearch(q: string | undefined): TextSearch | null {
  const text = q?.trim() ?? '';
  if (text.length === 0) return null;
  if (usesWebSearchSyntax(text)) {
    return { text, tsquery: Prisma.sql`websearch_to_tsquery('simple', ${text})`, fuzzy: false };
  }
  // Only letters and digits reach to_tsquery, so its operators can never be injected.
  const terms = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_TERMS);
  if (terms.length === 0) return { text, tsquery: null, fuzzy: true };
  const prefixQuery = terms.map((term) => `${term}:*`).join(' & ');
  return { text, tsquery: Prisma.sql`to_tsquery('simple', ${prefixQuery})`, fuzzy: true };
}

/**
 * Lets `<%` use the threshold above. It is a transaction-local setting, so it has to run in the
 * same transaction as the search, before it.
 */
export function similarityThresholdSql(): Prisma.Sql {
  return Prisma.sql`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(TITLE_SIMILARITY_THRESHOLD)}, true)`;
}

/**
 * Products whose search document matches, or whose title is close to the text (typos). `<%` is
 * the operator form of word_similarity, so Product_title_trgm_idx can serve it.
 */
export function textMatchSql(search: TextSearch, product: Prisma.Sql): Prisma.Sql {
  const matches = search.tsquery
    ? Prisma.sql`${product}."searchVector" @@ ${search.tsquery}`
    : Prisma.sql`false`;
  if (!search.fuzzy) return matches;
  return Prisma.sql`(${matches} OR ${search.text} <% ${product}."title")`;
}

/** Full-text rank (weights A title, B vendor/type/tags, C description) plus title similarity. */
export function textRankSql(search: TextSearch, product: Prisma.Sql): Prisma.Sql {
  // Normalisation 32 maps the rank into [0, 1), the same scale as the similarity.
  const rank = search.tsquery
    ? Prisma.sql`coalesce(ts_rank_cd(${product}."searchVector", ${search.tsquery}, 32), 0)::float8`
    : Prisma.sql`0::float8`;
  if (!search.fuzzy) return rank;
  return Prisma.sql`(${rank} + word_similarity(${search.text}, ${product}."title")::float8)`;
}
