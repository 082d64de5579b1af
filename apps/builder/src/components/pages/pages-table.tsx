import type { RouterOutputs } from '@storeloom/api';
import { DateTime, Table, TBody, TD, TH, THead, TR } from '@storeloom/ui';

import { PageStatusBadge } from './page-status-badge';

type Page = RouterOutputs['pages']['list'][number];

const kindLabels: Record<Page['kind'], string> = {
  home: 'Home page',
  landing: 'Landing page',
  content: 'Content page',
  product_template: 'Product template',
  collection_template: 'Collection template',
};

/** Where the page lives on the storefront; templates have no address of their own. */
function pathOf(page: Page): string {
  if (page.kind === 'home') return '/';
  if (page.kind === 'product_template' || page.kind === 'collection_template') return '—';
  return `/pages/${page.slug}`;
}

export function PagesTable({ pages }: { pages: Page[] }) {
  return (
    <Table>
      <THead>
        <TR>
          <TH className="pl-4">Title</TH>
          <TH>Address</TH>
          <TH>Kind</TH>
          <TH>Status</TH>
          <TH numeric>Versions</TH>
          <TH className="pr-4">Updated</TH>
        </TR>
      </THead>
      <TBody>
        {pages.map((page) => (
          <TR key={page.id}>
            <TD className="pl-4">
              <p className="font-medium">{page.title}</p>
              <p className="text-xs text-subtle-foreground">{page.slug}</p>
            </TD>
            <TD className="font-mono text-xs text-muted-foreground">{pathOf(page)}</TD>
            <TD className="text-muted-foreground">{kindLabels[page.kind]}</TD>
            <TD>
              <div className="flex flex-col items-start gap-0.5">
                <PageStatusBadge status={page.status} />
                {page.status === 'published' && page.publishedAt !== null && (
                  <span className="text-xs text-subtle-foreground">
                    <DateTime value={page.publishedAt} style="date" />
                  </span>
                )}
              </div>
            </TD>
            <TD numeric>{page.versionCount}</TD>
            <TD className="pr-4 whitespace-nowrap text-muted-foreground">
              <DateTime value={page.updatedAt} />
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
