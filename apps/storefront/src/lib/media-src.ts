/**
 * Whether next/image should pass an image through untouched. Remote media (a merchant's S3
 * bucket, a data URL) is not in images.remotePatterns. Local store media (/media/...) is skipped
 * too: the optimiser caches by URL across hosts, which would let one store's host serve another
 * store's files past the media route's store check, and the stored files are already web-sized.
 */
export function skipImageOptimiser(src: string): boolean {
  return /^(?:[a-z]+:)?\/\//i.test(src) || src.startsWith('data:') || src.startsWith('/media/');
}
