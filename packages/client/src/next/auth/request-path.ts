/**
 * Request header through which the proxy hands the requested path to server layouts: layouts do
 * not receive the pathname, yet they need it to send a signed-out visitor back after sign-in.
 */
export const REQUEST_PATH_HEADER = 'x-storeloom-path';
