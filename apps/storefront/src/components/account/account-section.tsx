import type { ReactNode } from 'react';

export interface AccountSectionProps {
  title: string;
  children: ReactNode;
  /** A control beside the heading, e.g. "Request a return". */
  action?: ReactNode;
}

/** A titled panel of an account page; a landmark named by its title. */
export function AccountSection({ title, children, action }: AccountSectionProps) {
  return (
    <section aria-label={title} className="rounded-xl border border-border bg-surface p-5 sm:p-6">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-base font-semibold">{title}</h2>
        {action}
      </div>
      {children}
    </section>
  );
}
