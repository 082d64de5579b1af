/**
 * A machine id as words: `confirm-order` → "Confirm order", `send_low_stock` → "Send low stock".
 * Workflow functions and steps are named by id only, and the id is shown beside it anyway.
 */
export function humanizeId(id: string): string {
  const words = id.replace(/[-_:]+/g, ' ').trim();
  return words === '' ? id : words.charAt(0).toUpperCase() + words.slice(1);
}
