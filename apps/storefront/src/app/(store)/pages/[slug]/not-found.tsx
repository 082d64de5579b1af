import { ButtonLink, EmptyState, SearchIcon } from '@storeloom/ui';
import { Link } from '~/components/link';

/** A page that is not (or no longer) published; the proxy has already set 404. */
export default function PageNotFound() {
  return (
    <main className="mx-auto w-full max-w-3xl px-4 py-16 sm:px-6">
      <EmptyState
        icon={<SearchIcon />}
        titleAs="h1"
        title="Page not found"
        description="This page does not exist or is no longer available. The shop is still open."
        action={
          <>
            <ButtonLink href="/" linkComponent={Link}>
              Back to the store
            </ButtonLink>
            <ButtonLink href="/search" linkComponent={Link} variant="secondary">
              Browse all products
            </ButtonLink>
          </>
        }
        className="[&_h1]:text-2xl"
      />
    </main>
  );
}
