export interface BreadcrumbJsonLdItem {
  name: string;
  /** Absolute: structured data is read without the page's address. */
  url: string;
}

/** JSON in a script element: `<` is escaped so a name like `</script>` cannot end it early. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** schema.org BreadcrumbList, which search engines show as the page's trail. */
export function BreadcrumbJsonLd({ items }: { items: BreadcrumbJsonLdItem[] }) {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: item.url,
    })),
  };
  return (
    <script
      type="application/ld+json"
      // The only way to put JSON in a script element; scriptSafeJson keeps it inert.
      dangerouslySetInnerHTML={{ __html: scriptSafeJson(data) }}
    />
  );
}
