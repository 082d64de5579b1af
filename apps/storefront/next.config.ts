import { createNextConfig } from '@storeloom/next-config';

// Only the store itself may frame its pages. The builder's live preview will need its origin added here
// (as a frame-ancestors source) once the preview embeds storefront pages cross-origin.
export default createNextConfig({
  frameAncestors: "'self'",
  transpilePackages: ['@storeloom/core', '@storeloom/blocks'],
  // Store media is resized by the media route, per store and host (src/lib/media-image-loader.ts).
  images: { loader: 'custom', loaderFile: './src/lib/media-image-loader.ts' },
});
