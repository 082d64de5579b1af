'use client';

import { Input, SearchIcon, Select, Spinner } from '@storeloom/ui';
import { useEffect, useState } from 'react';

import { TENANT_STATUSES, type TenantStatusFilter } from '~/lib/tenant-filters';

export interface TenantToolbarProps {
  search: string;
  status: TenantStatusFilter | undefined;
  /** A newer result is on its way (typing, filtering, paging). */
  fetching: boolean;
  onSearch: (search: string) => void;
  onStatus: (status: TenantStatusFilter | undefined) => void;
}

const SEARCH_DEBOUNCE_MS = 300;

const statusLabels: Record<TenantStatusFilter, string> = {
  active: 'Active',
  suspended: 'Suspended',
  closed: 'Closed',
};

export function TenantToolbar({
  search,
  status,
  fetching,
  onSearch,
  onStatus,
}: TenantToolbarProps) {
  const [text, setText] = useState(search);
  const [urlSearch, setUrlSearch] = useState(search);
  // The URL changed without typing (back button, "clear filters"): show what it says.
  if (search !== urlSearch) {
    setUrlSearch(search);
    setText(search);
  }

  useEffect(() => {
    const trimmed = text.trim();
    if (trimmed === search) return;
    // One request per pause in typing, not per keystroke.
    const timer = setTimeout(() => {
      onSearch(trimmed);
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [text, search, onSearch]);

  return (
    <div className="flex flex-col gap-3 border-b border-border p-4 sm:flex-row sm:items-center">
      <div className="relative flex-1">
        <SearchIcon className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-subtle-foreground" />
        <Input
          type="search"
          aria-label="Search stores by name or slug"
          placeholder="Search by name or slug"
          className="pl-8"
          maxLength={100}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
          }}
        />
      </div>
      <div className="flex items-center gap-3">
        {fetching && <Spinner size="sm" label="Updating" className="text-subtle-foreground" />}
        <div className="w-44">
          <Select
            aria-label="Filter by status"
            value={status ?? ''}
            onChange={(event) => {
              const next = TENANT_STATUSES.find((option) => option === event.target.value);
              onStatus(next);
            }}
          >
            <option value="">All statuses</option>
            {TENANT_STATUSES.map((option) => (
              <option key={option} value={option}>
                {statusLabels[option]}
              </option>
            ))}
          </Select>
        </div>
      </div>
    </div>
  );
}
