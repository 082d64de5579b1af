import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { renderPermissionTable } from './permission-table';
import { PERMISSIONS } from './permissions';

describe('renderPermissionTable', () => {
  it('has a row per permission', () => {
    const lines = renderPermissionTable().split('\n');
    expect(lines).toHaveLength(PERMISSIONS.length + 2);
    expect(lines[0]).toBe('| permission | owner | admin | staff | viewer |');
    expect(lines).toContain('| `billing:manage` | ✓ |  |  |  |');
  });

  it('matches the table in docs/auth.md (regenerate it from renderPermissionTable)', () => {
    const docs = readFileSync(new URL('../../../docs/auth.md', import.meta.url), 'utf8');
    expect(docs).toContain(renderPermissionTable());
  });
});
