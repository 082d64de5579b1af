import { ListPageSkeleton } from '@storeloom/ui';

/** Header and table placeholder while the orders load. */
export default function Loading() {
  return <ListPageSkeleton />;
}
