import type { Tone } from '@storeloom/ui';

/** A margin at or above this (in basis points, 3000 = 30 %) is healthy. */
export const HEALTHY_MARGIN_BPS = 3000;

/**
 * The colour a margin is shown in: green from 30 %, amber from break-even up to 30 %, red for a
 * loss. The one place these thresholds live, so the order, its lines and any report agree.
 */
export function marginTone(marginBps: number): Extract<Tone, 'success' | 'warning' | 'danger'> {
  if (marginBps >= HEALTHY_MARGIN_BPS) return 'success';
  if (marginBps >= 0) return 'warning';
  return 'danger';
}

/** Basis points as a percentage with one decimal: 2567 → "25.7 %". */
export function formatMargin(marginBps: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(marginBps / 10_000);
}
