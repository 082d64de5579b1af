import { Card, EmptyState, WarningIcon } from '@storeloom/ui';

/** The active store exists but is not open (suspended or closed), so merchant calls are refused. */
export function StoreUnavailable({
  name,
  status,
  hasOtherStores,
}: {
  name: string;
  status: string;
  hasOtherStores: boolean;
}) {
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
