import type { AnchorHTMLAttributes } from 'react';

import { buttonClassName, type ButtonSize, type ButtonVariant } from './button-styles';
import type { LinkComponent } from './link-component';

export interface ButtonLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  href: string;
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** e.g. `next/link`; defaults to a plain anchor. */
  linkComponent?: LinkComponent;
}

/** Navigation that looks like a button. Use it instead of a button with an onClick that navigates. */
export function ButtonLink({
  variant = 'primary',
  size = 'md',
  linkComponent: Link = 'a',
  className,
  ...props
}: ButtonLinkProps) {
  return <Link className={buttonClassName(variant, size, className)} {...props} />;
}
