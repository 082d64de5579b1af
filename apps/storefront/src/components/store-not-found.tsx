import { SearchIcon } from '@storeloom/ui';

import { FullPageMessage } from './full-page-message';

export interface StoreNotFoundProps {
  /** The host that matched no store, echoed so a merchant setting up a domain sees what arrived. */
  host: string;
}

export function StoreNotFound({ host }: StoreNotFoundProps) {
  return (
    <FullPageMessage icon={<SearchIcon />} title="Store not found">
      <p>
        There is no store at <span className="font-medium text-foreground">{host}</span>. Check the
        address, or if this is your domain, finish connecting it in your store settings.
      </p>
    </FullPageMessage>
  );
}
