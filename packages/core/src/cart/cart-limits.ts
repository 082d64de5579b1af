/** Units of one variant a cart line may hold. */
export const MAX_LINE_QUANTITY = 999;

/** Discount codes one cart (and so one order) may carry. */
export const MAX_CART_CODES = 5;
