/**
 * Outcomes the newsletter pages show, keyed by a short code in the query string. Only the code
 * travels in the URL; the text is ours, so a crafted link cannot put words on the page.
 */
export const signupErrors = {
  missing_email: 'Enter your email address.',
  invalid_email: 'Enter a valid email address, like name@example.com.',
  rate_limited: 'Too many signup attempts. Please try again in an hour.',
  unavailable:
    'Something went wrong on our side, and you are not signed up yet. Please try again in a few minutes.',
} as const;
export type SignupError = keyof typeof signupErrors;

export type LinkFailure = 'invalid' | 'expired';

export interface LinkFailureText {
  title: string;
  text: string;
}

export const confirmFailures: Record<LinkFailure, LinkFailureText> = {
  invalid: {
    title: 'This link does not work',
    text: 'It is not valid or has already been used. Only the link in the latest email we sent works.',
  },
  expired: {
    title: 'This link has expired',
    text: 'Confirmation links work for 7 days. Sign up again and we will send you a new one.',
  },
};

const unsubscribeLinkBroken: LinkFailureText = {
  title: 'This link does not work',
  text: 'Use the unsubscribe link in the latest email from us, copied in full.',
};

/** Unsubscribe links never expire; both outcomes read the same. */
export const unsubscribeFailures: Record<LinkFailure, LinkFailureText> = {
  invalid: unsubscribeLinkBroken,
  expired: unsubscribeLinkBroken,
};

/** Tokens are opaque here (the API checks them); this only keeps junk out of forms and links. */
export function tokenParam(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : undefined;
}

function isKeyOf<T extends object>(record: T, key: string): key is Extract<keyof T, string> {
  return Object.hasOwn(record, key);
}

/** The code in a query value when it is one of `codes`; anything else is ignored. */
export function pickCode<T extends object>(
  codes: T,
  value: string | string[] | undefined,
): Extract<keyof T, string> | undefined {
  return typeof value === 'string' && isKeyOf(codes, value) ? value : undefined;
}
