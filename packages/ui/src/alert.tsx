import type { ComponentProps, ReactNode } from 'react';

import { cn } from './cn';
import { ErrorIcon, InfoIcon, SuccessIcon, WarningIcon } from './icons';
import type { Tone } from './tone';

export interface AlertProps extends Omit<ComponentProps<'div'>, 'title'> {
  tone?: Tone;
  title?: ReactNode;
  /** Controls such as "Retry" or a link, shown under the text. */
  actions?: ReactNode;
}

const tones: Record<Tone, string> = {
  neutral: 'border-border bg-surface-muted text-foreground [&_[data-icon]]:text-muted-foreground',
  success: 'border-emerald-200 bg-emerald-50 text-emerald-900 [&_[data-icon]]:text-emerald-600',
  warning: 'border-amber-200 bg-amber-50 text-amber-900 [&_[data-icon]]:text-amber-600',
  danger: 'border-red-200 bg-red-50 text-red-900 [&_[data-icon]]:text-red-600',
  info: 'border-sky-200 bg-sky-50 text-sky-900 [&_[data-icon]]:text-sky-600',
};

const icons: Record<Tone, typeof InfoIcon> = {
  neutral: InfoIcon,
  success: SuccessIcon,
  warning: WarningIcon,
  danger: ErrorIcon,
  info: InfoIcon,
};

export function Alert({
  tone = 'info',
  title,
  actions,
  className,
  children,
  ...props
}: AlertProps) {
  const Icon = icons[tone];
  return (
    <div
      // Errors interrupt; everything else is announced politely.
      role={tone === 'danger' ? 'alert' : 'status'}
      className={cn('flex gap-3 rounded-lg border px-4 py-3 text-sm', tones[tone], className)}
      {...props}
    >
      <Icon data-icon="" className="mt-0.5 size-4 shrink-0" />
      <div className="min-w-0 flex-1 space-y-1">
        {title != null && <p className="font-medium">{title}</p>}
        {children != null && <div className="opacity-90">{children}</div>}
        {actions != null && <div className="flex flex-wrap gap-2 pt-1">{actions}</div>}
      </div>
    </div>
  );
}
