import { AsyncLocalStorage } from 'node:async_hooks';

import { z } from 'zod';

/** An event as `inngest.send` / `step.sendEvent` post it to `/e/{key}`. */
export const outgoingEventSchema = z.object({
  id: z.string().min(1).max(256).optional(),
  name: z.string().min(1).max(256),
  data: z.record(z.string(), z.unknown()).optional(),
  ts: z.number().int().nonnegative().optional(),
});
export type OutgoingEvent = z.infer<typeof outgoingEventSchema>;

const sentBodySchema = z.union([
  z.array(outgoingEventSchema),
  outgoingEventSchema.transform((event) => [event]),
]);

/** Takes events in, returns their ids (the local runner's ingestion). */
export type EventSink = (events: OutgoingEvent[]) => Promise<string[]>;

const currentSink = new AsyncLocalStorage<EventSink>();
let processSink: EventSink | undefined;

/** Routes events sent inside `fn` (by the function being driven) to `sink`. */
export function withEventSink<T>(sink: EventSink, fn: () => Promise<T>): Promise<T> {
  return currentSink.run(sink, fn);
}

/**
 * The sink for `inngest.send` calls made outside any run (request handlers, scripts) while a
 * local runner is started in this process. Returns a function that removes it again.
 */
export function setProcessEventSink(sink: EventSink): () => void {
  processSink = sink;
  return () => {
    if (processSink === sink) processSink = undefined;
  };
}

function activeSink(): EventSink | undefined {
  return currentSink.getStore() ?? processSink;
}

function requestUrl(input: string | URL | Request): URL {
  if (input instanceof Request) return new URL(input.url);
  return new URL(input);
}

/**
 * The `fetch` given to the Inngest client. With a local runner active, the SDK's event sends
 * (`POST {eventBaseUrl}/e/{key}`) are answered here the way Inngest answers them; every other
 * request, and every request when no local runner is active, goes to the network.
 */
export function createEventFetch(networkFetch: typeof fetch = globalThis.fetch): typeof fetch {
  return async (input, init) => {
    const sink = activeSink();
    const url = requestUrl(input);
    if (!sink || !url.pathname.startsWith('/e/')) return networkFetch(input, init);
    const text =
      input instanceof Request ? await input.text() : await new Response(init?.body).text();
    const events = sentBodySchema.parse(JSON.parse(text));
    const ids = await sink(events);
    return Response.json({ ids, status: 200 });
  };
}
