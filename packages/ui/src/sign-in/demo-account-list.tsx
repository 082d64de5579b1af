'use client';

import { Avatar } from '../avatar';
import { Badge } from '../badge';
import { cn } from '../cn';
import { Spinner } from '../spinner';
import type { DemoAccountOption } from './types';

export interface DemoAccountListProps {
  accounts: readonly DemoAccountOption[];
  /** The shared demo password, shown so people can also type it. */
  password: string;
  onPick: (account: DemoAccountOption) => void;
  /** The account being signed in with, if any; every row is disabled meanwhile. */
  pendingEmail: string | null;
  className?: string;
}

/** "tech-gadgets" -> "Tech Gadgets"; demo store names are their slugs in title case. */
function storeLabel(slug: string): string {
  return slug
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

function roleLabel(role: string): string {
  return role.charAt(0).toUpperCase() + role.slice(1);
}

/** One button per seeded account: picking one fills the form and signs in with it. */
export function DemoAccountList({
  accounts,
  password,
  onPick,
  pendingEmail,
  className,
}: DemoAccountListProps) {
  return (
    <div className={cn('flex min-h-0 flex-col', className)}>
      <div className="border-b border-border px-5 py-4">
        <h2 className="text-sm font-semibold text-foreground">Demo accounts</h2>
        <p className="mt-1 text-sm text-muted-foreground">
          Pick an account to sign in. They all use the password{' '}
          <code className="rounded bg-surface-muted px-1 py-0.5 font-mono text-xs text-foreground select-all">
            {password}
          </code>
          .
        </p>
      </div>
      <ul
        className="min-h-0 flex-1 divide-y divide-border overflow-y-auto"
        aria-label="Demo accounts"
      >
        {accounts.map((account) => {
          const pending = pendingEmail === account.email;
          return (
            <li key={account.email}>
              <button
                type="button"
                disabled={pendingEmail !== null}
                aria-busy={pending || undefined}
                aria-label={`Sign in as ${account.name} (${account.email})`}
                onClick={() => {
                  onPick(account);
                }}
                className="flex w-full items-center gap-3 px-5 py-2.5 text-left transition-colors hover:bg-surface-muted focus-visible:bg-surface-muted focus-visible:outline-offset-[-2px] disabled:cursor-wait disabled:opacity-60"
              >
                <Avatar name={account.name} size="md" decorative />
                <span className="min-w-0 flex-1">
                  <span className="block truncate text-sm font-medium text-foreground">
                    {account.name}
                  </span>
                  <span className="block truncate text-xs text-subtle-foreground">
                    {account.email}
                  </span>
                </span>
                <span className="hidden shrink-0 flex-wrap justify-end gap-1 sm:flex">
                  {account.isPlatformOperator && <Badge tone="warning">Operator</Badge>}
                  {account.memberships.map((membership) => (
                    <Badge key={membership.storeSlug} tone="neutral">
                      {roleLabel(membership.role)} · {storeLabel(membership.storeSlug)}
                    </Badge>
                  ))}
                </span>
                {pending && <Spinner size="sm" className="text-subtle-foreground" />}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
