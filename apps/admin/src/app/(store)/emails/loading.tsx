import { ListPageSkeleton } from '@storeloom/ui';

/** Header and table placeholder while the outbox or the template list loads. */
export default function Loading() {
  return <ListPageSkeleton />;
}
