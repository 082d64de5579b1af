import 'server-only';

/** Resized store images kept in memory: enough for a catalogue's cards at a few widths. */
const MAX_BYTES = 48 * 1024 * 1024;

interface Entry {
  body: Buffer;
  etag: string;
}

const entries = new Map<string, Entry>();
let totalBytes = 0;

/**
 * A least-recently-used cache of resized images, keyed by media key and width. Keys never change
 * content (a new upload gets a new key), so an entry is only ever evicted for room.
 */
export const resizedMediaCache = {
  get(key: string): Entry | undefined {
    const entry = entries.get(key);
    if (entry === undefined) return undefined;
    // Re-inserting moves it to the back of Map's insertion order: most recently used.
    entries.delete(key);
    entries.set(key, entry);
    return entry;
  },
  set(key: string, entry: Entry): void {
    if (entry.body.byteLength > MAX_BYTES) return;
    const previous = entries.get(key);
    if (previous !== undefined) {
      entries.delete(key);
      totalBytes -= previous.body.byteLength;
    }
    entries.set(key, entry);
    totalBytes += entry.body.byteLength;
    for (const [oldestKey, oldest] of entries) {
      if (totalBytes <= MAX_BYTES) break;
      entries.delete(oldestKey);
      totalBytes -= oldest.body.byteLength;
    }
  },
};
