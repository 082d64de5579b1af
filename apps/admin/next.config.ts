import { createNextConfig } from '@storeloom/next-config';

// Merchant back office: never framed (clickjacking on destructive actions).
export default createNextConfig({ frameAncestors: "'none'" });
