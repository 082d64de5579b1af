import { DetailPageSkeleton } from '~/components/detail-page-skeleton';

/** An estimate's page while it loads: header, the form and lines, the totals. */
export default function Loading() {
  return <DetailPageSkeleton rows={4} facts={5} />;
}
