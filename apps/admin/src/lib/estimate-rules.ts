import type { EstimateStatusValue } from './estimate-filters';

/*
 * What the editor offers for each status, mirroring the server's rules (estimate-rules.ts and
 * the send, remove and convert functions in packages/core), which refuse anything else anyway.
 * "expired" is what readers see of a draft or sent estimate past its date: its date can still
 * be changed, which makes it a draft again.
 */

export function isEditable(status: EstimateStatusValue): boolean {
  return status === 'draft' || status === 'sent' || status === 'expired';
}

export function isSendable(status: EstimateStatusValue): boolean {
  return status === 'draft' || status === 'sent';
}

export function isDeletable(status: EstimateStatusValue): boolean {
  return status !== 'accepted' && status !== 'converted';
}

export function isConvertible(status: EstimateStatusValue): boolean {
  return status === 'accepted';
}
