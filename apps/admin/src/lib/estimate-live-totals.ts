import {
  estimateTotals,
  priceEstimateLine,
  type EstimateLine,
  type EstimateTotals,
} from '@storeloom/core/estimates/estimate-lines';
import { estimateItemInputSchema } from '@storeloom/validators';

import { lineCandidate, type EstimateDraft } from './estimate-draft';

export interface LiveEstimateTotals {
  totals: EstimateTotals;
  /** Each line's sell and cost totals by position; null while the line cannot be priced yet. */
  lines: (Pick<EstimateLine, 'total' | 'costTotal' | 'unitPrice'> | null)[];
}

const noTotals: EstimateTotals = estimateTotals([]);

/**
 * Totals, profit and margin as the server will store them, from the same pricing functions
 * (`priceEstimateLine`, `estimateTotals`) the server runs. Lines that are not valid yet count
 * as nothing until they are, so the numbers move as the person types.
 */
export function liveEstimateTotals(draft: EstimateDraft, currency: string): LiveEstimateTotals {
  const lines = draft.lines.map((line, index) => {
    const parsed = estimateItemInputSchema.safeParse(lineCandidate(line, index, currency));
    if (!parsed.success) return null;
    try {
      return priceEstimateLine(parsed.data, index);
    } catch {
      // Amounts too large, or a product line with a fractional quantity: the save says why.
      return null;
    }
  });
  const priced = lines.filter((line) => line !== null);
  try {
    return { totals: estimateTotals(priced), lines };
  } catch {
    return { totals: noTotals, lines };
  }
}
