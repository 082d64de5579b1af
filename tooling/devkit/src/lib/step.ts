import { oneLineReason } from './errors';
import { logStep } from './log';

/** Carries which step failed, so the single error line can say "database: …". */
export class StepFailure extends Error {
  override readonly name = 'StepFailure';
  constructor(
    readonly step: string,
    options: { cause: unknown },
  ) {
    super(`${step}: ${oneLineReason(options.cause)}`, options);
  }
}

/** Runs one start-up step and logs it as a single line with its duration. */
export async function step<T>(
  label: string,
  run: () => Promise<T>,
  describe: (value: T) => string,
): Promise<T> {
  const started = performance.now();
  let value: T;
  try {
    value = await run();
  } catch (err) {
    throw new StepFailure(label, { cause: err });
  }
  logStep(`${label}: ${describe(value)}`, performance.now() - started);
  return value;
}
