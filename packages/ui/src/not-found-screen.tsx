import { ButtonLink } from './button-link';
import { EmptyState } from './empty-state';
import { SearchIcon } from './icons';
import type { LinkComponent } from './link-component';

export interface NotFoundScreenProps {
  /** `next/link` in the apps, so the way home stays a client navigation. */
  linkComponent: LinkComponent;
  description?: string;
  homeLabel?: string;
}

/** The body of an app's `app/not-found.tsx`; the defaults are the signed-in apps' wording. */
export function NotFoundScreen({
  linkComponent,
  description = 'This page does not exist, or you do not have access to it.',
  homeLabel = 'Go to the start page',
}: NotFoundScreenProps) {
  return (
    <main className="flex min-h-[60dvh] items-center justify-center px-4">
      <EmptyState
        icon={<SearchIcon />}
        titleAs="h1"
        title="Page not found"
        description={description}
        action={
          <ButtonLink href="/" linkComponent={linkComponent} variant="secondary">
            {homeLabel}
          </ButtonLink>
        }
      />
    </main>
  );
}
