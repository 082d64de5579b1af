/**
 * Estimate links carry a base64url token (32 random bytes, see packages/core `sendEstimate`).
 * Anything else cannot open an estimate, so it is "not found" without asking the database.
 */
const ESTIMATE_TOKEN_SHAPE = /^[\w-]{1,128}$/;

export function isEstimateTokenShape(token: string): boolean {
  return ESTIMATE_TOKEN_SHAPE.test(token);
}

/** The customer's page for an estimate, as emailed by the store. */
export const estimatePath = (token: string) => `/estimates/${token}`;

/** The estimate as a PDF download, beside its page. */
export const estimatePdfPath = (token: string) => `${estimatePath(token)}/pdf`;
