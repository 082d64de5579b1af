import { describe, expect, it } from 'vitest';

import {
  createEventFetch,
  setProcessEventSink,
  withEventSink,
  type OutgoingEvent,
} from './event-sink.ts';

const network: typeof fetch = () => Promise.resolve(new Response('from the network'));

describe("the Inngest client's fetch", () => {
  it('hands event sends inside a run to the runner and answers as Inngest does', async () => {
    const received: OutgoingEvent[] = [];
    const sink = (events: OutgoingEvent[]) => {
      received.push(...events);
      return Promise.resolve(events.map((_, i) => `id-${i}`));
    };
    const eventFetch = createEventFetch(network);
    const response = await withEventSink(sink, () =>
      eventFetch('http://localhost:8288/e/NO_EVENT_KEY_SET', {
        method: 'POST',
        body: JSON.stringify([{ name: 'test/a', data: { n: 1 } }, { name: 'test/b' }]),
      }),
    );
    expect(await response.json()).toEqual({ ids: ['id-0', 'id-1'], status: 200 });
    expect(received.map((event) => event.name)).toEqual(['test/a', 'test/b']);
  });

  it('uses the process-wide runner outside runs, and the network without one', async () => {
    const eventFetch = createEventFetch(network);
    const send = () =>
      eventFetch('http://localhost:8288/e/key', { method: 'POST', body: '{"name":"x"}' });
    const remove = setProcessEventSink((events) => Promise.resolve(events.map(() => 'local')));
    expect(await (await send()).json()).toEqual({ ids: ['local'], status: 200 });
    remove();
    expect(await (await send()).text()).toBe('from the network');
  });

  it('leaves every other request to the network', async () => {
    const eventFetch = createEventFetch(network);
    const sink = () => Promise.resolve(['never']);
    const response = await withEventSink(sink, () =>
      eventFetch('http://localhost:8288/v1/checkpoint'),
    );
    expect(await response.text()).toBe('from the network');
  });
});
