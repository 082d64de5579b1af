import { ChevronDownIcon, cn } from '@storeloom/ui';
import { Link } from '~/components/link';

export interface CategoryNavLink {
  href: string;
  name: string;
}

export interface CategoryNavItem extends CategoryNavLink {
  active?: boolean;
  /** Subcategories, shown in a menu under the top-level link on wide screens. */
  children?: CategoryNavLink[];
}

export interface CategoryNavProps {
  categories: CategoryNavItem[];
  className?: string;
}

function SubcategoryMenu({ parent, items }: { parent: string; items: CategoryNavLink[] }) {
  return (
    // CSS only (hover or keyboard focus inside the item), so the header stays a server component.
    <div className="absolute top-full left-0 z-40 hidden pt-1 md:group-focus-within:block md:group-hover:block">
      <ul
        aria-label={`${parent} subcategories`}
        className="min-w-52 rounded-lg border border-border bg-surface p-1.5 shadow-lg"
      >
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              className="block rounded-md px-3 py-2 text-sm whitespace-nowrap text-muted-foreground hover:bg-surface-muted hover:text-foreground"
            >
              {item.name}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Top-level categories in one row: it scrolls sideways on small screens so long lists never wrap
 * the header, and on wider screens each category opens a menu of its subcategories.
 */
export function CategoryNav({ categories, className }: CategoryNavProps) {
  if (categories.length === 0) return null;
  return (
    // The menus hang below the row, so the row may only clip (scroll) where they are hidden.
    <nav
      aria-label="Categories"
      className={cn('-mx-2 overflow-x-auto md:overflow-visible', className)}
    >
      <ul className="flex items-center gap-1 px-2 md:flex-wrap">
        {categories.map((category) => {
          const children = category.children ?? [];
          return (
            <li key={category.href} className="group relative shrink-0">
              <Link
                href={category.href}
                aria-current={category.active === true ? 'page' : undefined}
                className={cn(
                  'inline-flex h-9 items-center gap-1 rounded-md px-3 text-sm font-medium whitespace-nowrap transition-colors',
                  category.active === true
                    ? 'text-foreground underline decoration-accent decoration-2 underline-offset-[6px]'
                    : 'text-muted-foreground group-hover:bg-surface-muted group-hover:text-foreground',
                )}
              >
                {category.name}
                {children.length > 0 && (
                  <ChevronDownIcon className="hidden size-3.5 text-subtle-foreground md:block" />
                )}
              </Link>
              {children.length > 0 && <SubcategoryMenu parent={category.name} items={children} />}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
