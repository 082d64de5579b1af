import type { ReactNode } from 'react';

export interface FullPageMessageProps {
  icon: ReactNode;
  title: string;
  children: ReactNode;
}

/** Centered page for states where there is no store chrome to show (no store, store offline). */
export function FullPageMessage({ icon, title, children }: FullPageMessageProps) {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center bg-background px-4 py-16 text-center">
      <div
        aria-hidden="true"
        className="mb-6 flex size-14 items-center justify-center rounded-2xl border border-border bg-surface text-muted-foreground shadow-xs [&_svg]:size-6"
      >
        {icon}
      </div>
      <h1 className="text-2xl font-semibold tracking-tight text-foreground">{title}</h1>
      <div className="mt-3 max-w-md text-sm leading-6 text-muted-foreground">{children}</div>
      <p className="mt-12 text-xs text-subtle-foreground">Powered by Storeloom</p>
    </main>
  );
}
