import type { EditorField } from '../registry/editor-fields';
import { findDisallowedMarkup } from '../rich-text/find-disallowed-markup';
import { isPlainObject } from './read-block-shape';

export interface MarkupProblem {
  path: (string | number)[];
  message: string;
}

/**
 * Forbidden markup in the rich-text props of one block, found through its editor fields (which
 * say which props hold HTML, including inside list items). Values of the wrong type are left to
 * the schema.
 */
export function auditRichText(props: unknown, fields: readonly EditorField[]): MarkupProblem[] {
  if (!isPlainObject(props)) return [];
  const problems: MarkupProblem[] = [];
  for (const field of fields) {
    const value = props[field.name];
    if (field.kind === 'richtext' && typeof value === 'string') {
      for (const message of findDisallowedMarkup(value)) {
        problems.push({ path: [field.name], message });
      }
    }
    if (field.kind === 'list' && Array.isArray(value)) {
      value.forEach((item: unknown, index) => {
        for (const problem of auditRichText(item, field.fields)) {
          problems.push({ path: [field.name, index, ...problem.path], message: problem.message });
        }
      });
    }
  }
  return problems;
}
