import { Card } from './card';
import { EmptyState } from './empty-state';
import { WarningIcon } from './icons';

export interface MerchantStoreUnavailableProps {
  name: string;
  status: string;
  hasOtherStores: boolean;
}

/** The active store exists but is not open (suspended or closed), so merchant calls are refused. */
export function MerchantStoreUnavailable({
  name,
  status,
  hasOtherStores,
}: MerchantStoreUnavailableProps) {
  return (
    <Card>
      <EmptyState
        icon={<WarningIcon />}
        titleAs="h1"
        title={`${name} is ${status}`}
        description={
          <>
            The store cannot be managed while it is {status}. Contact Storeloom support to restore
            it.
            {hasOtherStores && ' You can switch to another of your stores in the sidebar.'}
          </>
        }
      />
    </Card>
  );
}
