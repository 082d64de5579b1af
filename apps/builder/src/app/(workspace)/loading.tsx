import { ListPageSkeleton } from '@storeloom/ui';

/** Header and table placeholder, inside the builder shell. */
export default function Loading() {
  return <ListPageSkeleton />;
}
