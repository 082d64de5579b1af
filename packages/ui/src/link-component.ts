import type { AnchorHTMLAttributes, ComponentType } from 'react';

export type LinkComponentProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  href: string;
};

/**
 * The element used for internal links. Defaults to a plain `<a>`; Next apps pass `next/link`
 * so navigation stays client-side. Kept as a prop because this package must not depend on Next.
 */
export type LinkComponent = ComponentType<LinkComponentProps> | 'a';
