import { ButtonLink, CartIcon, EmptyState } from '@storeloom/ui';
import { Link } from '~/components/link';

export interface EmptyCartProps {
  onNavigate?: () => void;
  titleAs?: 'h2' | 'h3';
}

export function EmptyCart({ onNavigate, titleAs = 'h2' }: EmptyCartProps) {
  return (
    <EmptyState
      icon={<CartIcon />}
      title="Your cart is empty"
      titleAs={titleAs}
      description="Nothing here yet. Find something you like and it will wait for you here."
      action={
        <ButtonLink href="/" linkComponent={Link} onClick={onNavigate}>
          Continue shopping
        </ButtonLink>
      }
    />
  );
}
