import type { RouterInputs } from '@storeloom/api';

export const TENANT_STATUSES = ['active', 'suspended', 'closed'] as const;
export type TenantStatusFilter = (typeof TENANT_STATUSES)[number];

export const TENANTS_PAGE_SIZE = 20;

export interface TenantFilters {
  search: string;
  status: TenantStatusFilter | undefined;
  cursor: string | undefined;
}

type ParamReader = Pick<URLSearchParams, 'get'>;

function isStatus(value: string | null): value is TenantStatusFilter {
  return TENANT_STATUSES.some((status) => status === value);
}

/**
 * The tenant list's state lives in the URL (shareable, survives reload). Values the API would
 * reject are dropped here rather than turned into an error page.
 */
export function readTenantFilters(params: ParamReader): TenantFilters {
  const status = params.get('status');
  const cursor = params.get('cursor');
  return {
    search: (params.get('search') ?? '').trim().slice(0, 100),
    status: isStatus(status) ? status : undefined,
    cursor: cursor !== null && cursor !== '' && cursor.length <= 256 ? cursor : undefined,
  };
}

export function tenantListInput(
  filters: TenantFilters,
): RouterInputs['platform']['tenants']['list'] {
  return {
    search: filters.search === '' ? undefined : filters.search,
    status: filters.status,
    cursor: filters.cursor,
    limit: TENANTS_PAGE_SIZE,
  };
}

/** `?search=..&status=..&cursor=..` with empty values left out. */
export function tenantFiltersQuery(filters: TenantFilters): string {
  const params = new URLSearchParams();
  if (filters.search !== '') params.set('search', filters.search);
  if (filters.status !== undefined) params.set('status', filters.status);
  if (filters.cursor !== undefined) params.set('cursor', filters.cursor);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}
