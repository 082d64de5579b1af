import { StoreIcon } from '@storeloom/ui';

import { FullPageMessage } from './full-page-message';

export interface StoreUnavailableProps {
  storeName: string;
}

/**
 * Shown for a suspended or closed store. Deliberately gives no reason: suspension details
 * are between the merchant and the platform, not for shoppers.
 */
export function StoreUnavailable({ storeName }: StoreUnavailableProps) {
  return (
    <FullPageMessage icon={<StoreIcon />} title={`${storeName} is temporarily unavailable`}>
      <p>The store is not taking orders right now. Please check back later.</p>
    </FullPageMessage>
  );
}
