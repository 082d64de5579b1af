/**
 * `text` with the first case-insensitive occurrence of `query` in bold. Plain text nodes only:
 * whatever a shopper types is shown as typed, never interpreted as markup.
 */
export function HighlightMatch({ text, query }: { text: string; query: string }) {
  const at = query === '' ? -1 : text.toLowerCase().indexOf(query.toLowerCase());
  if (at === -1) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <mark className="bg-transparent font-semibold text-foreground">
        {text.slice(at, at + query.length)}
      </mark>
      {text.slice(at + query.length)}
    </>
  );
}
