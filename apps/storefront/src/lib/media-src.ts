/**
 * Whether next/image should pass an image through untouched: remote media (a merchant's S3
 * bucket, a data URL) is not ours to resize. A store's own media (/media/...) goes through the
 * app's loader (media-image-loader.ts), which asks the media route for the width each slot needs.
 */
export function skipImageOptimiser(src: string): boolean {
  return /^(?:[a-z]+:)?\/\//i.test(src) || src.startsWith('data:');
}
