export const SWITCH_STORE_PARAM = 'switch-store';

/**
 * The href the store switcher gives each store: the id travels in the query string, where
 * StoreSwitchLink reads it back. Plain module so server layouts can build the list.
 */
export function switchStoreHref(storeId: string): string {
  return `/?${SWITCH_STORE_PARAM}=${encodeURIComponent(storeId)}`;
}
