import { servedMediaWidth } from '@storeloom/core/media/media-image-widths';

/**
 * next/image's loader for the whole app. A store's own media (`/media/...`) is resized by the
 * media route, which checks the store before anything else (Next's shared optimiser caches by
 * URL across hosts, so it must not see store media). Anything else passes through untouched.
 */
export default function mediaImageLoader({ src, width }: { src: string; width: number }): string {
  if (!src.startsWith('/media/')) return src;
  return `${src}?w=${String(servedMediaWidth(width))}`;
}
