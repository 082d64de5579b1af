import { newsletterSourceSchema } from '@storeloom/validators';
import { TRPCError } from '@trpc/server';

import type { SignupError } from '~/lib/newsletter/newsletter-messages';
import { storeRouteError } from '~/lib/seo/store-route-error';
import { api } from '~/trpc/server';

/** A relative Location keeps the shopper on the host they used (subdomain or custom domain). */
function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location } });
}

const signupFailed = (error: SignupError) => seeOther(`/newsletter/sign-up?error=${error}`);

function field(form: FormData | null, name: string): string {
  const value = form?.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** Why a signup failed, as the page the shopper is sent back to; anything unexpected is rethrown. */
function signupFailure(error: unknown): Response {
  const storeError = storeRouteError(error);
  if (storeError) return storeError;
  if (!(error instanceof TRPCError)) throw error;
  switch (error.code) {
    case 'BAD_REQUEST':
      return signupFailed('invalid_email');
    case 'TOO_MANY_REQUESTS':
      return signupFailed('rate_limited');
    // The API has logged it with its request id; the shopper gets the form back with a word.
    case 'INTERNAL_SERVER_ERROR':
      return signupFailed('unavailable');
    default:
      throw error;
  }
}

/**
 * The target of every newsletter signup form (footer, builder blocks): a plain form post, so
 * it works without JavaScript. Success goes to "check your inbox"; a bad address, too many
 * attempts or a failure on our side back to the signup page with the reason. The `source` is a
 * hidden field the shopper cannot fix, so a malformed one is dropped rather than failing the
 * signup.
 */
export async function POST(request: Request): Promise<Response> {
  const form = await request.formData().catch(() => null);
  const email = field(form, 'email');
  if (email === '') return signupFailed('missing_email');
  const source = newsletterSourceSchema.safeParse(field(form, 'source'));
  const caller = await api();
  try {
    await caller.storefront.newsletter.subscribe({
      email,
      source: source.success ? source.data : undefined,
    });
  } catch (error) {
    return signupFailure(error);
  }
  return seeOther('/newsletter/signed-up');
}

/** Someone opened the form's address itself: show them the form. */
export function GET(): Response {
  return seeOther('/newsletter/sign-up');
}
