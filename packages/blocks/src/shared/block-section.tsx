import { cn } from '@storeloom/ui';
import type { ReactNode } from 'react';

import type { BlockPlacement } from '../registry/render-context';

export type SectionTone = 'plain' | 'muted' | 'accent-soft' | 'accent';

const tones: Record<SectionTone, string> = {
  plain: '',
  muted: 'bg-surface-muted',
  'accent-soft': 'bg-accent-soft',
  accent: 'bg-accent text-accent-foreground',
};

export interface BlockSectionProps {
  blockId: string;
  placement: BlockPlacement;
  /** The id of the block's heading; names the section as a landmark region. */
  labelledBy?: string;
  tone?: SectionTone;
  /** `narrow` for reading text, `wide` for grids. */
  width?: 'narrow' | 'wide';
  className?: string;
  children: ReactNode;
}

/** DOM id of a block: a prefix keeps merchant ids from colliding with the page's own. */
export function blockDomId(blockId: string, part?: string): string {
  return part === undefined ? `block-${blockId}` : `block-${blockId}-${part}`;
}

/**
 * The frame of every block. At the top level it spans the page (so a tone can run edge to edge)
 * and centres its content in the page gutters; inside a column it is just a box.
 */
export function BlockSection({
  blockId,
  placement,
  labelledBy,
  tone = 'plain',
  width = 'wide',
  className,
  children,
}: BlockSectionProps) {
  // Only a named section is a landmark; an unnamed one would be noise to screen readers.
  const Element = labelledBy === undefined ? 'div' : 'section';
  if (placement.nested) {
    return (
      <Element
        id={blockDomId(blockId)}
        aria-labelledby={labelledBy}
        className={cn(tone !== 'plain' && `rounded-xl p-6 ${tones[tone]}`, className)}
      >
        {children}
      </Element>
    );
  }
  return (
    <Element
      id={blockDomId(blockId)}
      aria-labelledby={labelledBy}
      className={cn('scroll-mt-32 py-10 sm:py-14', tones[tone], className)}
    >
      <div
        className={cn(
          'mx-auto w-full px-4 sm:px-6',
          width === 'narrow' ? 'max-w-3xl' : 'max-w-7xl',
        )}
      >
        {children}
      </div>
    </Element>
  );
}
