import { Badge } from '@storeloom/ui';
import Link from 'next/link';

export function Brand() {
  return (
    <Link
      href="/tenants"
      className="flex items-center gap-2 rounded-md text-sm font-semibold tracking-tight"
    >
      <span
        aria-hidden="true"
        className="flex size-6 items-center justify-center rounded-md bg-foreground text-xs font-bold text-surface"
      >
        S
      </span>
      Storeloom
      {/* Operators act across tenants; the badge keeps that visible at all times. */}
      <Badge tone="warning">Platform</Badge>
    </Link>
  );
}
