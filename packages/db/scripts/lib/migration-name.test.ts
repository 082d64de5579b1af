import { describe, expect, it } from 'vitest';
import { migrationFolderName, migrationLockToml } from './migration-name';

describe('migrationFolderName', () => {
  const now = new Date('2026-03-04T05:06:07.890Z');

  it('prefixes a UTC timestamp and snake_cases the name', () => {
    expect(migrationFolderName('add Product SEO', now)).toBe('20260304050607_add_product_seo');
    expect(migrationFolderName('addProductSeo', now)).toBe('20260304050607_add_product_seo');
  });

  it('rejects names without letters or digits', () => {
    expect(() => migrationFolderName('--', now)).toThrow(/no letters or digits/);
  });

  it('declares the postgresql provider like Prisma', () => {
    expect(migrationLockToml).toContain(`provider = "postgresql"`);
  });
});
