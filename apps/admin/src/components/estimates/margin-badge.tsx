import { Badge } from '@storeloom/ui';

import { formatMargin, marginTone } from '~/lib/margin-tone';

export interface MarginBadgeProps {
  marginBps: number;
  /** The sell total; with none there is no margin to colour. */
  revenue: number;
  locale: string;
  className?: string;
}

/** Margin as a percentage, coloured like every margin in the admin (lib/margin-tone.ts). */
export function MarginBadge({ marginBps, revenue, locale, className }: MarginBadgeProps) {
  if (revenue === 0) {
    return (
      <Badge tone="neutral" className={className}>
        —
      </Badge>
    );
  }
  return (
    <Badge tone={marginTone(marginBps)} className={className}>
      {formatMargin(marginBps, locale)}
    </Badge>
  );
}
