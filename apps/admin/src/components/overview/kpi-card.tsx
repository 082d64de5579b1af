import { Card } from '@storeloom/ui';
import type { ReactNode } from 'react';

export interface KpiCardProps {
  label: string;
  value: ReactNode;
  /** Context under the number, e.g. the period or a ratio. */
  detail?: ReactNode;
  icon?: ReactNode;
}

export function KpiCard({ label, value, detail, icon }: KpiCardProps) {
  return (
    <Card className="p-4">
      <div className="flex items-center justify-between gap-2">
        <h2 className="text-sm font-medium text-muted-foreground">{label}</h2>
        {icon != null && (
          <span aria-hidden="true" className="text-subtle-foreground [&_svg]:size-4">
            {icon}
          </span>
        )}
      </div>
      <p className="mt-2 text-2xl font-semibold tracking-tight text-foreground tabular-nums">
        {value}
      </p>
      {detail != null && <p className="mt-1 text-xs text-subtle-foreground">{detail}</p>}
    </Card>
  );
}
