import { PERMISSION_MATRIX, PERMISSIONS } from './permissions';
import type { StoreRole } from './roles';
import { STORE_ROLES } from './roles';

/**
 * The matrix as a Markdown table. docs/auth.md embeds this exact text and a test
 * compares them, so the documentation cannot drift from the code.
 */
export function renderPermissionTable(): string {
  const header = `| permission | ${STORE_ROLES.join(' | ')} |`;
  const divider = `|---|${STORE_ROLES.map(() => ':-:').join('|')}|`;
  const rows = PERMISSIONS.map((permission) => {
    const holders: readonly StoreRole[] = PERMISSION_MATRIX[permission];
    const cells = STORE_ROLES.map((role) => (holders.includes(role) ? '✓' : ''));
    return `| \`${permission}\` | ${cells.join(' | ')} |`;
  });
  return [header, divider, ...rows].join('\n');
}
