import { ListPageSkeleton } from '@storeloom/ui';

/** Header and table placeholder while the run history loads. */
export default function Loading() {
  return <ListPageSkeleton />;
}
