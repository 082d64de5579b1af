'use client';

import { useEffect, useId, useRef, type ReactNode } from 'react';

import { Alert } from './alert';
import { Button } from './button';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  /** Danger for destructive actions: the confirm button turns red. */
  tone?: 'danger' | 'primary';
  pending?: boolean;
  /** Why the last attempt failed; the dialog stays open so the person can retry or cancel. */
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
  /** Extra fields, e.g. a reason. */
  children?: ReactNode;
}

/**
 * Modal confirmation on the native <dialog>: focus trapping, Escape and the inert background
 * come from the browser. Open state stays in React; the element is only told to follow it.
 */
export function ConfirmDialog({
  open,
  title,
  description,
  confirmLabel,
  tone = 'primary',
  pending = false,
  error,
  onConfirm,
  onCancel,
  children,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  // Mounted only while open: a table of rows would otherwise carry a hidden form per row.
  if (!open) return null;

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: React decides, so a pending request is not abandoned half-way.
        event.preventDefault();
        if (!pending) onCancel();
      }}
      className="m-auto w-[calc(100%-2rem)] max-w-md rounded-xl text-left border border-border bg-surface p-0 text-foreground shadow-xl backdrop:bg-zinc-950/40"
    >
      <form
        // The API's messages are shown inline, in the app's style, rather than the browser's bubbles.
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm();
        }}
      >
        <div className="space-y-3 px-5 pt-5 pb-4">
          <h2 id={titleId} className="text-base font-semibold">
            {title}
          </h2>
          <div className="text-sm text-muted-foreground">{description}</div>
          {children}
          {error != null && <Alert tone="danger">{error}</Alert>}
        </div>
        <div className="flex justify-end gap-2 border-t border-border bg-surface-muted/50 px-5 py-3">
          <Button variant="secondary" onClick={onCancel} disabled={pending}>
            Cancel
          </Button>
          <Button
            type="submit"
            variant={tone === 'danger' ? 'danger' : 'primary'}
            loading={pending}
          >
            {confirmLabel}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
