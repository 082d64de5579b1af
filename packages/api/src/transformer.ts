import superjson from 'superjson';

import { isImmutableResult } from './cache/immutable-results.ts';

type Serialized = ReturnType<typeof superjson.serialize>;

const serializedOnce = new WeakMap<object, Serialized>();

/**
 * superjson both ways (clients keep using plain superjson). Walking a large result is most of
 * the cost of a cached storefront read, so a cached, frozen result is serialized once; the
 * WeakMap lets the output go when the cache does.
 */
export const transformer = {
  input: superjson,
  output: {
    serialize(value: unknown): Serialized {
      if (!isImmutableResult(value)) return superjson.serialize(value);
      let serialized = serializedOnce.get(value);
      if (!serialized) {
        serialized = superjson.serialize(value);
        serializedOnce.set(value, serialized);
      }
      return serialized;
    },
    deserialize: (value: Serialized): unknown => superjson.deserialize(value),
  },
};
