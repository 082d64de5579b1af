'use client';

import { SearchIcon, useHydrated } from '@storeloom/ui';
import { useEffect, useState } from 'react';

import { CommandSearchDialog } from './command-search-dialog';

/**
 * The top bar's search over orders, products and customers: the button, or Cmd/Ctrl+K from
 * anywhere in the admin (also from inside a text field, as in most apps with this shortcut).
 */
export function CommandSearch() {
  const [open, setOpen] = useState(false);
  // Enabled once the shortcut listener is attached too, so the button never swallows a click.
  const hydrated = useHydrated();

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setOpen((wasOpen) => !wasOpen);
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);

  return (
    <>
      <button
        type="button"
        disabled={!hydrated}
        onClick={() => {
          setOpen(true);
        }}
        aria-keyshortcuts="Control+K Meta+K"
        className="flex h-9 w-full max-w-xs items-center gap-2 rounded-md border border-border bg-surface px-3 text-sm text-muted-foreground shadow-xs hover:bg-surface-muted disabled:opacity-70 focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
      >
        <SearchIcon aria-hidden className="size-4 shrink-0" />
        <span className="flex-1 text-left">Search…</span>
        <kbd className="hidden rounded border border-border px-1.5 font-sans text-xs sm:inline">
          Ctrl K
        </kbd>
      </button>
      {open && (
        <CommandSearchDialog
          onClose={() => {
            setOpen(false);
          }}
        />
      )}
    </>
  );
}
