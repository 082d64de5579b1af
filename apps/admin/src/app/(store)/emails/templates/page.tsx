import { Card, CardDescription, CardHeader, CardTitle, PageHeader } from '@storeloom/ui';
import type { Metadata } from 'next';

import { EmailsTabs } from '~/components/emails/emails-tabs';
import { TemplatesTable } from '~/components/emails/templates-table';
import { getQueryClient, trpc } from '~/trpc/server';

export const metadata: Metadata = { title: 'Email templates' };

export default async function EmailTemplatesPage() {
  const templates = await getQueryClient().query(trpc.emails.templates.list.queryOptions());
  return (
    <>
      <PageHeader
        title="Emails"
        description="What your store sent to customers and your team, and whether it arrived."
      />
      <EmailsTabs current="templates" />
      <Card className="overflow-hidden">
        <CardHeader>
          <CardTitle>Templates</CardTitle>
          <CardDescription>
            Every email your store can send. Open one to preview it with sample data in your
            store&apos;s branding.
          </CardDescription>
        </CardHeader>
        <div className="mt-2">
          <TemplatesTable templates={templates} />
        </div>
      </Card>
    </>
  );
}
