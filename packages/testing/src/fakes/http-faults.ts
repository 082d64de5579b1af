import type { FakeResponse } from './http-server.ts';

/** Injected failures shared by the fakes: fail or slow down the next N requests. */
export interface FaultControls {
  /** The next `count` requests answer `status` (500 by default) without being processed. */
  failNext(count: number, status?: number, headers?: Record<string, string>): void;
  /** The next `count` responses are held back `ms` milliseconds (longer than a client's timeout). */
  delayNext(count: number, ms: number): void;
}

export interface FaultState {
  controls: FaultControls;
  /** Consumes one queued failure, if any. */
  takeFailure(): { status: number; headers: Record<string, string> } | undefined;
  /** Consumes one queued delay (0 when none). */
  takeDelay(): number;
  reset(): void;
}

export function createFaults(): FaultState {
  let failures: { status: number; headers: Record<string, string> }[] = [];
  let delays: number[] = [];
  return {
    controls: {
      failNext(count, status = 500, headers = {}) {
        for (let index = 0; index < count; index += 1) failures.push({ status, headers });
      },
      delayNext(count, ms) {
        for (let index = 0; index < count; index += 1) delays.push(ms);
      },
    },
    takeFailure: () => failures.shift(),
    takeDelay: () => delays.shift() ?? 0,
    reset() {
      failures = [];
      delays = [];
    },
  };
}

export const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Holds a computed response back, as a slow provider does after it has done the work. */
export async function delayed(response: FakeResponse, ms: number): Promise<FakeResponse> {
  if (ms > 0) await wait(ms);
  return response;
}
