import type { EmbeddedPostgresHandle } from './start-embedded-postgres';

type Stoppable = Pick<EmbeddedPostgresHandle, 'stop' | 'pid' | 'reused'>;

/**
 * Stops the server on SIGINT/SIGTERM (then exits with the conventional code) and, as a last
 * resort on a plain `process.exit`, signals the postmaster synchronously: 'exit' handlers
 * cannot await, and an orphaned postmaster would keep the port and data directory locked.
 * Returns a function that removes the handlers.
 */
export function registerShutdown(server: Stoppable): () => void {
  if (server.reused) return () => undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    const code = signal === 'SIGINT' ? 130 : 143;
    server.stop().then(
      () => process.exit(code),
      () => process.exit(code),
    );
  };
  const onExit = () => {
    if (server.pid === undefined) return;
    try {
      // SIGINT is PostgreSQL's "fast shutdown": roll back open transactions, then exit cleanly.
      process.kill(server.pid, 'SIGINT');
    } catch {
      // Already gone.
    }
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('exit', onExit);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('exit', onExit);
  };
}
