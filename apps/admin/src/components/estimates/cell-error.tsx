import { ErrorIcon } from '@storeloom/ui';

/** A line cell's message, right under its control (which points at it with aria-describedby). */
export function CellError({ id, message }: { id: string; message: string | undefined }) {
  if (message === undefined) return null;
  return (
    <p id={id} className="mt-1 flex items-start gap-1 text-xs font-medium text-danger">
      <ErrorIcon className="mt-px size-3.5 shrink-0" />
      {message}
    </p>
  );
}
