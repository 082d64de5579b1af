import { cn, formatMoney, ImageIcon, SearchIcon } from '@storeloom/ui';
import Image from 'next/image';

import { skipImageOptimiser } from '~/lib/media-src';

import { HighlightMatch } from './highlight-match';
import type { SuggestionItem } from './suggestion-items';

export interface SuggestionOptionProps {
  id: string;
  item: SuggestionItem;
  query: string;
  active: boolean;
  locale: string | undefined;
  onChoose: () => void;
  onPoint: () => void;
}

function ProductThumbnail({ src }: { src: string | null }) {
  return (
    <span className="relative flex size-10 shrink-0 items-center justify-center overflow-hidden rounded-md border border-border bg-surface-muted text-subtle-foreground">
      {src === null ? (
        <ImageIcon className="size-4" />
      ) : (
        // Decorative: the product's name is right beside it.
        <Image
          src={src}
          alt=""
          fill
          sizes="40px"
          unoptimized={skipImageOptimiser(src)}
          className="object-cover"
        />
      )}
    </span>
  );
}

/**
 * One option of the suggestion listbox. It is not focusable: focus stays in the text box, which
 * points at the active option with aria-activedescendant, as the combobox pattern asks.
 */
export function SuggestionOption({
  id,
  item,
  query,
  active,
  locale,
  onChoose,
  onPoint,
}: SuggestionOptionProps) {
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      // Keeps focus in the text box, so the list does not close before the click lands.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onChoose}
      onMouseMove={onPoint}
      className={cn(
        'flex cursor-pointer items-center gap-3 rounded-md px-2.5 py-2 text-sm text-foreground',
        active && 'bg-surface-muted',
      )}
    >
      {item.kind === 'product' && (
        <>
          <ProductThumbnail src={item.imageUrl} />
          <span className="min-w-0 flex-1 truncate text-muted-foreground">
            <HighlightMatch text={item.label} query={query} />
          </span>
          {item.price !== null && (
            <span className="shrink-0 text-xs text-muted-foreground tabular-nums">
              {item.price.varies && 'From '}
              {formatMoney(item.price.amount, item.price.currency, locale)}
            </span>
          )}
        </>
      )}
      {item.kind === 'category' && (
        <span className="min-w-0 flex-1 truncate text-muted-foreground">
          <HighlightMatch text={item.label} query={query} />
        </span>
      )}
      {item.kind === 'search' && (
        <>
          <SearchIcon className="size-4 shrink-0 text-subtle-foreground" />
          <span className="min-w-0 flex-1 truncate">
            Search for <span className="font-semibold">“{item.label}”</span>
          </span>
        </>
      )}
    </div>
  );
}
