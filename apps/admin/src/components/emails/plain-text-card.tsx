import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@storeloom/ui';
import { useId } from 'react';

/** An email's text part, for mail clients that do not show HTML. */
export function PlainTextCard({ text }: { text: string }) {
  const titleId = useId();
  return (
    <Card aria-labelledby={titleId}>
      <CardHeader>
        <CardTitle id={titleId}>Plain text</CardTitle>
        <CardDescription>The same email for mail clients that do not show HTML.</CardDescription>
      </CardHeader>
      <CardContent>
        <pre className="max-h-96 overflow-auto rounded-md bg-surface-muted p-3 text-xs whitespace-pre-wrap">
          {text}
        </pre>
      </CardContent>
    </Card>
  );
}
