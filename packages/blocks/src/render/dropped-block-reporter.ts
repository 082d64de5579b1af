import type { PageDocumentIssue } from '../document/page-document-issue';
import { formatIssuePath } from '../document/page-document-issue';

export type DroppedBlockReporter = (pageKey: string, issues: readonly PageDocumentIssue[]) => void;

/**
 * Logs what lenient parsing dropped, once per page and block type (or issue kind): a published
 * page with an unknown block is rendered on every visit, and one line says enough. The memory is
 * bounded; when full it starts over, which at worst repeats a line.
 */
export function createDroppedBlockReporter({
  log,
  maxKeys = 1_000,
}: {
  log: (message: string) => void;
  maxKeys?: number;
}): DroppedBlockReporter {
  const seen = new Set<string>();
  return (pageKey, issues) => {
    for (const issue of issues) {
      const key = `${pageKey}\u0000${issue.blockType ?? issue.code}`;
      if (seen.has(key)) continue;
      if (seen.size >= maxKeys) seen.clear();
      seen.add(key);
      log(
        `[blocks] page ${pageKey}: dropped ${formatIssuePath(issue.path) || 'document'} (${issue.code}): ${issue.message}`,
      );
    }
  };
}
