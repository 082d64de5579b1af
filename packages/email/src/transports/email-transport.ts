/** An attachment as transports receive it: base64 content, file name and content type. */
export interface OutgoingAttachment {
  filename: string;
  contentType: string;
  contentBase64: string;
}

export interface OutgoingEmail {
  from: string;
  to: string;
  replyTo?: string | undefined;
  subject: string;
  html: string;
  text?: string | undefined;
  attachments?: OutgoingAttachment[] | undefined;
}

export interface EmailTransport {
  /** Recorded on the outbox row as `provider`. */
  readonly name: string;
  /**
   * Hands the message over. The idempotency key is the same on every attempt at one outbox row,
   * so a provider that honours it sends once however often this is retried. Throws
   * EmailDeliveryError.
   */
  send(
    message: OutgoingEmail,
    options: { idempotencyKey: string },
  ): Promise<{ providerMessageId: string | null }>;
}
