// What `@playwright/test` resolves to for the specs in e2e/ (see "paths" in tsconfig.json).
// e2e/ belongs to no package, so Node cannot find @playwright/test from there; this module lives
// where it can. It re-exports `playwright/test`, which is exactly what @playwright/test does,
// so config, fixtures and specs share one Playwright instance.
export * from 'playwright/test';
export { default } from 'playwright/test';
