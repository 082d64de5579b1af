import { DetailPageSkeleton } from '~/components/detail-page-skeleton';

/** A customer's page while it loads: header, figures, orders and the side cards. */
export default function Loading() {
  return <DetailPageSkeleton rows={4} facts={4} />;
}
