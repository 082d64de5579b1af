/**
 * A bounded in-memory read-through cache whose entries belong to a store. `invalidate(tenantId)`
 * drops every entry of one store at once (a generation bump), `clear()` drops everything.
 * Concurrent misses of one key share a single load, and a load that overlaps an invalidation is
 * returned to its callers but never stored, so a change is never hidden behind an older result.
 */
export interface ReadThroughCache<T> {
  getOrLoad(tenantId: string, key: string, load: () => Promise<T>): Promise<T>;
  invalidate(tenantId: string): void;
  clear(): void;
  readonly size: number;
}

export interface ReadThroughCacheOptions {
  /** Least recently used entries go first beyond this. */
  maxEntries: number;
  /** The longest an entry is served, for what no notification covers. */
  ttlMs: number;
  /** When false (e.g. no change notifications), every call loads. */
  enabled?: () => boolean;
  now?: () => number;
}

interface Entry<T> {
  value: T;
  expiresAt: number;
}

export function createReadThroughCache<T>({
  maxEntries,
  ttlMs,
  enabled = () => true,
  now = Date.now,
}: ReadThroughCacheOptions): ReadThroughCache<T> {
  const entries = new Map<string, Entry<T>>();
  const loading = new Map<string, Promise<T>>();
  const generations = new Map<string, number>();
  let epoch = 0;

  const generationOf = (tenantId: string) =>
    `${String(epoch)}.${String(generations.get(tenantId) ?? 0)}`;
  const entryKey = (tenantId: string, key: string) =>
    `${tenantId}\u0000${generationOf(tenantId)}\u0000${key}`;

  const store = (fullKey: string, value: T) => {
    entries.delete(fullKey);
    entries.set(fullKey, { value, expiresAt: now() + ttlMs });
    while (entries.size > maxEntries) {
      const oldest = entries.keys().next();
      if (oldest.done) break;
      entries.delete(oldest.value);
    }
  };

  return {
    getOrLoad(tenantId, key, load) {
      if (!enabled()) return load();
      const fullKey = entryKey(tenantId, key);
      const hit = entries.get(fullKey);
      if (hit && hit.expiresAt > now()) {
        // Re-inserting keeps the Map in least-recently-used order.
        entries.delete(fullKey);
        entries.set(fullKey, hit);
        return Promise.resolve(hit.value);
      }
      if (hit) entries.delete(fullKey);
      const pending = loading.get(fullKey);
      if (pending) return pending;

      const loaded = load().then(
        (value) => {
          loading.delete(fullKey);
          // The key embeds the generation: an invalidation during the load changed it.
          if (entryKey(tenantId, key) === fullKey && enabled()) store(fullKey, value);
          return value;
        },
        (error: unknown) => {
          loading.delete(fullKey);
          throw error;
        },
      );
      loading.set(fullKey, loaded);
      return loaded;
    },
    invalidate(tenantId) {
      generations.set(tenantId, (generations.get(tenantId) ?? 0) + 1);
      const prefix = `${tenantId}\u0000`;
      for (const key of entries.keys()) if (key.startsWith(prefix)) entries.delete(key);
    },
    clear() {
      epoch += 1;
      generations.clear();
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}
