import type { StoreRole } from '@storeloom/auth/roles';

export const roleLabels: Record<StoreRole, string> = {
  owner: 'Owner',
  admin: 'Admin',
  staff: 'Staff',
  viewer: 'Viewer',
};

/** One line per role for the invite form, so people pick knowing what they grant. */
export const roleDescriptions: Record<StoreRole, string> = {
  owner: 'Everything, including billing and ownership',
  admin: 'Everything except billing and ownership',
  staff: 'Catalog, orders and customers; no settings, money or team',
  viewer: 'Read-only access',
};
