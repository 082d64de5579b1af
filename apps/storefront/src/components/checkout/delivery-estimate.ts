/** "3–5 business days", or one number when both ends agree; null when the tier gives none. */
export function deliveryEstimate(option: {
  deliveryDaysMin: number | null;
  deliveryDaysMax: number | null;
}): string | null {
  const { deliveryDaysMin: min, deliveryDaysMax: max } = option;
  if (min === null || max === null) return null;
  if (min === max) return `${String(min)} business ${min === 1 ? 'day' : 'days'}`;
  return `${String(min)}–${String(max)} business days`;
}
