import { InngestTestEngine } from '@inngest/test';
import type { Context, InngestFunction } from 'inngest';

import type { ResolveDependencies } from '../workflow-dependencies.ts';

/** For unit tests: every step is mocked, so a step that reaches its dependencies is a test bug. */
export const noDependencies: ResolveDependencies = () => {
  throw new Error('This step is not mocked: unit tests mock every step they reach');
};

export interface RecordedWait {
  id: string;
  options: unknown;
}

/**
 * Runs a function under @inngest/test with its steps answered by `steps` (step id → result)
 * and each `waitForEvent` answered in turn from `waitResults` (an event, or null for a
 * timeout). Waits are replaced in transformCtx: mocking them through `steps` hits inngest-js
 * issue 1652, and an un-mocked wait never resolves in the test engine. Returns the result or
 * error, the step ids that ran, in order, and the waits with their options.
 */
export async function executeWithMockedSteps({
  fn,
  event,
  steps,
  waitResults = [],
}: {
  fn: InngestFunction.Like;
  event: { name: string; data: Record<string, unknown> };
  steps: Record<string, unknown>;
  waitResults?: unknown[];
}) {
  const ran: string[] = [];
  let waits: RecordedWait[] = [];
  const engine = new InngestTestEngine({
    function: fn,
    events: [event],
    steps: Object.entries(steps).map(([id, data]) => ({
      id,
      handler: () => {
        ran.push(id);
        return data;
      },
    })),
    // Called once per execution: the engine runs the function again from the top for each new
    // step, so the n-th wait of an execution is always answered with the n-th result.
    transformCtx: (ctx: Context.Any): Context.Any => {
      waits = [];
      const step = Object.assign(Object.create(ctx.step) as Context.Any['step'], {
        sleep: () => Promise.resolve(),
        waitForEvent: (id: string, options: unknown) => {
          waits.push({ id, options });
          return Promise.resolve(waitResults[waits.length - 1] ?? null);
        },
      });
      return { ...ctx, step };
    },
  });
  const { result, error } = await engine.execute();
  return { result, error, ran, waits };
}
