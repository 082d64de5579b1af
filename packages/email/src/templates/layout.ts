import {
  Body,
  Container,
  Head,
  Hr,
  Html,
  Img,
  Link,
  Preview,
  Section,
  Text,
} from '@react-email/components';
import type { EmailBranding } from '@storeloom/validators';
import { createElement as h, type ReactElement, type ReactNode } from 'react';

// Templates are written with createElement rather than JSX so the packages that import them
// (core, workflows, api) compile without JSX settings of their own.

const page = {
  backgroundColor: '#f4f4f5',
  fontFamily: 'Helvetica, Arial, sans-serif',
  color: '#111827',
  margin: 0,
  padding: '24px 0',
};
const card = {
  backgroundColor: '#ffffff',
  borderRadius: '8px',
  maxWidth: '560px',
  margin: '0 auto',
  padding: '32px',
};
const footerText = { color: '#6b7280', fontSize: '12px', lineHeight: '18px', margin: '4px 0' };

function header(branding: EmailBranding): ReactElement {
  return h(
    Section,
    { style: { borderBottom: `3px solid ${branding.primaryColor}`, marginBottom: 24 } },
    branding.logoUrl
      ? h(Img, { src: branding.logoUrl, alt: branding.storeName, height: '40' })
      : h(
          Text,
          { style: { fontSize: '20px', fontWeight: 700, color: branding.primaryColor } },
          branding.storeName,
        ),
  );
}

function footer(branding: EmailBranding): ReactNode[] {
  return [
    h(Hr, { key: 'rule', style: { borderColor: '#e5e7eb', margin: '32px 0 16px' } }),
    h(
      Text,
      { key: 'name', style: footerText },
      branding.storeUrl
        ? h(
            Link,
            { href: branding.storeUrl, style: { color: branding.primaryColor } },
            branding.storeName,
          )
        : branding.storeName,
    ),
    branding.address ? h(Text, { key: 'address', style: footerText }, branding.address) : null,
    branding.contactEmail
      ? h(
          Text,
          { key: 'contact', style: footerText },
          'Questions? Write to ',
          h(Link, { href: `mailto:${branding.contactEmail}` }, branding.contactEmail),
        )
      : null,
  ];
}

/**
 * Every email: the store's logo (or name) over a rule in its colour, the content, and a footer
 * with its name, address and contact email. `preview` is the inbox line after the subject.
 */
export function emailLayout(
  { branding, preview }: { branding: EmailBranding; preview: string },
  ...children: ReactNode[]
): ReactElement {
  return h(
    Html,
    { lang: branding.locale.slice(0, 2) },
    h(Head),
    h(Preview, null, preview),
    h(
      Body,
      { style: page },
      h(Container, { style: card }, header(branding), ...children, ...footer(branding)),
    ),
  );
}
