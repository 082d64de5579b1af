import { describe, expect, it, vi } from 'vitest';

import { createLatestCartStore } from './latest-cart';

interface TestCart {
  itemCount: number;
}

describe('createLatestCartStore', () => {
  it('knows nothing until told', () => {
    expect(createLatestCartStore<TestCart>().get()).toBeNull();
  });

  it('keeps the newest cart and tells every listener', () => {
    const store = createLatestCartStore<TestCart>();
    const listener = vi.fn();
    store.subscribe(listener);
    const cart = { itemCount: 3 };
    store.publishCart(cart, 1000);
    expect(store.get()).toEqual({ itemCount: 3, cart, receivedAt: 1000 });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('ignores the same cart again and an older one', () => {
    const store = createLatestCartStore<TestCart>();
    const listener = vi.fn();
    store.subscribe(listener);
    const newer = { itemCount: 2 };
    store.publishCart(newer, 2000);
    store.publishCart(newer, 3000);
    store.publishCart({ itemCount: 7 }, 1000);
    expect(store.get()?.cart).toBe(newer);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('takes a server count, which has no lines, and a later cart over it', () => {
    const store = createLatestCartStore<TestCart>();
    store.publishServerCount(4, 1000);
    expect(store.get()).toEqual({ itemCount: 4, cart: null, receivedAt: 1000 });
    store.publishCart({ itemCount: 5 }, 1500);
    expect(store.get()?.itemCount).toBe(5);
    store.publishServerCount(0, 2000);
    expect(store.get()).toEqual({ itemCount: 0, cart: null, receivedAt: 2000 });
  });

  it('does not repeat an unchanged server count', () => {
    const store = createLatestCartStore<TestCart>();
    const listener = vi.fn();
    store.subscribe(listener);
    store.publishServerCount(1, 1000);
    store.publishServerCount(1, 2000);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('stops telling a listener that unsubscribed', () => {
    const store = createLatestCartStore<TestCart>();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    unsubscribe();
    store.publishCart({ itemCount: 1 }, 1000);
    expect(listener).not.toHaveBeenCalled();
  });
});
