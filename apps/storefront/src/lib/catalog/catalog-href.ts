import { catalogQueryString, type CatalogUrlState } from '@storeloom/validators';

/** A link to `pathname` with the catalogue state in its query string (defaults left out). */
export function catalogHref(pathname: string, state: CatalogUrlState, currency: string): string {
  const query = catalogQueryString(state, currency);
  return query === '' ? pathname : `${pathname}?${query}`;
}
