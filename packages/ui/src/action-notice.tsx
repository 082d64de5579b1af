import { Alert } from './alert';
import { Button } from './button';

/** Outcome of an action (invite sent, store suspended…), shown until dismissed or replaced. */
export interface Notice {
  tone: 'success' | 'danger';
  message: string;
}

export function ActionNotice({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  return (
    <Alert
      tone={notice.tone}
      actions={
        <Button variant="ghost" size="sm" onClick={onDismiss}>
          Dismiss
        </Button>
      }
    >
      {notice.message}
    </Alert>
  );
}
