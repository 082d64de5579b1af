import { DetailPageSkeleton } from '~/components/detail-page-skeleton';

/** An order's page while it loads: header, the lines, the customer and money cards. */
export default function Loading() {
  return <DetailPageSkeleton rows={3} facts={4} />;
}
