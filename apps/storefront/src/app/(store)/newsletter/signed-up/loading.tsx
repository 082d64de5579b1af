import { NewsletterPanelSkeleton } from '~/components/newsletter/newsletter-panel-skeleton';

export default function Loading() {
  return <NewsletterPanelSkeleton />;
}
