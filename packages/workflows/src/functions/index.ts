import type { InngestFunction } from 'inngest';

/** Every workflow function, served at /api/inngest and driven by the local runner. */
export const functions: InngestFunction.Any[] = [];
