import type { ReactNode } from 'react';

export interface NewsletterPanelProps {
  icon: ReactNode;
  title: string;
  children: ReactNode;
}

/** The card the newsletter pages (signed up, confirm, unsubscribe) are laid out in. */
export function NewsletterPanel({ icon, title, children }: NewsletterPanelProps) {
  return (
    <main className="mx-auto w-full max-w-xl px-4 py-12 sm:px-6 sm:py-16">
      <div className="rounded-2xl border border-border bg-surface p-6 shadow-xs sm:p-10">
        <div
          aria-hidden="true"
          className="mb-6 flex size-12 items-center justify-center rounded-xl bg-accent text-accent-foreground [&_svg]:size-6"
        >
          {icon}
        </div>
        <h1 className="text-2xl font-semibold tracking-tight text-foreground">{title}</h1>
        <div className="mt-3 space-y-5 text-sm leading-6 text-muted-foreground">{children}</div>
      </div>
    </main>
  );
}
