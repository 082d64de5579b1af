import { describe, expect, it } from 'vitest';

import mediaImageLoader from './media-image-loader';

describe('mediaImageLoader', () => {
  it('asks the media route for a store image at a width it serves', () => {
    expect(mediaImageLoader({ src: '/media/tech-gadgets/lamp.webp', width: 384 })).toBe(
      '/media/tech-gadgets/lamp.webp?w=384',
    );
    expect(mediaImageLoader({ src: '/media/tech-gadgets/lamp.webp', width: 400 })).toBe(
      '/media/tech-gadgets/lamp.webp?w=640',
    );
  });

  it('leaves other images as they are', () => {
    expect(mediaImageLoader({ src: 'https://cdn.example.com/a.png', width: 640 })).toBe(
      'https://cdn.example.com/a.png',
    );
    expect(mediaImageLoader({ src: '/icon', width: 64 })).toBe('/icon');
  });
});
