import { describe, expect, it } from 'vitest';

import { createReadThroughCache } from './read-through-cache.ts';

function counter() {
  let calls = 0;
  return {
    load: (value: string) => () => {
      calls += 1;
      return Promise.resolve(value);
    },
    get calls() {
      return calls;
    },
  };
}

describe('createReadThroughCache', () => {
  it('loads once and then serves the stored value', async () => {
    const cache = createReadThroughCache<string>({ maxEntries: 10, ttlMs: 1_000 });
    const loads = counter();
    expect(await cache.getOrLoad('a', 'k', loads.load('v1'))).toBe('v1');
    expect(await cache.getOrLoad('a', 'k', loads.load('v2'))).toBe('v1');
    expect(loads.calls).toBe(1);
  });

  it('keeps stores apart', async () => {
    const cache = createReadThroughCache<string>({ maxEntries: 10, ttlMs: 1_000 });
    await cache.getOrLoad('a', 'k', () => Promise.resolve('store a'));
    expect(await cache.getOrLoad('b', 'k', () => Promise.resolve('store b'))).toBe('store b');
  });

  it('drops only the invalidated store', async () => {
    const cache = createReadThroughCache<string>({ maxEntries: 10, ttlMs: 1_000 });
    await cache.getOrLoad('a', 'k', () => Promise.resolve('a1'));
    await cache.getOrLoad('b', 'k', () => Promise.resolve('b1'));
    cache.invalidate('a');
    expect(await cache.getOrLoad('a', 'k', () => Promise.resolve('a2'))).toBe('a2');
    expect(await cache.getOrLoad('b', 'k', () => Promise.resolve('b2'))).toBe('b1');
    cache.clear();
    expect(await cache.getOrLoad('b', 'k', () => Promise.resolve('b3'))).toBe('b3');
  });

  it('expires entries after the TTL', async () => {
    let now = 0;
    const cache = createReadThroughCache<string>({ maxEntries: 10, ttlMs: 100, now: () => now });
    await cache.getOrLoad('a', 'k', () => Promise.resolve('old'));
    now = 99;
    expect(await cache.getOrLoad('a', 'k', () => Promise.resolve('new'))).toBe('old');
    now = 100;
    expect(await cache.getOrLoad('a', 'k', () => Promise.resolve('new'))).toBe('new');
  });

  it('evicts the least recently used entry beyond the bound', async () => {
    const cache = createReadThroughCache<string>({ maxEntries: 2, ttlMs: 1_000 });
    await cache.getOrLoad('a', 'one', () => Promise.resolve('1'));
    await cache.getOrLoad('a', 'two', () => Promise.resolve('2'));
    await cache.getOrLoad('a', 'one', () => Promise.resolve('unused'));
    await cache.getOrLoad('a', 'three', () => Promise.resolve('3'));
    expect(cache.size).toBe(2);
    expect(await cache.getOrLoad('a', 'one', () => Promise.resolve('reloaded'))).toBe('1');
    expect(await cache.getOrLoad('a', 'two', () => Promise.resolve('reloaded'))).toBe('reloaded');
  });

  it('shares one load between concurrent misses', async () => {
    const cache = createReadThroughCache<string>({ maxEntries: 10, ttlMs: 1_000 });
    const loads = counter();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => cache.getOrLoad('a', 'k', loads.load('v'))),
    );
    expect(results.every((value) => value === 'v')).toBe(true);
    expect(loads.calls).toBe(1);
  });

  it('never stores a load that overlapped an invalidation', async () => {
    const cache = createReadThroughCache<string>({ maxEntries: 10, ttlMs: 1_000 });
    let finish: (value: string) => void = () => undefined;
    const slow = cache.getOrLoad(
      'a',
      'k',
      () => new Promise<string>((resolve) => (finish = resolve)),
    );
    cache.invalidate('a');
    finish('read before the change');
    expect(await slow).toBe('read before the change');
    expect(await cache.getOrLoad('a', 'k', () => Promise.resolve('after'))).toBe('after');
  });

  it('does not cache failures', async () => {
    const cache = createReadThroughCache<string>({ maxEntries: 10, ttlMs: 1_000 });
    await expect(
      cache.getOrLoad('a', 'k', () => Promise.reject(new Error('boom'))),
    ).rejects.toThrow('boom');
    expect(await cache.getOrLoad('a', 'k', () => Promise.resolve('ok'))).toBe('ok');
  });

  it('loads every time while disabled', async () => {
    let on = false;
    const cache = createReadThroughCache<string>({
      maxEntries: 10,
      ttlMs: 1_000,
      enabled: () => on,
    });
    const loads = counter();
    await cache.getOrLoad('a', 'k', loads.load('v'));
    await cache.getOrLoad('a', 'k', loads.load('v'));
    expect(loads.calls).toBe(2);
    on = true;
    await cache.getOrLoad('a', 'k', loads.load('v'));
    await cache.getOrLoad('a', 'k', loads.load('v'));
    expect(loads.calls).toBe(3);
  });
});
