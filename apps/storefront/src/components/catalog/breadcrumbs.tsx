import { Link } from '~/components/link';

export interface Crumb {
  name: string;
  href: string;
}

/** Where a page sits in the store, from the home page down; the last crumb is this page. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted-foreground">
        {items.map((item, index) => {
          const current = index === items.length - 1;
          return (
            <li key={item.href} className="flex items-center gap-2">
              {index > 0 && (
                <span aria-hidden="true" className="text-subtle-foreground">
                  /
                </span>
              )}
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                className={
                  current
                    ? 'font-medium text-foreground'
                    : 'rounded-sm underline-offset-4 hover:text-foreground hover:underline'
                }
              >
                {item.name}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
