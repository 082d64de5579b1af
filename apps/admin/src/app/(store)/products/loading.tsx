import { ListPageSkeleton } from '@storeloom/ui';

/** Header and table placeholder while the products load. */
export default function Loading() {
  return <ListPageSkeleton />;
}
