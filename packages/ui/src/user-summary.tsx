import { Avatar } from './avatar';

export interface UserSummaryProps {
  name: string;
  email: string;
  avatarUrl?: string | null;
}

/** Signed-in member in the top bar; the name hides on small screens, the avatar keeps it identifiable. */
export function UserSummary({ name, email, avatarUrl }: UserSummaryProps) {
  return (
    <div className="flex items-center gap-2">
      <Avatar name={name} src={avatarUrl} size="sm" decorative />
      <div className="hidden min-w-0 leading-tight sm:block">
        <p className="truncate text-sm font-medium text-foreground">{name}</p>
        <p className="truncate text-xs text-subtle-foreground">{email}</p>
      </div>
    </div>
  );
}
