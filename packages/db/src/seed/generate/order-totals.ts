/**
 * Order arithmetic for seeded orders, in integer minor units:
 *   line total   = unitPrice × quantity − line discount   (before tax)
 *   subtotal     = Σ unitPrice × quantity
 *   tax          = Σ round(line total × rate)             (shipping is not taxed in the demo)
 *   total        = subtotal − discount + shipping + tax
 *   profit       = subtotal − discount − totalCost         (tax and shipping are pass-through)
 *   marginBps    = profit × 10000 / (subtotal − discount)
 */
export interface LineInput {
  unitPrice: number;
  quantity: number;
  costPrice: number;
}

export interface LineTotals {
  discountAmount: number;
  taxAmount: number;
  total: number;
}

export interface OrderTotals {
  lines: LineTotals[];
  subtotal: number;
  discountTotal: number;
  shippingTotal: number;
  taxTotal: number;
  total: number;
  materialsCost: number;
  labourCost: number;
  totalCost: number;
  profit: number;
  marginBps: number;
}

export function marginBps(profit: number, revenue: number): number {
  return revenue === 0 ? 0 : Math.round((profit * 10_000) / revenue);
}

export function computeOrderTotals({
  lines,
  discountBps,
  shipping,
  taxBps,
}: {
  lines: readonly LineInput[];
  discountBps: number;
  shipping: number;
  taxBps: number;
}): OrderTotals {
  const gross = lines.map((line) => line.unitPrice * line.quantity);
  const subtotal = gross.reduce((sum, value) => sum + value, 0);
  const discountTotal = Math.round((subtotal * discountBps) / 10_000);
  // Spread the discount over the lines by value; the last line takes the rounding remainder.
  let allocated = 0;
  const lineTotals = gross.map((value, index): LineTotals => {
    const isLast = index === gross.length - 1;
    const share = isLast
      ? discountTotal - allocated
      : Math.round((discountTotal * value) / Math.max(subtotal, 1));
    allocated += share;
    const total = value - share;
    return { discountAmount: share, taxAmount: Math.round((total * taxBps) / 10_000), total };
  });
  const taxTotal = lineTotals.reduce((sum, line) => sum + line.taxAmount, 0);
  const materialsCost = lines.reduce((sum, line) => sum + line.costPrice * line.quantity, 0);
  const revenue = subtotal - discountTotal;
  const profit = revenue - materialsCost;
  return {
    lines: lineTotals,
    subtotal,
    discountTotal,
    shippingTotal: shipping,
    taxTotal,
    total: revenue + shipping + taxTotal,
    materialsCost,
    labourCost: 0,
    totalCost: materialsCost,
    profit,
    marginBps: marginBps(profit, revenue),
  };
}

/**
 * Tier price = the zone's base rate × the tier multiplier. The base rate is an order-value band
 * that drops to 0 above the threshold, so every tier is free there (as the rate table says).
 */
export function shippingPrice({
  baseRate,
  freeOver,
  multiplierPermille,
  goodsValue,
}: {
  baseRate: number;
  freeOver: number;
  multiplierPermille: number;
  goodsValue: number;
}): number {
  if (goodsValue >= freeOver) return 0;
  return Math.round((baseRate * multiplierPermille) / 1000);
}
