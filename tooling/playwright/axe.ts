// What e2e/fixtures/axe.ts imports as `@storeloom/playwright-config/axe` (see "paths" in
// tsconfig.json): @axe-core/playwright is installed here, and e2e/ belongs to no package.
export { AxeBuilder } from '@axe-core/playwright';
