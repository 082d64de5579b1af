'use client';

import { cn, Input } from '@storeloom/ui';
import { type ComponentProps, useState } from 'react';

/**
 * A password box with a Show/Hide button, so a long password can be checked before sending.
 * The button's name says what pressing it will do.
 */
export function PasswordInput({ className, ...props }: Omit<ComponentProps<'input'>, 'type'>) {
  const [visible, setVisible] = useState(false);
  return (
    <div className="relative">
      <Input
        {...props}
        type={visible ? 'text' : 'password'}
        className={cn('h-10 pr-16', className)}
      />
      <button
        type="button"
        aria-controls={props.id}
        onClick={() => {
          setVisible((current) => !current);
        }}
        className="absolute inset-y-1 right-1 rounded px-2.5 text-xs font-medium text-muted-foreground hover:bg-surface-muted hover:text-foreground focus-visible:ring-3 focus-visible:ring-accent/20 focus-visible:outline-hidden"
      >
        {visible ? 'Hide' : 'Show'}
        <span className="sr-only"> password</span>
      </button>
    </div>
  );
}
