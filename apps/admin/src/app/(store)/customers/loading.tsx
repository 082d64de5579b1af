import { ListPageSkeleton } from '@storeloom/ui';

/** Header and table placeholder while the customers load. */
export default function Loading() {
  return <ListPageSkeleton />;
}
