/** "vip, wholesale,  vip" → ["vip", "wholesale"]: how the tags field is typed and how it is saved. */
export function parseTagList(text: string): string[] {
  const tags = text.split(',').map((tag) => tag.trim());
  return [...new Set(tags.filter((tag) => tag !== ''))];
}

export function formatTagList(tags: readonly string[]): string {
  return tags.join(', ');
}
