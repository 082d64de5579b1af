'use client';

import { SuggestionOption } from './suggestion-option';
import type { SuggestionItem } from './suggestion-items';

export interface SuggestionGroupsProps {
  items: SuggestionItem[];
  query: string;
  activeIndex: number;
  optionId: (index: number) => string;
  locale: string | undefined;
  onChoose: (item: SuggestionItem) => void;
  onPoint: (index: number) => void;
}

const groupLabels: Record<SuggestionItem['kind'], string | null> = {
  category: 'Categories',
  product: 'Products',
  search: null,
};

/** Options grouped by kind; each option keeps its index in the flat list the arrow keys walk. */
export function SuggestionGroups({
  items,
  query,
  activeIndex,
  optionId,
  locale,
  onChoose,
  onPoint,
}: SuggestionGroupsProps) {
  const kinds: SuggestionItem['kind'][] = ['category', 'product', 'search'];
  return kinds.map((kind) => {
    const entries = items.flatMap((item, index) => (item.kind === kind ? [{ item, index }] : []));
    if (entries.length === 0) return null;
    const label = groupLabels[kind];
    const options = entries.map(({ item, index }) => (
      <SuggestionOption
        key={item.key}
        id={optionId(index)}
        item={item}
        query={query}
        active={index === activeIndex}
        locale={locale}
        onChoose={() => onChoose(item)}
        onPoint={() => onPoint(index)}
      />
    ));
    if (label === null) {
      return (
        <div
          key={kind}
          role="group"
          aria-label="Search"
          className="mt-1 border-t border-border pt-1"
        >
          {options}
        </div>
      );
    }
    return (
      <div key={kind} role="group" aria-label={label} className="mb-1">
        <div
          aria-hidden="true"
          className="px-2.5 pt-1.5 pb-1 text-xs font-medium text-subtle-foreground"
        >
          {label}
        </div>
        {options}
      </div>
    );
  });
}
