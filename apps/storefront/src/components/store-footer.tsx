import { Link } from '~/components/link';

import { FooterNewsletter } from './newsletter/footer-newsletter';

export interface StoreFooterLink {
  href: string;
  label: string;
}

export interface StoreFooterProps {
  storeName: string;
  /** Pages from the builder and policies, e.g. Shipping, Returns, Contact. */
  links: StoreFooterLink[];
  /** Passed in rather than read from the clock so the footer renders the same in every cache. */
  year: number;
}

export function StoreFooter({ storeName, links, year }: StoreFooterProps) {
  return (
    <footer className="mt-16 border-t border-border bg-surface">
      <FooterNewsletter storeName={storeName} />
      <div className="mx-auto flex w-full max-w-7xl flex-col gap-6 px-4 py-10 sm:px-6 md:flex-row md:items-center md:justify-between">
        {links.length > 0 && (
          <nav aria-label="Footer">
            <ul className="flex flex-wrap gap-x-6 gap-y-2">
              {links.map((link) => (
                <li key={link.href}>
                  <Link
                    href={link.href}
                    className="text-sm text-muted-foreground hover:text-foreground"
                  >
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <p className="text-sm text-subtle-foreground">
          © {year} {storeName}. Powered by Storeloom.
        </p>
      </div>
    </footer>
  );
}
