import { EmailPageSkeleton } from '~/components/emails/email-page-skeleton';

export default function Loading() {
  return <EmailPageSkeleton />;
}
