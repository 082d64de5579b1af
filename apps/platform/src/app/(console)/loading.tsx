import { ListPageSkeleton } from '@storeloom/ui';

/** Header and table placeholder, inside the console shell. */
export default function Loading() {
  return <ListPageSkeleton />;
}
