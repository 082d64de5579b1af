import { describe, expect, it } from 'vitest';

import { safeNextPath } from './safe-next-path';

describe('safeNextPath', () => {
  it('keeps same-origin paths with their query and hash', () => {
    expect(safeNextPath('/team?tab=invites#invite')).toBe('/team?tab=invites#invite');
    expect(safeNextPath('/')).toBe('/');
  });

  it('falls back when there is nothing to follow', () => {
    expect(safeNextPath(null)).toBe('/');
    expect(safeNextPath(undefined, '/tenants')).toBe('/tenants');
    expect(safeNextPath('')).toBe('/');
  });

  it('refuses other origins and schemes', () => {
    for (const next of [
      'https://evil.test/',
      '//evil.test/path',
      '/\\evil.test',
      'javascript:alert(1)',
      'evil.test',
      '/\t/evil.test',
      '/\n/evil.test',
    ]) {
      expect(safeNextPath(next), next).toBe('/');
    }
  });

  it('does not send people back to the sign-in page', () => {
    expect(safeNextPath('/sign-in?next=/team')).toBe('/');
  });

  it('normalises dot segments instead of trusting them', () => {
    expect(safeNextPath('/a/../team')).toBe('/team');
  });
});
