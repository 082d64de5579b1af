import {
  Alert,
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
  PageHeader,
} from '@storeloom/ui';
import { emailTemplateKeySchema } from '@storeloom/validators';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { BackLink } from '~/components/back-link';
import { EmailFrame } from '~/components/emails/email-frame';
import { PlainTextCard } from '~/components/emails/plain-text-card';
import { getQueryClient, trpc } from '~/trpc/server';

export const metadata: Metadata = { title: 'Email preview' };

interface TemplatePreviewPageProps {
  params: Promise<{ templateKey: string }>;
}

/**
 * One template rendered with its sample data in the store's branding: the subject, the HTML in a
 * sandboxed frame and the plain-text part, as a customer would receive them.
 */
export default async function TemplatePreviewPage({ params }: TemplatePreviewPageProps) {
  const key = emailTemplateKeySchema.safeParse((await params).templateKey);
  if (!key.success) notFound();
  const templateKey = key.data;
  const queryClient = getQueryClient();
  const [templates, preview] = await Promise.all([
    queryClient.query(trpc.emails.templates.list.queryOptions()),
    queryClient.query(trpc.emails.templates.preview.queryOptions({ templateKey })),
  ]);
  const template = templates.find((item) => item.templateKey === templateKey);

  return (
    <>
      <PageHeader
        eyebrow={<BackLink href="/emails/templates">Templates</BackLink>}
        title={template?.name ?? templateKey}
        description="Shown with sample data in your store's branding. Real emails carry the order, customer or link they are about."
      />
      <div className="space-y-4">
        {template?.isEnabled === false && (
          <Alert tone="warning" title="Your store does not send this email">
            It is turned off for your store, so customers never receive it.
          </Alert>
        )}
        <Card>
          <CardHeader>
            <CardDescription>Subject</CardDescription>
            <CardTitle className="text-base">{preview.subject}</CardTitle>
          </CardHeader>
          <CardContent>
            <EmailFrame title={`Preview: ${preview.subject}`} html={preview.html} />
          </CardContent>
        </Card>
        <PlainTextCard text={preview.text} />
      </div>
    </>
  );
}
