import type { WorkflowRunModel as WorkflowRun } from '@storeloom/db';
import type { UnscopedClient } from '@storeloom/db/unscoped';
import { z } from 'zod';

import { retryTime, type BackoffOptions } from './backoff.ts';
import { resolveDeadline } from './durations.ts';
import { withEventSink, type EventSink } from './event-sink.ts';
import type { FunctionRegistry, RegisteredFunction } from './function-registry.ts';
import type { Lease } from './lease.ts';
import { loadClaimedRun, memoOf, pendingPosition, releaseLease } from './run-store.ts';
import {
  completePendingStep,
  finishRun,
  parkRun,
  recordStep,
  scheduleRetry,
  type TransitionContext,
} from './run-transitions.ts';
import {
  buildCallRequest,
  readCallOutcome,
  type CallOutcome,
  type MemoisedStep,
  type OutgoingOp,
  type ServeHandler,
} from './sdk-protocol.ts';
import { parseWaitMatch, UnsupportedWaitMatchError } from './wait-match.ts';

export interface DriveOptions {
  db: UnscopedClient;
  handler: ServeHandler;
  registry: FunctionRegistry;
  /** Where events the function sends go (the runner's ingestion). */
  sink: EventSink;
  leaseMs: number;
  backoff: BackoffOptions;
  clock: () => Date;
  /** Checked before every call into the function: a stopping runner finishes the current step only. */
  shouldStop: () => boolean;
}

const storedEventSchema = z.object({
  id: z.string(),
  name: z.string(),
  data: z.record(z.string(), z.unknown()),
  ts: z.number(),
});

type Next = 'continue' | 'stop';

const stepName = (op: OutgoingOp) => op.userland?.id ?? op.displayName ?? op.name ?? op.id;

const failure = (message: string) => ({ name: 'Error', message });

/** One claimed run, driven through the serve handler until it sleeps, waits, retries or ends. */
class RunDriver {
  private readonly memo: Record<string, MemoisedStep> = {};
  private readonly stack: string[] = [];
  private attempt: number;
  private requestVersion: string | undefined;
  private readonly tx: TransitionContext;

  constructor(
    private readonly options: DriveOptions,
    private readonly run: WorkflowRun,
    private readonly fn: RegisteredFunction,
    lease: Lease,
  ) {
    this.attempt = run.attempt;
    this.tx = { db: options.db, lease, run, clock: options.clock, leaseMs: options.leaseMs };
  }

  remember(hashedId: string, memo: MemoisedStep) {
    this.memo[hashedId] = memo;
    this.stack.push(hashedId);
  }

  async drive(): Promise<void> {
    const event = storedEventSchema.parse(this.run.event);
    while (!this.options.shouldStop()) {
      const outcome = await this.call('step', event);
      if ((await this.handle(outcome, event)) === 'stop') return;
    }
    await releaseLease(this.options.db, this.tx.lease);
  }

  private async call(stepId: string, event: z.infer<typeof storedEventSchema>) {
    const request = buildCallRequest({
      fnId: this.fn.servedId,
      stepId,
      runId: this.run.id,
      event,
      attempt: this.attempt,
      maxAttempts: this.fn.maxAttempts,
      steps: this.memo,
      stack: this.stack,
      requestVersion: this.requestVersion,
    });
    const response = await withEventSink(this.options.sink, () => this.options.handler(request));
    const read = await readCallOutcome(response, this.options.clock());
    this.requestVersion = read.requestVersion ?? this.requestVersion;
    return read.outcome;
  }

  private async handle(outcome: CallOutcome, event: z.infer<typeof storedEventSchema>) {
    switch (outcome.kind) {
      case 'completed':
        await finishRun(this.tx, { status: 'completed', result: outcome.result });
        return 'stop';
      case 'permanent-error':
        await finishRun(this.tx, { status: 'failed', error: outcome.error });
        return 'stop';
      case 'retriable-error':
        await this.retry(outcome.error, outcome.retryAt);
        return 'stop';
      case 'ops':
        return this.handleOps(outcome.ops, event, outcome.retryAt);
    }
  }

  private async handleOps(
    ops: OutgoingOp[],
    event: z.infer<typeof storedEventSchema>,
    retryAt: Date | undefined,
  ): Promise<Next> {
    const planned = ops.filter((op) => op.op === 'StepPlanned');
    if (planned.length > 0 && planned.length !== ops.length) {
      return this.fail('Sleeps or waits in parallel with other steps are not supported');
    }
    for (const op of planned) {
      // Each planned (parallel) step runs on its own request, addressed by its hash.
      const outcome = await this.call(op.id, event);
      const next =
        outcome.kind === 'ops' && outcome.ops.some((o) => o.op === 'StepPlanned')
          ? await this.fail(`Step "${stepName(op)}" was planned again instead of run`)
          : await this.handle(outcome, event);
      if (next === 'stop') return 'stop';
    }
    if (planned.length > 0) return 'continue';
    const [op] = ops;
    if (!op || ops.length > 1)
      return this.fail('Several sleeps or waits at once are not supported');
    return this.handleOp(op, retryAt);
  }

  private async handleOp(op: OutgoingOp, retryAt: Date | undefined): Promise<Next> {
    switch (op.op) {
      case 'StepRun':
      case 'StepFailed': {
        const memo: MemoisedStep = op.op === 'StepRun' ? { data: op.data } : { error: op.error };
        const position = this.stack.length;
        await recordStep(this.tx, {
          stepId: stepName(op),
          hashedId: op.id,
          memo,
          position,
          attempts: this.attempt + 1,
        });
        this.remember(op.id, memo);
        this.attempt = 0;
        return 'continue';
      }
      case 'StepError':
        await this.retry(op.error, retryAt);
        return 'stop';
      case 'Sleep':
        return this.sleep(op);
      case 'WaitForEvent':
        return this.wait(op);
      default:
        return this.fail(
          `Step "${stepName(op)}" uses ${op.op}, which the local runner does not run`,
        );
    }
  }

  private async sleep(op: OutgoingOp): Promise<Next> {
    const wakeAt = resolveDeadline(op.name ?? '', this.options.clock());
    if (!wakeAt)
      return this.fail(`Sleep "${stepName(op)}" has an unreadable duration "${op.name ?? ''}"`);
    await parkRun(
      this.tx,
      { stepId: stepName(op), hashedId: op.id },
      { status: 'sleeping', wakeAt },
    );
    return 'stop';
  }

  private async wait(op: OutgoingOp): Promise<Next> {
    const match = typeof op.opts?.if === 'string' ? op.opts.if : null;
    const timeout = typeof op.opts?.timeout === 'string' ? op.opts.timeout : '';
    const timeoutAt = resolveDeadline(timeout, this.options.clock());
    if (!op.name || !timeoutAt) {
      return this.fail(`waitForEvent "${stepName(op)}" needs an event name and a timeout`);
    }
    if (match !== null) {
      try {
        parseWaitMatch(match);
      } catch (error) {
        if (error instanceof UnsupportedWaitMatchError) return this.fail(error.message);
        throw error;
      }
    }
    await parkRun(
      this.tx,
      { stepId: stepName(op), hashedId: op.id },
      { status: 'waiting', eventName: op.name, match, timeoutAt },
    );
    return 'stop';
  }

  private async retry(error: unknown, retryAt: Date | undefined) {
    const attempt = this.attempt + 1;
    if (attempt >= this.fn.maxAttempts) {
      await finishRun(this.tx, { status: 'failed', error });
      return;
    }
    const at = retryTime(this.attempt, this.options.clock(), this.options.backoff, retryAt);
    await scheduleRetry(this.tx, { attempt, retryAt: at, error });
  }

  private async fail(message: string): Promise<Next> {
    await finishRun(this.tx, { status: 'failed', error: failure(message) });
    return 'stop';
  }

  /** A sleep that is over or a wait that timed out completes its step with null. */
  async resumeParked(pending: { hashedId: string } | undefined): Promise<boolean> {
    const now = this.options.clock();
    const { status, wakeAt, waitTimeoutAt } = this.run;
    if (status !== 'sleeping' && status !== 'waiting') return true;
    const due = status === 'sleeping' ? wakeAt : waitTimeoutAt;
    if (!pending || !due || due > now) return false;
    const position = this.stack.length;
    const done = await completePendingStep(this.tx, {
      hashedId: pending.hashedId,
      data: null,
      position,
    });
    if (done) this.remember(pending.hashedId, { data: null });
    return done;
  }
}

/**
 * Drives one run this runner has claimed. The run's memoised steps are loaded from the database
 * and sent with every call, so a run picked up after a restart continues after its last
 * completed step and never repeats one.
 */
export async function driveRun(options: DriveOptions, lease: Lease): Promise<void> {
  const loaded = await loadClaimedRun(options.db, lease);
  if (!loaded) return;
  const { run, steps } = loaded;
  const fn = options.registry.get(run.functionId);
  const driver = fn ? new RunDriver(options, run, fn, lease) : undefined;
  if (!driver) {
    const tx = { db: options.db, lease, run, clock: options.clock, leaseMs: options.leaseMs };
    await finishRun(tx, {
      status: 'failed',
      error: failure(`No workflow function "${run.functionId}" is registered with this runner`),
    });
    return;
  }
  for (const step of steps) {
    if (step.position !== pendingPosition) driver.remember(step.hashedId, memoOf(step));
  }
  const pending = steps.find((step) => step.position === pendingPosition);
  if (!(await driver.resumeParked(pending))) {
    await releaseLease(options.db, lease);
    return;
  }
  await driver.drive();
}
