import { existsSync } from 'node:fs';

/**
 * The logo source the renderer may load: a data URI, or a local file that exists. Anything else
 * (a remote URL slipped past validation, a deleted file) is skipped so the document still renders
 * and nothing is fetched from the network.
 */
export function logoSource(logo: string | null): string | null {
  if (logo === null) return null;
  if (logo.startsWith('data:image/')) return logo;
  if (logo.startsWith('/') && existsSync(logo)) return logo;
  return null;
}
