import { ButtonLink, EmptyState, SearchIcon } from '@storeloom/ui';
import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="flex min-h-[60dvh] items-center justify-center px-4">
      <EmptyState
        icon={<SearchIcon />}
        titleAs="h1"
        title="Page not found"
        description="This page does not exist, or you do not have access to it."
        action={
          <ButtonLink href="/" linkComponent={Link} variant="secondary">
            Go to the start page
          </ButtonLink>
        }
      />
    </main>
  );
}
