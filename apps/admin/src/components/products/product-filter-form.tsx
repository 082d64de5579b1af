'use client';

import { Button, Input, SearchIcon, Select } from '@storeloom/ui';
import type { ProductSort } from '@storeloom/validators';
import { useRouter } from 'next/navigation';
import type { ChangeEvent, SubmitEvent } from 'react';

import {
  PRODUCT_SORT_LABELS,
  productsHref,
  readProductFilters,
  type ProductFilters,
} from '~/lib/product-filters';

export interface CategoryOption {
  id: string;
  name: string;
  depth: number;
}

export interface ProductFilterFormProps {
  filters: ProductFilters;
  categories: CategoryOption[];
}

/** A choice in a select applies at once; typing a search waits for Enter or the button. */
function submitOnChange(event: ChangeEvent<HTMLSelectElement>) {
  event.currentTarget.form?.requestSubmit();
}

/** A string value of the form, or nothing (file inputs and missing fields alike). */
function textOf(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === 'string' ? value : undefined;
}

/**
 * Search by title or SKU, narrow to a category (with its subcategories) and sort. Everything
 * lives in the URL (shareable, back button) and keeps the status tab; the URL carries only the
 * filters that are set, as the tabs and links write it.
 */
export function ProductFilterForm({ filters, categories }: ProductFilterFormProps) {
  const router = useRouter();
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = readProductFilters({
      q: textOf(form, 'q'),
      category: textOf(form, 'category'),
      sort: textOf(form, 'sort'),
    });
    router.push(productsHref({ ...next, status: filters.status }));
  };

  return (
    <form
      action="/products"
      role="search"
      aria-label="Search products"
      className="flex flex-wrap gap-2 p-3"
      onSubmit={submit}
    >
      <div className="relative min-w-56 flex-1">
        <SearchIcon className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-subtle-foreground" />
        <Input
          type="search"
          name="q"
          aria-label="Title or SKU"
          placeholder="Title or SKU"
          defaultValue={filters.q ?? ''}
          maxLength={200}
          className="pl-8"
        />
      </div>
      {categories.length > 0 && (
        <Select
          name="category"
          aria-label="Category"
          defaultValue={filters.categoryId ?? ''}
          onChange={submitOnChange}
        >
          <option value="">All categories</option>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {/* Non-breaking spaces: the native select keeps no other indentation. */}
              {'\u00a0\u00a0'.repeat(category.depth)}
              {category.name}
            </option>
          ))}
        </Select>
      )}
      <Select name="sort" aria-label="Sort" defaultValue={filters.sort} onChange={submitOnChange}>
        {(Object.keys(PRODUCT_SORT_LABELS) as ProductSort[]).map((sort) => (
          <option key={sort} value={sort}>
            {PRODUCT_SORT_LABELS[sort]}
          </option>
        ))}
      </Select>
      <Button type="submit" variant="secondary">
        Search
      </Button>
    </form>
  );
}
