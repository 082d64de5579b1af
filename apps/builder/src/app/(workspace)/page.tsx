import {
  Card,
  CardDescription,
  CardHeader,
  CardTitle,
  EmptyState,
  ListIcon,
  PageHeader,
} from '@storeloom/ui';
import type { Metadata } from 'next';

import { requireSession } from '~/auth/session';
import { PagesTable } from '~/components/pages/pages-table';
import { api } from '~/trpc/server';

export const metadata: Metadata = { title: 'Pages' };

export default async function PagesPage() {
  const session = await requireSession();
  const pages = await (await api()).pages.list();
  const published = pages.filter((page) => page.status === 'published').length;
  const storeName = session.activeStore?.name ?? 'your store';

  return (
    <>
      <PageHeader
        title="Pages"
        description={`The pages of ${storeName}: the home page, landing and content pages, and the templates for products and collections.`}
      />
      <Card className="overflow-hidden">
        <CardHeader>
          <CardTitle>All pages</CardTitle>
          <CardDescription>
            {pages.length === 0
              ? 'Nothing here yet.'
              : `${String(pages.length)} ${pages.length === 1 ? 'page' : 'pages'}, ${String(published)} published.`}
          </CardDescription>
        </CardHeader>
        {pages.length === 0 ? (
          <EmptyState
            icon={<ListIcon />}
            titleAs="h3"
            title="No pages yet"
            description="Pages built for this store appear here, with their drafts and published versions."
          />
        ) : (
          <div className="mt-2">
            <PagesTable pages={pages} />
          </div>
        )}
      </Card>
    </>
  );
}
