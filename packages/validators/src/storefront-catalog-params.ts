import type { OptionFilter, StorefrontSort } from './search.ts';
import { optionFilterSchema, storefrontSortSchema } from './search.ts';
import { formatPriceText, parsePriceText } from './price-text.ts';

/**
 * The URL contract of the storefront's search and category pages. Everything a shopper chose
 * lives in the query string, so a page can be shared, bookmarked and walked with the back button,
 * and works without JavaScript (the filters are a GET form). Hand-edited or stale URLs never
 * fail: each bad parameter is dropped and reported as an issue the page can show.
 *
 *   q=hoodie  category=apparel  minPrice=25  maxPrice=99.50  inStock=1
 *   option.Colour=Black  option.Colour=Navy  option.Size=M
 *   sort=price_asc  page=3  cursor=<next page cursor>  back=<page 2 cursor>
 *
 * Pages are keyset pages: `cursor` starts the current page, and `back` keeps the cursors of the
 * earlier pages (oldest first, not page 1, which needs none), so "Previous page" is a plain link.
 */

export const CATALOG_PARAM = {
  q: 'q',
  category: 'category',
  minPrice: 'minPrice',
  maxPrice: 'maxPrice',
  inStock: 'inStock',
  sort: 'sort',
  page: 'page',
  cursor: 'cursor',
  back: 'back',
} as const;

/** `option.<name>=<value>`, one parameter per chosen value. */
export const OPTION_PARAM_PREFIX = 'option.';

export const CATALOG_QUERY_MAX_LENGTH = 200;
/** Matches the API's limit on option filters. */
export const CATALOG_MAX_OPTION_FILTERS = 20;
/** How many earlier pages "Previous page" can walk back through before it returns to page 1. */
export const CATALOG_PAGE_TRAIL_LIMIT = 20;
const MAX_PAGE = 100_000;
/** Cursors are `k.` + base64url, or a product id; the API checks the rest. */
const CURSOR_SHAPE = /^[A-Za-z0-9._-]{1,512}$/;
const CATEGORY_SHAPE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface CatalogFilters {
  /** Trimmed search text; '' when there is none. */
  q: string;
  /** A category slug (search page only; a category page takes it from its path). */
  category: string | null;
  /** Integer minor units of the store currency. */
  minPrice: number | null;
  maxPrice: number | null;
  inStock: boolean;
  /** In URL order, each (name, value) once, compared case-insensitively. */
  options: OptionFilter[];
}

export interface CatalogUrlState extends CatalogFilters {
  sort: StorefrontSort;
  /** 1 for the first page; only labels depend on it. */
  page: number;
  cursor: string | null;
  back: string[];
}

export type CatalogParamField =
  'q' | 'category' | 'minPrice' | 'maxPrice' | 'inStock' | 'options' | 'sort' | 'cursor';

export interface CatalogParamIssue {
  field: CatalogParamField;
  /** A sentence for the shopper; never echoes the raw parameter. */
  message: string;
}

export interface ParsedCatalogParams {
  state: CatalogUrlState;
  issues: CatalogParamIssue[];
  /** What was typed into the price fields, so the form shows it back next to its error. */
  priceText: { min: string; max: string };
  priceErrors: { min?: string; max?: string };
}

export type CatalogSearchParams = Record<string, string | string[] | undefined>;

export interface ParseCatalogParamsOptions {
  currency: string;
  /** The store's locale, which decides how "1.000" or "1,000" is read. */
  locale: string;
  /** Whether `category` is read (the search page) or ignored (a category page). */
  allowCategory: boolean;
}

export const emptyCatalogState: CatalogUrlState = {
  q: '',
  category: null,
  minPrice: null,
  maxPrice: null,
  inStock: false,
  options: [],
  sort: 'relevance',
  page: 1,
  cursor: null,
  back: [],
};

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function all(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function parseQuery(raw: string | undefined, issues: CatalogParamIssue[]): string {
  // Control characters never belong in a search; they would only confuse the echo on the page.
  // eslint-disable-next-line no-control-regex
  const text = (raw ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  if (text.length <= CATALOG_QUERY_MAX_LENGTH) return text;
  issues.push({
    field: 'q',
    message: `Searches are limited to ${CATALOG_QUERY_MAX_LENGTH} characters, so yours was shortened.`,
  });
  return text.slice(0, CATALOG_QUERY_MAX_LENGTH).trim();
}

function parseCategory(raw: string | undefined, issues: CatalogParamIssue[]): string | null {
  const slug = raw?.trim().toLowerCase() ?? '';
  if (slug === '') return null;
  if (slug.length <= 48 && CATEGORY_SHAPE.test(slug)) return slug;
  issues.push({ field: 'category', message: 'The category filter was not recognised and is off.' });
  return null;
}

interface PriceParam {
  amount: number | null;
  /** Why the typed text was not used, for the field itself ("Use at most 2 decimals"). */
  error?: string;
}

function parsePrice(
  raw: string,
  label: 'Minimum' | 'Maximum',
  field: 'minPrice' | 'maxPrice',
  { currency, locale }: { currency: string; locale: string },
  issues: CatalogParamIssue[],
): PriceParam {
  const text = raw.trim();
  if (text === '') return { amount: null };
  const parsed = parsePriceText(text, currency, locale);
  if (parsed.ok) return { amount: parsed.amount };
  issues.push({ field, message: `${label} price ignored: ${lowerFirst(parsed.message)}.` });
  return { amount: null, error: parsed.message };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function parseInStock(raw: string | undefined): boolean {
  return raw !== undefined && ['1', 'true', 'on', 'yes'].includes(raw.trim().toLowerCase());
}

function parseOptions(params: CatalogSearchParams, issues: CatalogParamIssue[]): OptionFilter[] {
  const options: OptionFilter[] = [];
  const seen = new Set<string>();
  let dropped = 0;
  for (const [key, value] of Object.entries(params)) {
    if (!key.startsWith(OPTION_PARAM_PREFIX)) continue;
    for (const raw of all(value)) {
      const parsed = optionFilterSchema.safeParse({
        name: key.slice(OPTION_PARAM_PREFIX.length),
        value: raw,
      });
      if (!parsed.success || options.length >= CATALOG_MAX_OPTION_FILTERS) {
        // An empty value is what an unticked GET form never sends; anything else is worth a note.
        if (raw.trim() !== '') dropped += 1;
        continue;
      }
      const id = JSON.stringify([parsed.data.name.toLowerCase(), parsed.data.value.toLowerCase()]);
      if (seen.has(id)) continue;
      seen.add(id);
      options.push(parsed.data);
    }
  }
  if (dropped > 0) {
    issues.push({
      field: 'options',
      message:
        dropped === 1
          ? 'One option filter could not be used and was left out.'
          : `${dropped} option filters could not be used and were left out.`,
    });
  }
  return options;
}

function parseSort(raw: string | undefined, issues: CatalogParamIssue[]): StorefrontSort {
  if (raw === undefined || raw.trim() === '') return 'relevance';
  const parsed = storefrontSortSchema.safeParse(raw.trim());
  if (parsed.success) return parsed.data;
  issues.push({
    field: 'sort',
    message: 'That sort order does not exist, so the default is used.',
  });
  return 'relevance';
}

function parseCursor(raw: string | undefined, issues: CatalogParamIssue[]): string | null {
  if (raw === undefined || raw === '') return null;
  if (CURSOR_SHAPE.test(raw)) return raw;
  issues.push({
    field: 'cursor',
    message: 'That page link is malformed, so you are on the first page.',
  });
  return null;
}

function parsePaging(params: CatalogSearchParams, issues: CatalogParamIssue[]) {
  const cursor = parseCursor(first(params[CATALOG_PARAM.cursor]), issues);
  if (cursor === null) return { cursor, back: [], page: 1 };
  const trail = all(params[CATALOG_PARAM.back]);
  // A trail with one bad entry cannot be trusted in order; "Previous" then goes to page 1.
  const back = trail.every((entry) => CURSOR_SHAPE.test(entry))
    ? trail.slice(-CATALOG_PAGE_TRAIL_LIMIT)
    : [];
  const least = back.length + 2;
  const claimed = Number(first(params[CATALOG_PARAM.page]));
  const page =
    Number.isSafeInteger(claimed) && claimed >= least && claimed <= MAX_PAGE ? claimed : least;
  return { cursor, back, page };
}

/**
 * Reads a search or category page's query string. Never throws: whatever cannot be used is left
 * out and described in `issues`. An inverted price range is swapped, which is what was meant.
 */
export function parseCatalogParams(
  params: CatalogSearchParams,
  { currency, locale, allowCategory }: ParseCatalogParamsOptions,
): ParsedCatalogParams {
  const issues: CatalogParamIssue[] = [];
  const minText = (first(params[CATALOG_PARAM.minPrice]) ?? '').trim().slice(0, 32);
  const maxText = (first(params[CATALOG_PARAM.maxPrice]) ?? '').trim().slice(0, 32);
  const min = parsePrice(minText, 'Minimum', 'minPrice', { currency, locale }, issues);
  const max = parsePrice(maxText, 'Maximum', 'maxPrice', { currency, locale }, issues);
  let [minPrice, maxPrice] = [min.amount, max.amount];
  const swapped = minPrice !== null && maxPrice !== null && minPrice > maxPrice;
  if (swapped) {
    [minPrice, maxPrice] = [maxPrice, minPrice];
    issues.push({
      field: 'minPrice',
      message: 'The minimum price was above the maximum, so the two were swapped.',
    });
  }
  const state: CatalogUrlState = {
    q: parseQuery(first(params[CATALOG_PARAM.q]), issues),
    category: allowCategory ? parseCategory(first(params[CATALOG_PARAM.category]), issues) : null,
    minPrice,
    maxPrice,
    inStock: parseInStock(first(params[CATALOG_PARAM.inStock])),
    options: parseOptions(params, issues),
    sort: parseSort(first(params[CATALOG_PARAM.sort]), issues),
    ...parsePaging(params, issues),
  };
  return {
    state,
    issues,
    priceText: swapped ? { min: maxText, max: minText } : { min: minText, max: maxText },
    priceErrors: {
      ...(min.error === undefined ? {} : { min: min.error }),
      ...(max.error === undefined ? {} : { max: max.error }),
    },
  };
}

/**
 * The query string for a state, without defaults, in a stable order (so equal states give equal
 * URLs). Prices are written back as decimals in the store currency.
 */
export function catalogQueryString(state: CatalogUrlState, currency: string): string {
  const params = new URLSearchParams();
  if (state.q !== '') params.set(CATALOG_PARAM.q, state.q);
  if (state.category !== null) params.set(CATALOG_PARAM.category, state.category);
  if (state.minPrice !== null) {
    params.set(CATALOG_PARAM.minPrice, formatPriceText(state.minPrice, currency));
  }
  if (state.maxPrice !== null) {
    params.set(CATALOG_PARAM.maxPrice, formatPriceText(state.maxPrice, currency));
  }
  if (state.inStock) params.set(CATALOG_PARAM.inStock, '1');
  for (const option of state.options) {
    params.append(`${OPTION_PARAM_PREFIX}${option.name}`, option.value);
  }
  if (state.sort !== 'relevance') params.set(CATALOG_PARAM.sort, state.sort);
  if (state.cursor !== null) {
    params.set(CATALOG_PARAM.page, String(state.page));
    params.set(CATALOG_PARAM.cursor, state.cursor);
    for (const cursor of state.back) params.append(CATALOG_PARAM.back, cursor);
  }
  return params.toString();
}

/** The same filters and sort on the first page: what every filter change leads to. */
export function firstCatalogPage(state: CatalogUrlState): CatalogUrlState {
  return { ...state, page: 1, cursor: null, back: [] };
}

/** The page after this one, starting at `nextCursor`; the trail keeps the newest entries. */
export function nextCatalogPage(state: CatalogUrlState, nextCursor: string): CatalogUrlState {
  const back = state.cursor === null ? state.back : [...state.back, state.cursor];
  return {
    ...state,
    page: state.page + 1,
    cursor: nextCursor,
    back: back.slice(-CATALOG_PAGE_TRAIL_LIMIT),
  };
}

/** The page before this one; page 1 when the trail is empty. Null on the first page. */
export function previousCatalogPage(state: CatalogUrlState): CatalogUrlState | null {
  if (state.cursor === null) return null;
  const cursor = state.back.at(-1);
  if (cursor === undefined) return firstCatalogPage(state);
  return { ...state, page: Math.max(2, state.page - 1), cursor, back: state.back.slice(0, -1) };
}

/** Whether two option filters name the same choice (the API compares case-insensitively). */
export function sameOptionFilter(a: OptionFilter, b: OptionFilter): boolean {
  return (
    a.name.toLowerCase() === b.name.toLowerCase() && a.value.toLowerCase() === b.value.toLowerCase()
  );
}

/** Whether anything narrows the results beyond the text and the page's own category. */
export function hasCatalogFilters(state: CatalogFilters): boolean {
  return (
    state.category !== null ||
    state.minPrice !== null ||
    state.maxPrice !== null ||
    state.inStock ||
    state.options.length > 0
  );
}
