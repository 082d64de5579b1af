/**
 * A runner's claim on one run: the `lockedUntil` it wrote. Every write about the run is
 * conditional on that value and moves it forward, so a runner whose lease expired (and whose
 * run another runner took over) can no longer change the run.
 */
export interface Lease {
  runId: string;
  lockedUntil: Date;
}

export class LeaseLostError extends Error {
  constructor(runId: string) {
    super(`Run ${runId} is now driven by another runner`);
    this.name = 'LeaseLostError';
  }
}
