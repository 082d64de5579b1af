'use client';

import { cn, SearchIcon, Spinner } from '@storeloom/ui';
import Form from 'next/form';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import {
  Suspense,
  useEffect,
  useId,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';

import { SuggestionGroups } from './suggestion-groups';
import { suggestionItems, type SuggestionItem } from './suggestion-items';
import { useDebouncedValue } from './use-debounced-value';
import { useSuggestions } from './use-suggestions';

/** The suggestion API takes at most this much text; the search itself takes more. */
const SUGGEST_MAX_LENGTH = 100;
const SEARCH_MAX_LENGTH = 200;
const DEBOUNCE_MS = 150;

export interface SearchBoxProps {
  /** The text box's id; the header has one box for wide screens and one for small ones. */
  id: string;
  /** Text to show when the URL has none. */
  query?: string;
  /** For prices in the suggestions. */
  locale?: string;
  className?: string;
}

const inputClassName =
  'h-9 w-full rounded-full border border-border bg-surface-muted pr-9 pl-9 text-sm text-foreground placeholder:text-subtle-foreground focus-visible:border-accent focus-visible:bg-surface focus-visible:ring-3 focus-visible:ring-accent/20 focus-visible:outline-hidden [&::-webkit-search-cancel-button]:hidden';

function SearchIconSlot() {
  return (
    <SearchIcon className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-subtle-foreground" />
  );
}

/**
 * What the box shows before the interactive one has read the URL: the same GET form. Neither
 * form prefetches /search when it comes into view: every page shows them, few searches follow.
 */
function PlainSearchForm({ id, query, className }: SearchBoxProps) {
  return (
    <Form action="/search" prefetch={false} role="search" className={cn('relative', className)}>
      <label htmlFor={id} className="sr-only">
        Search products
      </label>
      <SearchIconSlot />
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={query}
        maxLength={SEARCH_MAX_LENGTH}
        placeholder="Search products"
        autoComplete="off"
        className={inputClassName}
      />
    </Form>
  );
}

function announcement(open: boolean, loading: boolean, failed: boolean, count: number): string {
  if (!open) return '';
  if (failed) return 'Suggestions are unavailable. Press Enter to search.';
  if (loading) return '';
  if (count === 0) return 'No suggestions. Press Enter to search.';
  return `${count} ${count === 1 ? 'suggestion' : 'suggestions'}. Use the up and down arrows to choose.`;
}

/**
 * The header's search: a WAI-ARIA combobox that suggests categories and products while the
 * shopper types, and a GET form to /search underneath, so Enter (and search without JavaScript)
 * always works. Suggestions are text, never markup.
 */
function SearchCombobox({ id, query: fallbackQuery = '', locale, className }: SearchBoxProps) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const urlQuery = pathname === '/search' ? (searchParams.get('q') ?? '') : fallbackQuery;
  // The box is uncontrolled, so text typed before hydration survives it; `text` mirrors it.
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(urlQuery);
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  // Follows navigation (back, a new search, another page); the effect below updates the box.
  const [shownFor, setShownFor] = useState({ pathname, urlQuery });
  if (shownFor.pathname !== pathname || shownFor.urlQuery !== urlQuery) {
    setShownFor({ pathname, urlQuery });
    setText(urlQuery);
    setOpen(false);
    setActiveIndex(-1);
  }
  useEffect(() => {
    if (inputRef.current !== null && inputRef.current.value !== urlQuery) {
      inputRef.current.value = urlQuery;
    }
  }, [pathname, urlQuery]);

  /** Catches up with text typed before hydration, which raised no change event. */
  function syncWith(input: HTMLInputElement) {
    if (input.value !== text) setText(input.value);
  }

  const typed = text.trim();
  const settled = useDebouncedValue(typed.slice(0, SUGGEST_MAX_LENGTH), DEBOUNCE_MS);
  const suggestions = useSuggestions(settled, open && settled !== '');

  const baseId = useId();
  const listboxId = `${baseId}-listbox`;
  const optionId = (index: number) => `${baseId}-option-${index}`;
  const items = typed === '' ? [] : suggestionItems(suggestions.data, typed);
  const expanded = open && items.length > 0;
  const loading = suggestions.data === undefined && (settled !== typed || suggestions.isFetching);
  const found = items.filter((item) => item.kind !== 'search').length;

  useEffect(() => {
    if (expanded && activeIndex >= 0) {
      document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: 'nearest' });
    }
    // optionId is derived from baseId, which never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [expanded, activeIndex]);

  function close() {
    setOpen(false);
    setActiveIndex(-1);
  }

  function choose(item: SuggestionItem) {
    close();
    router.push(item.href);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    syncWith(event.currentTarget);
    const count = items.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        if (count > 0) setActiveIndex((index) => (index + 1) % count);
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        if (count > 0) setActiveIndex((index) => (index <= 0 ? count - 1 : index - 1));
        break;
      case 'Enter': {
        const item = expanded ? items[activeIndex] : undefined;
        // Without a chosen option, Enter submits the form: a search for the text.
        if (item !== undefined) {
          event.preventDefault();
          choose(item);
        } else {
          close();
        }
        break;
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          close();
        } else if (event.currentTarget.value !== '') {
          event.preventDefault();
          event.currentTarget.value = '';
          setText('');
        }
        break;
      default:
        break;
    }
  }

  function onBlur(event: FocusEvent<HTMLFormElement>) {
    if (!event.currentTarget.contains(event.relatedTarget)) close();
  }

  const activeItem = expanded ? items[activeIndex] : undefined;
  return (
    <Form
      action="/search"
      prefetch={false}
      role="search"
      className={cn('relative', className)}
      onBlur={onBlur}
      onSubmit={close}
    >
      <label htmlFor={id} className="sr-only">
        Search products
      </label>
      <SearchIconSlot />
      <input
        id={id}
        name="q"
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={expanded ? listboxId : undefined}
        aria-activedescendant={activeItem === undefined ? undefined : optionId(activeIndex)}
        ref={inputRef}
        defaultValue={urlQuery}
        maxLength={SEARCH_MAX_LENGTH}
        placeholder="Search products"
        autoComplete="off"
        spellCheck={false}
        className={inputClassName}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActiveIndex(-1);
        }}
        onFocus={(event) => {
          syncWith(event.currentTarget);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      {open && loading && typed !== '' && (
        <Spinner className="absolute top-1/2 right-3 -translate-y-1/2 text-subtle-foreground" />
      )}

      {expanded && (
        <div
          id={listboxId}
          role="listbox"
          aria-label="Search suggestions"
          className="absolute top-full right-0 left-0 z-50 mt-2 max-h-[70vh] min-w-72 overflow-y-auto rounded-xl border border-border bg-surface p-1.5 shadow-lg"
        >
          <SuggestionGroups
            items={items}
            query={typed}
            activeIndex={activeIndex}
            optionId={optionId}
            locale={locale}
            onChoose={choose}
            onPoint={setActiveIndex}
          />
          {suggestions.isError && (
            <p className="px-2.5 py-2 text-xs text-muted-foreground">
              Suggestions are unavailable right now. Press Enter to search.
            </p>
          )}
          {!loading && !suggestions.isError && found === 0 && (
            <p className="px-2.5 py-2 text-xs text-muted-foreground">
              No quick matches. Press Enter to search all products.
            </p>
          )}
        </div>
      )}
      <p role="status" className="sr-only">
        {announcement(expanded, loading, suggestions.isError, found)}
      </p>
    </Form>
  );
}

/**
 * The header's search box. It reads the URL (to show the current search), which needs a Suspense
 * boundary; until then the plain form stands in, working the same without suggestions.
 */
export function SearchBox(props: SearchBoxProps) {
  return (
    <Suspense fallback={<PlainSearchForm {...props} />}>
      <SearchCombobox {...props} />
    </Suspense>
  );
}
