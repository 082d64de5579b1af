import { parsePageDocument } from '@storeloom/blocks';
import { planStore, storeProfiles } from '@storeloom/db/seed';
import { describe, expect, it } from 'vitest';

// The demo stores' pages are what a first visitor sees: each must be a document the builder could
// have saved, with no block the storefront would drop.
describe('seeded demo pages', () => {
  const now = new Date('2026-12-01T00:00:00Z');
  const pages = storeProfiles.flatMap((profile) =>
    planStore(profile, now).pages.map((page) => ({ store: profile.slug, ...page })),
  );

  it('seeds a home page for every demo store', () => {
    for (const profile of storeProfiles) {
      expect(
        pages.filter((page) => page.store === profile.slug && page.kind === 'home'),
      ).toHaveLength(1);
    }
  });

  it.each(pages.map((page) => [`${page.store} /${page.slug}`, page] as const))(
    '%s passes the strict page-document check',
    (_name, page) => {
      const result = parsePageDocument(page.content, { mode: 'strict' });
      expect(result.ok ? [] : result.issues).toEqual([]);
    },
  );
});
