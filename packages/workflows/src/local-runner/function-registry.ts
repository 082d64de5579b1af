import type { InngestFunction } from 'inngest';

import { inngestAppId } from '../client.ts';

/** Inngest's default: 3 retries, so 4 attempts per step. */
export const defaultRetries = 3;

export interface RegisteredFunction {
  /** The function's own id (`checkout`), as stored on runs. */
  id: string;
  /** `<appId>-<id>`, as the serve handler addresses it. */
  servedId: string;
  maxAttempts: number;
  eventNames: string[];
}

function triggerEventName(trigger: unknown): string | undefined {
  if (typeof trigger !== 'object' || trigger === null || !('event' in trigger)) return undefined;
  const event = trigger.event;
  if (typeof event === 'string') return event;
  if (typeof event === 'object' && event !== null && 'name' in event) {
    return typeof event.name === 'string' ? event.name : undefined;
  }
  return undefined;
}

/** What the runner needs to know about each function: id, retries, the events that start it. */
export function registerFunctions(functions: readonly InngestFunction.Any[]) {
  const byId = new Map<string, RegisteredFunction>();
  for (const fn of functions) {
    const id = fn.id();
    if (byId.has(id)) throw new Error(`Two workflow functions have the id "${id}"`);
    const triggers: unknown = fn.opts.triggers;
    const list: unknown[] = Array.isArray(triggers) ? triggers : [];
    const eventNames = list.map(triggerEventName).filter((name) => name !== undefined);
    byId.set(id, {
      id,
      servedId: fn.id(inngestAppId),
      maxAttempts: (fn.opts.retries ?? defaultRetries) + 1,
      eventNames,
    });
  }
  return {
    get: (id: string) => byId.get(id),
    ids: () => [...byId.keys()],
    triggeredBy: (eventName: string) =>
      [...byId.values()].filter((fn) => fn.eventNames.includes(eventName)),
  };
}

export type FunctionRegistry = ReturnType<typeof registerFunctions>;
