import { formatMoney } from '@storeloom/ui';

import { lineQuantity } from './estimate-line-quantity';
import type { EstimateMoney, PublicEstimateLine } from './estimate-types';

/** The estimate's lines in the merchant's order: what, how much or how long, and the amount. */
export function EstimateLines({
  lines,
  money,
}: {
  lines: readonly PublicEstimateLine[];
  money: EstimateMoney;
}) {
  return (
    <ul className="divide-y divide-border">
      {lines.map((line, index) => (
        // Lines have no id of their own here; their position is stable for a given estimate.
        <li key={index} className="flex gap-4 py-4 first:pt-0 last:pb-0">
          <div className="min-w-0 flex-1">
            <p className="font-medium text-foreground">{line.name}</p>
            {line.description !== null && line.description !== '' && (
              <p className="mt-0.5 text-sm whitespace-pre-line text-muted-foreground">
                {line.description}
              </p>
            )}
            <p className="mt-1 text-sm text-muted-foreground tabular-nums">
              {lineQuantity(line, money)}
            </p>
          </div>
          <p className="text-sm font-medium tabular-nums">
            {formatMoney(line.total, money.currency, money.locale)}
          </p>
        </li>
      ))}
    </ul>
  );
}
