import { BoxIcon, ButtonLink, EmptyState } from '@storeloom/ui';
import { Link } from '~/components/link';

export interface EmptyCategoryProps {
  name: string;
  /** Where to go up to; null for a top-level category. */
  parent: { name: string; href: string } | null;
}

/** A category with nothing on its shelf yet (no filter is to blame). */
export function EmptyCategory({ name, parent }: EmptyCategoryProps) {
  return (
    <div className="rounded-xl border border-dashed border-border-strong bg-surface">
      <EmptyState
        icon={<BoxIcon />}
        title={`Nothing in ${name} yet`}
        description="New products arrive regularly. In the meantime, have a look around the rest of the store."
        action={
          <>
            {parent !== null && (
              <ButtonLink href={parent.href} linkComponent={Link} variant="secondary">
                Back to {parent.name}
              </ButtonLink>
            )}
            <ButtonLink href="/search" linkComponent={Link} variant="secondary">
              Browse all products
            </ButtonLink>
          </>
        }
      />
    </div>
  );
}
