import { ListPageSkeleton } from '@storeloom/ui';

/** Header and table placeholder while the estimates load. */
export default function Loading() {
  return <ListPageSkeleton />;
}
