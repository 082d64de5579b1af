import { hasPermission } from '@storeloom/auth/permissions';
import { PageHeader } from '@storeloom/ui';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';

import { requireSession } from '~/auth/session';
import { BackLink } from '~/components/back-link';
import { NewEstimateForm } from '~/components/estimates/new-estimate-form';
import { getQueryClient, trpc } from '~/trpc/server';

export const metadata: Metadata = { title: 'New estimate' };

/** A blank estimate; saving creates it as a draft and opens it. */
export default async function NewEstimatePage() {
  const session = await requireSession();
  // Members who cannot write estimates are not offered the form; the server refuses anyway.
  if (!hasPermission(session.activeStore?.role ?? 'viewer', 'estimates:write')) {
    redirect('/estimates');
  }
  const store = await getQueryClient().query(trpc.store.get.queryOptions());

  return (
    <>
      <PageHeader
        eyebrow={<BackLink href="/estimates">Estimates</BackLink>}
        title="New estimate"
        description="Add the materials and labour; the margin updates as you price them."
      />
      <NewEstimateForm currency={store.currency} locale={store.locale} />
    </>
  );
}
