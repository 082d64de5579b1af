import type { ReactNode } from 'react';

export interface AuthCardProps {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  /** Links to the other ways in (create an account, forgot password, sign-in link). */
  footer?: ReactNode;
}

/** The narrow centred panel every sign-in related page uses. */
export function AuthCard({ title, description, children, footer }: AuthCardProps) {
  return (
    <main className="mx-auto flex w-full max-w-md flex-col px-4 py-12 sm:py-16">
      <div className="rounded-xl border border-border bg-surface p-6 shadow-xs sm:p-8">
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        {description != null && (
          <div className="mt-2 text-sm leading-6 text-muted-foreground">{description}</div>
        )}
        <div className="mt-6">{children}</div>
      </div>
      {footer != null && (
        <div className="mt-6 space-y-2 text-center text-sm text-muted-foreground">{footer}</div>
      )}
    </main>
  );
}

/** A text link in running text: underlined, so it never relies on colour alone. */
export const textLinkClassName =
  'rounded-sm font-medium text-foreground underline underline-offset-4 hover:text-accent';
