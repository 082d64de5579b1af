/** Template data that does not match the template's schema; `field` names the first bad one. */
export class EmailDataError extends Error {
  override readonly name = 'EmailDataError';

  constructor(
    readonly templateKey: string,
    readonly field: string,
    readonly issues: { path: string; message: string }[],
  ) {
    super(
      `The ${templateKey} email cannot be rendered: ${field || 'data'}: ${issues[0]?.message ?? 'invalid'}`,
    );
  }
}

/**
 * A transport could not hand the message over. `retriable` is true when trying again later may
 * succeed (provider down, rate limited, network); false when the message itself is refused.
 */
export class EmailDeliveryError extends Error {
  override readonly name = 'EmailDeliveryError';

  constructor(
    message: string,
    readonly retriable: boolean,
    readonly providerCode?: string,
  ) {
    super(message);
  }
}

/** An outbox operation on a row that does not exist here, or is in the wrong state for it. */
export class EmailOutboxError extends Error {
  override readonly name = 'EmailOutboxError';

  constructor(
    readonly code: 'not_found' | 'not_retriable',
    message: string,
  ) {
    super(message);
  }
}
