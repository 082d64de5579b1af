/**
 * The sender a store's email shows: its own display name in front of the platform's address
 * (`EMAIL_FROM`), since stores do not verify sending domains of their own.
 */
export function senderFor(displayName: string, defaultFrom: string): string {
  const address = /<([^>]+)>/.exec(defaultFrom)?.[1] ?? defaultFrom.trim();
  // Quotes, angle brackets and line breaks would change the header's meaning.
  const name = displayName.replace(/["<>\r\n\\]/g, '').trim();
  return name ? `"${name}" <${address}>` : `<${address}>`;
}
