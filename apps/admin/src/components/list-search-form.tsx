import { Button, Input, SearchIcon } from '@storeloom/ui';
import Form from 'next/form';

export interface ListSearchFormProps {
  /** The list page, e.g. "/orders". */
  action: string;
  /** The form's accessible name, e.g. "Search orders". */
  label: string;
  /** What can be searched for; the field's label and placeholder. */
  placeholder: string;
  /** The URL parameter the list reads, e.g. "search" or "q". */
  name: string;
  value: string | undefined;
  maxLength: number;
  /** The list's other URL state (a tab, a sort) that the search keeps. */
  keep?: Record<string, string | undefined>;
}

/**
 * The search box above a list. A GET form, so the search lives in the URL (shareable, back
 * button) and keeps the tab it was typed under.
 */
export function ListSearchForm({
  action,
  label,
  placeholder,
  name,
  value,
  maxLength,
  keep = {},
}: ListSearchFormProps) {
  return (
    <Form action={action} role="search" aria-label={label} className="flex gap-2 p-3">
      {Object.entries(keep).map(
        ([key, kept]) =>
          kept !== undefined && <input key={key} type="hidden" name={key} value={kept} />,
      )}
      <div className="relative flex-1">
        <SearchIcon className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-subtle-foreground" />
        <Input
          type="search"
          name={name}
          aria-label={placeholder}
          placeholder={placeholder}
          defaultValue={value ?? ''}
          maxLength={maxLength}
          className="pl-8"
        />
      </div>
      <Button type="submit" variant="secondary">
        Search
      </Button>
    </Form>
  );
}
