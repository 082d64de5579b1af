'use client';

import { Alert, cn, SearchIcon, Spinner } from '@storeloom/ui';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

import type { CommandGroup, CommandItem } from '~/lib/command-results';

import { minimumSearchLength, useCommandSearch } from './use-command-search';

export interface CommandSearchDialogProps {
  onClose: () => void;
}

const groupOrder: CommandGroup[] = ['Orders', 'Products', 'Customers'];

/**
 * A combobox in a native modal <dialog> (focus trap, Escape and inert page from the browser).
 * Focus stays in the field; the arrows move the highlighted option, Enter opens it.
 */
export function CommandSearchDialog({ onClose }: CommandSearchDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  const listId = useId();
  const [text, setText] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  const { term, items, searching, failed } = useCommandSearch(text);
  const active = items.length === 0 ? undefined : items[Math.min(activeIndex, items.length - 1)];

  useEffect(() => {
    const dialog = ref.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
  }, []);

  function open(item: CommandItem) {
    onClose();
    router.push(item.href);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (items.length === 0) return;
    const current = active === undefined ? 0 : items.indexOf(active);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActiveIndex((current + step + items.length) % items.length);
    } else if (event.key === 'Enter' && active !== undefined) {
      event.preventDefault();
      open(active);
    }
  }

  const tooShort = text.trim().length < minimumSearchLength;
  const settled = !searching && term === text.trim();

  return (
    <dialog
      ref={ref}
      aria-label="Search the store"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> itself, never on its content.
        if (event.target === event.currentTarget) onClose();
      }}
      className="mx-auto mt-[12vh] w-[calc(100%-2rem)] max-w-xl rounded-xl border border-border bg-surface p-0 text-foreground shadow-xl backdrop:bg-zinc-950/40"
    >
      <div className="flex items-center gap-2 border-b border-border px-4">
        <SearchIcon aria-hidden className="size-4 shrink-0 text-muted-foreground" />
        <input
          type="text"
          role="combobox"
          aria-label="Search orders, products and customers"
          aria-expanded={items.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={active?.key}
          placeholder="Search orders, products and customers"
          autoComplete="off"
          spellCheck={false}
          maxLength={120}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setActiveIndex(0);
          }}
          onKeyDown={onKeyDown}
          className="h-12 flex-1 bg-transparent text-sm outline-none placeholder:text-muted-foreground"
        />
        {searching && <Spinner size="sm" label="Searching" />}
      </div>

      <div className="max-h-[60vh] overflow-y-auto p-2">
        {tooShort ? (
          <p className="px-2 py-6 text-center text-sm text-muted-foreground">
            An order number, an email, a product or a customer&apos;s name.
          </p>
        ) : (
          <>
            {failed.length > 0 && (
              <Alert tone="danger" className="mb-2">
                Could not search {failed.map((group) => group.toLowerCase()).join(' and ')} right
                now. Try again in a moment.
              </Alert>
            )}
            {items.length === 0 && settled && failed.length === 0 && (
              <p role="status" className="px-2 py-6 text-center text-sm text-muted-foreground">
                No orders, products or customers match &ldquo;{term}&rdquo;.
              </p>
            )}
            <ul id={listId} role="listbox" aria-label="Results">
              {groupOrder.map((group) => {
                const groupItems = items.filter((item) => item.group === group);
                if (groupItems.length === 0) return null;
                return (
                  <li key={group} role="presentation">
                    <p
                      id={`${listId}-${group}`}
                      className="px-2 pt-2 pb-1 text-xs font-medium text-muted-foreground"
                    >
                      {group}
                    </p>
                    <ul role="group" aria-labelledby={`${listId}-${group}`}>
                      {groupItems.map((item) => (
                        <li
                          key={item.key}
                          id={item.key}
                          role="option"
                          aria-selected={item === active}
                          onMouseMove={() => {
                            setActiveIndex(items.indexOf(item));
                          }}
                          onClick={() => {
                            open(item);
                          }}
                          className={cn(
                            'flex cursor-pointer flex-col rounded-md px-2 py-1.5 text-sm',
                            item === active && 'bg-surface-muted',
                          )}
                        >
                          <span className="truncate font-medium">{item.label}</span>
                          {item.detail !== null && (
                            <span className="truncate text-xs text-muted-foreground">
                              {item.detail}
                            </span>
                          )}
                        </li>
                      ))}
                    </ul>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </div>

      <p className="border-t border-border px-4 py-2 text-xs text-muted-foreground">
        <kbd>↑</kbd> <kbd>↓</kbd> to move · <kbd>Enter</kbd> to open · <kbd>Esc</kbd> to close
      </p>
    </dialog>
  );
}
