/**
 * What applying a webhook did. `deferred`: kept as received until it can apply (a refund that
 * arrived before its payment's success); `note` says why an event was ignored.
 */
export interface AppliedEvent {
  status: 'processed' | 'ignored' | 'deferred';
  note: string | null;
}
