/**
 * Up to two initials for an avatar: first and last word of a name, or the first letter of
 * an email's local part. Uses code points so accented and non-Latin names stay intact.
 */
export function initials(name: string): string {
  const base = name.includes('@') ? (name.split('@')[0] ?? '') : name;
  const words = base
    .split(/[\s._-]+/)
    .map((word) => word.trim())
    .filter((word) => word.length > 0);
  const first = words[0];
  if (first === undefined) return '?';
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const letters = [first, last].map((word) =>
    word === undefined ? '' : (Array.from(word)[0] ?? ''),
  );
  return letters.join('').toLocaleUpperCase();
}
