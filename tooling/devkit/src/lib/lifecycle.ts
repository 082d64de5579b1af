import { logInfo } from './log';

export interface Lifecycle {
  /** Cleanup run on stop, last registered first (apps before the database they use). */
  onStop(step: () => Promise<void>): void;
  /** Synchronous fallback for a plain `process.exit`: 'exit' handlers cannot await. */
  onExit(step: () => void): void;
  /** Runs the cleanup once; later calls get the same promise. */
  stop(): Promise<void>;
  /** True once stopping began, so apps ending during shutdown are not reported as crashes. */
  isStopping(): boolean;
  /** Ctrl+C / SIGTERM: clean stop, then exit 130 / 143. A second signal exits at once. */
  handleSignals(): void;
}

/**
 * One owner for shutdown order. The db package's `registerShutdown` exits as soon as the
 * database is down, which would orphan the app servers, so the devkit sequences it here.
 */
export function createLifecycle(): Lifecycle {
  const steps: (() => Promise<void>)[] = [];
  const exitSteps: (() => void)[] = [];
  let stopping: Promise<void> | undefined;

  process.once('exit', () => {
    for (const step of exitSteps) step();
  });

  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      for (const step of [...steps].reverse()) {
        await step().catch((err: unknown) => {
          logInfo(`cleanup step failed: ${err instanceof Error ? err.message : String(err)}`);
        });
      }
    })());

  return {
    onStop: (step) => {
      steps.push(step);
    },
    onExit: (step) => {
      exitSteps.push(step);
    },
    stop,
    isStopping: () => stopping !== undefined,
    handleSignals: () => {
      let firstSignalAt = 0;
      const onSignal = (signal: NodeJS.Signals) => {
        if (stopping !== undefined) {
          // The same Ctrl+C often arrives twice (terminal group + tsx relaying it); only a
          // deliberate second press forces the exit, and the 'exit' hooks still kill the rest.
          if (performance.now() - firstSignalAt > 1000) process.exit(1);
          return;
        }
        firstSignalAt = performance.now();
        logInfo(`${signal} received, stopping…`);
        const code = signal === 'SIGINT' ? 130 : 143;
        void stop().finally(() => process.exit(code));
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
    },
  };
}
