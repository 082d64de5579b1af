'use client';

import type { LinkComponentProps } from '@storeloom/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';

import { SWITCH_STORE_PARAM } from '~/lib/switch-store-href';
import { useTRPC } from '~/trpc/react';

/**
 * Link component for the StoreSwitcher. Switching changes the session, so it is a POST
 * (`auth.switchStore`) rather than a navigation; the href is only the no-JS fallback, a harmless
 * GET of the dashboard.
 */
export function StoreSwitchLink({ href, onClick, children, ...props }: LinkComponentProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const storeId = new URL(href, 'http://switch.invalid').searchParams.get(SWITCH_STORE_PARAM);
  const switchStore = useMutation(
    trpc.auth.switchStore.mutationOptions({
      onSuccess: async () => {
        // Every cached query belongs to the previous store.
        await queryClient.invalidateQueries();
        router.refresh();
      },
    }),
  );

  return (
    <a
      {...props}
      href={href}
      aria-busy={switchStore.isPending || undefined}
      title={switchStore.isError ? switchStore.error.message : props.title}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented || storeId === null) return;
        event.preventDefault();
        event.currentTarget.closest('details')?.removeAttribute('open');
        if (props['aria-current'] === 'true') return;
        switchStore.mutate({ tenantId: storeId });
      }}
    >
      {children}
    </a>
  );
}
