import { TabLinks } from '@storeloom/ui';
import Link from 'next/link';

/** The two halves of the email area: what was sent, and what can be sent. */
export function EmailsTabs({ current }: { current: 'outbox' | 'templates' }) {
  return (
    <TabLinks
      label="Email sections"
      className="mb-4"
      linkComponent={Link}
      items={[
        { href: '/emails', label: 'Outbox', active: current === 'outbox' },
        { href: '/emails/templates', label: 'Templates', active: current === 'templates' },
      ]}
    />
  );
}
