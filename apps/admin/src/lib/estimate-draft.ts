import type { RouterOutputs } from '@storeloom/api';
import {
  createEstimateInputSchema,
  type CreateEstimateInput,
  type EstimateItemInput,
} from '@storeloom/validators';

import { formatMoneyInput, parseMoneyInput } from './money-input';

/** What the form reads of a saved estimate: `estimates.get`, or what create and update answer. */
type SavedEstimate = Pick<
  RouterOutputs['estimates']['update'],
  | 'customerId'
  | 'customerName'
  | 'customerEmail'
  | 'title'
  | 'validUntil'
  | 'notes'
  | 'terms'
  | 'depositBps'
  | 'currency'
  | 'items'
>;
export type EstimateLineKind = EstimateItemInput['kind'];

/** One line as typed: text in every cell until it is saved, so half-typed numbers survive. */
export interface EstimateLineDraft {
  /** React's key; not sent. */
  key: string;
  kind: EstimateLineKind;
  /** Kept from a saved line linked to a product variant; the editor does not change it. */
  variantId: string | undefined;
  name: string;
  /** Kept from a saved line; the editor does not change it. */
  description: string | undefined;
  /** Units, or hours for labour. */
  quantity: string;
  /** Per unit, or per hour for labour. */
  unitCost: string;
  /** Sell at a price, or at a markup over the cost (the price then follows the cost). */
  pricing: 'price' | 'markup';
  unitPrice: string;
  markupPercent: string;
}

/** The whole form; the API saves an estimate whole, so this is what Save sends. */
export interface EstimateDraft {
  /** Kept from an estimate linked to a customer of the store. */
  customerId: string | undefined;
  customerName: string;
  customerEmail: string;
  title: string;
  /** `YYYY-MM-DD`; the estimate is valid to the end of that day (UTC). */
  validUntil: string;
  notes: string;
  terms: string;
  depositPercent: string;
  lines: EstimateLineDraft[];
}

/** Messages by the schema's paths: `title`, `items.2.quantity`, `depositBps`… */
export type EstimateErrors = Record<string, string>;

let lastKey = 0;
const newKey = () => `line-${String((lastKey += 1))}`;

export function emptyEstimateLine(kind: EstimateLineKind = 'material'): EstimateLineDraft {
  return {
    key: newKey(),
    kind,
    variantId: undefined,
    name: '',
    description: undefined,
    quantity: '1',
    unitCost: '',
    pricing: 'price',
    unitPrice: '',
    markupPercent: '',
  };
}

export function emptyEstimateDraft(): EstimateDraft {
  return {
    customerId: undefined,
    customerName: '',
    customerEmail: '',
    title: '',
    validUntil: '',
    notes: '',
    terms: '',
    depositPercent: '',
    lines: [emptyEstimateLine('material')],
  };
}

/** Basis points as a percentage people read: 2500 -> "25". */
const percentOf = (bps: number) => String(bps / 100);

export function draftFromEstimate(estimate: SavedEstimate): EstimateDraft {
  const { currency } = estimate;
  return {
    customerId: estimate.customerId ?? undefined,
    customerName: estimate.customerName,
    customerEmail: estimate.customerEmail,
    title: estimate.title,
    validUntil: estimate.validUntil?.toISOString().slice(0, 10) ?? '',
    notes: estimate.notes ?? '',
    terms: estimate.terms ?? '',
    depositPercent: estimate.depositBps === null ? '' : percentOf(estimate.depositBps),
    lines: estimate.items.map((item) => ({
      key: newKey(),
      kind: item.kind,
      variantId: item.variantId ?? undefined,
      name: item.name,
      description: item.description ?? undefined,
      quantity: String(item.quantity),
      unitCost: formatMoneyInput(item.unitCost, currency),
      pricing: item.markupBps === null ? 'price' : 'markup',
      unitPrice: formatMoneyInput(item.unitPrice, currency),
      markupPercent: item.markupBps === null ? '' : percentOf(item.markupBps),
    })),
  };
}

const blankToUndefined = (text: string) => (text.trim() === '' ? undefined : text);
/** Blank or not a number is NaN, which the schema refuses with its own message. */
const numberOrNaN = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

function moneyCell(
  text: string,
  currency: string,
  path: string,
  errors: EstimateErrors,
): number | undefined {
  if (text.trim() === '') return undefined;
  const amount = parseMoneyInput(text, currency);
  if (amount === null) {
    errors[path] = `Enter an amount like ${formatMoneyInput(1250, currency)}`;
    return 0;
  }
  return amount;
}

function percentCell(text: string, path: string, errors: EstimateErrors): number | undefined {
  if (text.trim() === '') return undefined;
  const percent = Number(text);
  if (!Number.isFinite(percent)) {
    errors[path] = 'Enter a percentage like 25';
    return 0;
  }
  return Math.round(percent * 100);
}

/** A line as the validator and the pricing function take it (amounts in minor units). */
export function lineCandidate(
  line: EstimateLineDraft,
  index: number,
  currency: string,
  errors: EstimateErrors = {},
) {
  const path = `items.${String(index)}`;
  const unitCost = moneyCell(line.unitCost, currency, `${path}.unitCost`, errors);
  return {
    kind: line.kind,
    variantId: line.variantId,
    name: line.name,
    description: line.description,
    quantity: numberOrNaN(line.quantity),
    unitCost: unitCost ?? 0,
    ...(line.pricing === 'price'
      ? { unitPrice: moneyCell(line.unitPrice, currency, `${path}.unitPrice`, errors) }
      : { markupBps: percentCell(line.markupPercent, `${path}.markupBps`, errors) }),
  };
}

/**
 * The form as the API's input, checked by the same schema the server uses. Cells that are not
 * numbers at all get their message here; everything else is the schema's own wording.
 */
export function estimateInputFromDraft(
  draft: EstimateDraft,
  currency: string,
): { ok: true; input: CreateEstimateInput } | { ok: false; errors: EstimateErrors } {
  const errors: EstimateErrors = {};
  const candidate = {
    customerId: draft.customerId,
    customerName: draft.customerName,
    customerEmail: draft.customerEmail,
    title: draft.title,
    validUntil: draft.validUntil === '' ? undefined : new Date(`${draft.validUntil}T23:59:59.999Z`),
    notes: blankToUndefined(draft.notes),
    terms: blankToUndefined(draft.terms),
    depositBps: percentCell(draft.depositPercent, 'depositBps', errors),
    items: draft.lines.map((line, index) => lineCandidate(line, index, currency, errors)),
  };
  const parsed = createEstimateInputSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      errors[path] ??= issue.message;
    }
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: parsed.data };
}
