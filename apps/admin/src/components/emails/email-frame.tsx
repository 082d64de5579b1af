import { cn } from '@storeloom/ui';

export interface EmailFrameProps {
  /** Names the frame for assistive tech, e.g. "Email preview: Order #1042 confirmed". */
  title: string;
  html: string;
  className?: string;
}

/**
 * An email's HTML as a mail client shows it. `sandbox=""` gives the document an opaque origin
 * with scripts, forms, popups and navigation all off, so whatever the HTML holds never runs in
 * the admin's origin or reaches its cookies.
 */
export function EmailFrame({ title, html, className }: EmailFrameProps) {
  return (
    <iframe
      title={title}
      srcDoc={html}
      sandbox=""
      className={cn('h-[40rem] w-full rounded-md border border-border bg-white', className)}
    />
  );
}
