import { createNextConfig } from '@storeloom/next-config';

// The editor frames its own preview routes, nothing else may frame it.
export default createNextConfig({ frameAncestors: "'self'" });
