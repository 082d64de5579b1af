import { CATALOG_PARAM } from '@storeloom/validators';

import { FacetCheckbox } from './facet-checkbox';

export interface StockFilterProps {
  checked: boolean;
  /** Products that would match with the filter on. */
  count: number;
}

export function StockFilter({ checked, count }: StockFilterProps) {
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-semibold text-foreground">Availability</legend>
      <FacetCheckbox
        id="filter-in-stock"
        name={CATALOG_PARAM.inStock}
        value="1"
        label="In stock only"
        count={count}
        checked={checked}
      />
    </fieldset>
  );
}
