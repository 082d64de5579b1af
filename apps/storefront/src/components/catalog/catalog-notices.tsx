import { Alert } from '@storeloom/ui';

export interface CatalogNoticesProps {
  messages: string[];
}

/** Why part of the URL was not used (a bad price, an expired page link), in plain words. */
export function CatalogNotices({ messages }: CatalogNoticesProps) {
  if (messages.length === 0) return null;
  return (
    <Alert tone="warning" title="Some of your choices could not be used" className="mb-6">
      {messages.length === 1 ? (
        <p>{messages[0]}</p>
      ) : (
        <ul className="list-disc space-y-1 pl-4">
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
