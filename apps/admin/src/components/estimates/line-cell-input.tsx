import { cn, Input } from '@storeloom/ui';
import type { KeyboardEvent } from 'react';

import { CellError } from './cell-error';

export interface LineCellInputProps {
  id: string;
  label: string;
  value: string;
  error: string | undefined;
  readOnly: boolean;
  /** Amounts and quantities: a decimal keyboard on phones, right-aligned digits. */
  numeric?: boolean;
  placeholder?: string;
  className?: string;
  onChange: (value: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
}

/** One cell of the lines table: a labelled input with its message under it. */
export function LineCellInput({
  id,
  label,
  value,
  error,
  readOnly,
  numeric = false,
  placeholder,
  className,
  onChange,
  onKeyDown,
}: LineCellInputProps) {
  const errorId = `${id}-error`;
  return (
    <div className={cn('min-w-0 flex-1', className)}>
      <Input
        id={id}
        aria-label={label}
        aria-invalid={error !== undefined ? true : undefined}
        aria-describedby={error !== undefined ? errorId : undefined}
        value={value}
        readOnly={readOnly}
        placeholder={placeholder}
        inputMode={numeric ? 'decimal' : undefined}
        autoComplete="off"
        className={cn(numeric && 'text-right tabular-nums')}
        onChange={(event) => {
          onChange(event.target.value);
        }}
        onKeyDown={onKeyDown}
      />
      <CellError id={errorId} message={error} />
    </div>
  );
}
