'use server';

import { redirect } from 'next/navigation';

import { linkFailureOf } from '~/lib/newsletter/api-failure';
import { api } from '~/trpc/server';

function tokenOf(formData: FormData): string {
  const token = formData.get('token');
  return typeof token === 'string' ? token : '';
}

/**
 * The "Confirm subscription" button. Confirming takes a POST, so mail scanners that open every
 * link cannot subscribe anyone. Redirects to the outcome, so it works without JavaScript.
 */
export async function confirmSubscription(formData: FormData): Promise<never> {
  let unsubscribeToken: string;
  try {
    ({ unsubscribeToken } = await (
      await api()
    ).storefront.newsletter.confirm({
      token: tokenOf(formData),
    }));
  } catch (error) {
    redirect(`/newsletter/confirm?status=${linkFailureOf(error)}`);
  }
  redirect(
    `/newsletter/confirm?status=confirmed&unsubscribe=${encodeURIComponent(unsubscribeToken)}`,
  );
}

/** The "Unsubscribe" button: one press, no questions. */
export async function unsubscribe(formData: FormData): Promise<never> {
  try {
    await (await api()).storefront.newsletter.unsubscribe({ token: tokenOf(formData) });
  } catch (error) {
    redirect(`/newsletter/unsubscribe?status=${linkFailureOf(error)}`);
  }
  redirect('/newsletter/unsubscribe?status=done');
}
