import { FacetCount } from './facet-count';

export interface FacetCheckboxProps {
  id: string;
  name: string;
  value: string;
  label: string;
  count: number;
  checked: boolean;
}

/** One facet value: a real checkbox (so the GET form sends it) with the number of products. */
export function FacetCheckbox({ id, name, value, label, count, checked }: FacetCheckboxProps) {
  return (
    <div className="flex items-center gap-2.5">
      <input
        id={id}
        type="checkbox"
        name={name}
        value={value}
        defaultChecked={checked}
        className="size-4 shrink-0 rounded border-border-strong accent-accent"
      />
      <label htmlFor={id} className="flex min-w-0 flex-1 items-baseline gap-2 py-1 text-sm">
        <span className="truncate text-foreground">{label}</span>
        <FacetCount count={count} />
      </label>
    </div>
  );
}
