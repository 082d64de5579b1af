export type PageDocumentIssueCode =
  /** Not a version 1 document, or not JSON at all. */
  | 'invalid_document'
  | 'too_large'
  | 'too_many_blocks'
  | 'too_deep'
  /** Missing or malformed id, type, props or children. */
  | 'invalid_block'
  | 'duplicate_id'
  | 'unknown_block'
  /** A block where its type may not go (a column outside columns, a hero directly in columns). */
  | 'misplaced_block'
  | 'invalid_children'
  | 'invalid_props'
  /** Rich text with markup the policy forbids (scripts, handlers, javascript: links). */
  | 'unsafe_markup';

export type IssuePath = readonly (string | number)[];

export interface PageDocumentIssue {
  code: PageDocumentIssueCode;
  path: IssuePath;
  message: string;
  /** The block concerned, when the issue is about one. */
  blockId?: string;
  blockType?: string;
}

/** `blocks[0].children[1].props.heading`, for messages and logs. */
export function formatIssuePath(path: IssuePath): string {
  return path.reduce<string>(
    (text, part) =>
      typeof part === 'number'
        ? `${text}[${String(part)}]`
        : text === ''
          ? part
          : `${text}.${part}`,
    '',
  );
}
