import { createNextConfig } from '@storeloom/next-config';

// Operator console: never framed (clickjacking on destructive actions).
export default createNextConfig({
  frameAncestors: "'none'",
  experimental: {
    // forbidden(): a signed-in non-operator gets a real 403 with the "Operators only" page.
    authInterrupts: true,
  },
});
