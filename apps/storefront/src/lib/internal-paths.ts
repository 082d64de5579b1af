/**
 * Paths the proxy rewrites to. The not-found path sits in a private (`_`) folder, which Next
 * never routes, so it always lands on not-found.tsx with a 404.
 */
export const STORE_NOT_FOUND_PATH = '/_store-not-found';
export const STORE_UNAVAILABLE_PATH = '/store-unavailable';
