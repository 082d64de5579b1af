import { shareImageText } from '~/lib/seo/share-image-text';

export interface StoreShareImageProps {
  name: string;
  tagline: string | null;
  /** Shown small at the top, e.g. `shop.example.com`. */
  host: string;
  background: string;
  foreground: string;
}

/**
 * The home page's link preview (Open Graph image, 1200×630): the store's name and tagline on
 * its accent colour. Rendered by next/og, which understands flexbox only: every element with
 * more than one child is a flex container.
 */
export function StoreShareImage({
  name,
  tagline,
  host,
  background,
  foreground,
}: StoreShareImageProps) {
  const title = shareImageText(name, 48);
  const subtitle = tagline === null ? '' : shareImageText(tagline, 140);
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '80px 88px',
        background,
        color: foreground,
        fontFamily: 'Inter',
      }}
    >
      <div style={{ display: 'flex', fontSize: 28, opacity: 0.8, letterSpacing: '0.04em' }}>
        {shareImageText(host, 60)}
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 28 }}>
        <div
          style={{
            display: 'flex',
            fontSize: title.length > 24 ? 84 : 108,
            fontWeight: 700,
            lineHeight: 1.05,
            letterSpacing: '-0.03em',
          }}
        >
          {title}
        </div>
        {subtitle !== '' && (
          <div
            style={{ display: 'flex', fontSize: 40, lineHeight: 1.3, opacity: 0.88, maxWidth: 980 }}
          >
            {subtitle}
          </div>
        )}
      </div>
    </div>
  );
}
