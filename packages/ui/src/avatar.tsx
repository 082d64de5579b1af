import { cn } from './cn';
import { initials } from './initials';

export type AvatarSize = 'sm' | 'md' | 'lg';

export interface AvatarProps {
  name: string;
  /** Optional photo; initials show when absent. */
  src?: string | null;
  size?: AvatarSize;
  /** Square suits stores and brands, round suits people. */
  shape?: 'circle' | 'square';
  /**
   * Replaces the automatic name-based tint, e.g. `bg-accent text-accent-foreground` for a brand mark.
   * A separate prop because `cn` does not resolve conflicting utilities passed through `className`.
   */
  colorClassName?: string;
  /** Set when the name is already written next to the avatar, so screen readers do not read it twice. */
  decorative?: boolean;
  className?: string;
}

const sizes: Record<AvatarSize, string> = {
  sm: 'size-6 text-[10px]',
  md: 'size-8 text-xs',
  lg: 'size-10 text-sm',
};

// Soft tints picked by name so the same person keeps the same colour across pages.
const tints = [
  'bg-sky-100 text-sky-800',
  'bg-emerald-100 text-emerald-800',
  'bg-amber-100 text-amber-900',
  'bg-rose-100 text-rose-800',
  'bg-violet-100 text-violet-800',
  'bg-zinc-200 text-zinc-700',
] as const;

function tintFor(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return tints[hash % tints.length] ?? tints[0];
}

export function Avatar({
  name,
  src,
  size = 'md',
  shape = 'circle',
  colorClassName,
  decorative = false,
  className,
}: AvatarProps) {
  const classes = cn(
    'inline-flex shrink-0 items-center justify-center overflow-hidden font-semibold select-none',
    shape === 'circle' ? 'rounded-full' : 'rounded-md',
    sizes[size],
    className,
  );
  if (src != null && src !== '') {
    return <img src={src} alt={decorative ? '' : name} className={cn(classes, 'object-cover')} />;
  }
  return (
    <span
      {...(decorative ? { 'aria-hidden': true } : { role: 'img', 'aria-label': name })}
      className={cn(classes, colorClassName ?? tintFor(name))}
    >
      {initials(name)}
    </span>
  );
}
