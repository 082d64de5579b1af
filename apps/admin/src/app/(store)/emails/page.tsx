import { Badge, Card, CardContent, CardHeader, CardTitle, PageHeader, cn } from '@storeloom/ui';
import { emailTemplateKeySchema } from '@storeloom/validators';
import type { Metadata } from 'next';
import Link from 'next/link';

import { getQueryClient, trpc } from '~/trpc/server';

export const metadata: Metadata = { title: 'Email templates' };

interface EmailsPageProps {
  searchParams: Promise<{ template?: string | string[] }>;
}

/**
 * Every transactional template, and the selected one rendered with sample data in the store's
 * branding. The preview is a sandboxed iframe: the email's HTML never runs in the admin's origin.
 */
export default async function EmailsPage({ searchParams }: EmailsPageProps) {
  const { template } = await searchParams;
  const queryClient = getQueryClient();
  const templates = await queryClient.query(trpc.emails.templates.list.queryOptions());
  const requested = emailTemplateKeySchema.safeParse(template);
  const selected = requested.success ? requested.data : templates[0]?.templateKey;
  const preview = selected
    ? await queryClient.query(trpc.emails.templates.preview.queryOptions({ templateKey: selected }))
    : null;

  return (
    <>
      <PageHeader
        title="Email templates"
        description="What your customers and team receive, shown with sample data in your store's colours."
      />
      <div className="grid gap-4 lg:grid-cols-[18rem_1fr]">
        <Card>
          <nav aria-label="Templates">
            <ul className="divide-y divide-border">
              {templates.map((item) => (
                <li key={item.templateKey}>
                  <Link
                    href={`/emails?template=${item.templateKey}`}
                    aria-current={item.templateKey === selected ? 'page' : undefined}
                    className={cn(
                      'flex items-center justify-between gap-2 px-4 py-3 text-sm hover:bg-zinc-50',
                      item.templateKey === selected && 'bg-zinc-50 font-medium',
                    )}
                  >
                    <span>{item.name}</span>
                    {!item.isEnabled && <Badge tone="neutral">Off</Badge>}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </Card>
        {preview && (
          <Card>
            <CardHeader>
              <CardTitle>{preview.subject}</CardTitle>
            </CardHeader>
            <CardContent>
              <iframe
                title={`Preview: ${preview.subject}`}
                srcDoc={preview.html}
                sandbox=""
                className="h-[48rem] w-full rounded-md border border-border bg-white"
              />
            </CardContent>
          </Card>
        )}
      </div>
    </>
  );
}
