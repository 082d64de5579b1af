/**
 * Cart activity is announced (`cart.activity`) at most once per window of this length, so a
 * shopper clicking through their cart starts one abandoned-cart run per window, not one per click.
 * Windows are fixed slices of UTC time, which needs no state beyond the cart's `lastActivityAt`:
 * a change announces itself when the previous activity fell in an earlier window.
 */
export const CART_ACTIVITY_WINDOW_MS = 5 * 60_000;

/** The start of the window `at` falls in. */
export function activityWindowStart(at: Date): Date {
  return new Date(Math.floor(at.getTime() / CART_ACTIVITY_WINDOW_MS) * CART_ACTIVITY_WINDOW_MS);
}

/** The end of the window `at` falls in: activity from then on belongs to a later announcement. */
export function activityWindowEnd(at: Date): Date {
  return new Date(activityWindowStart(at).getTime() + CART_ACTIVITY_WINDOW_MS);
}

/** Whether activity at `next` falls in a later window than activity at `previous`. */
export function isNewActivityWindow(previous: Date, next: Date): boolean {
  return activityWindowStart(previous).getTime() !== activityWindowStart(next).getTime();
}
