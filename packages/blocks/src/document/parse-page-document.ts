import { blockRegistry } from '../registry/block-registry';
import type { BlockDefinition } from '../registry/define-block';
import { auditRichText } from './audit-rich-text';
import type { BlockNode, PageDocument } from './page-document';
import { PAGE_DOCUMENT_VERSION } from './page-document';
import type { IssuePath, PageDocumentIssue } from './page-document-issue';
import { defaultPageLimits, type PageLimits } from './page-limits';
import { isPlainObject, readBlockShape } from './read-block-shape';

/**
 * `strict` is for saving: any problem refuses the whole document. `lenient` is for rendering
 * published content: a bad block is dropped (and reported) so the rest of the page still shows.
 */
export type ParseMode = 'strict' | 'lenient';

export interface ParsePageOptions {
  mode: ParseMode;
  limits?: Partial<PageLimits>;
  registry?: ReadonlyMap<string, BlockDefinition>;
}

export type ParsePageResult =
  /** In lenient mode `issues` lists what was dropped; in strict mode it is empty. */
  | { ok: true; document: PageDocument; issues: PageDocumentIssue[] }
  | { ok: false; issues: PageDocumentIssue[] };

/** Strict mode stops collecting here: enough to fix, not enough to flood a response. */
const MAX_REPORTED_ISSUES = 50;

function documentByteSize(value: unknown): number | string {
  try {
    const text = JSON.stringify(value);
    return new TextEncoder().encode(text).byteLength;
  } catch {
    return 'The page is not plain JSON (it refers to itself or holds values JSON cannot store)';
  }
}

/**
 * Validates a page document against the block registry: the envelope, every block's props
 * (with defaults filled in and rich text sanitised), container rules, unique ids and the
 * limits. Returns the normalised document, or the issues with their paths.
 */
export function parsePageDocument(input: unknown, options: ParsePageOptions): ParsePageResult {
  const limits: PageLimits = { ...defaultPageLimits, ...options.limits };
  const registry = options.registry ?? blockRegistry;
  const strict = options.mode === 'strict';
  const issues: PageDocumentIssue[] = [];
  const report = (issue: PageDocumentIssue) => {
    if (issues.length < MAX_REPORTED_ISSUES) issues.push(issue);
  };

  if (!isPlainObject(input) || input.version !== PAGE_DOCUMENT_VERSION) {
    return {
      ok: false,
      issues: [{ code: 'invalid_document', path: [], message: 'Not a version 1 page document' }],
    };
  }
  if (!Array.isArray(input.blocks)) {
    return {
      ok: false,
      issues: [{ code: 'invalid_document', path: ['blocks'], message: 'blocks must be a list' }],
    };
  }
  if (strict) {
    const size = documentByteSize(input);
    if (typeof size === 'string') {
      return { ok: false, issues: [{ code: 'invalid_document', path: [], message: size }] };
    }
    if (size > limits.maxBytes) {
      const kb = (bytes: number) => `${String(Math.ceil(bytes / 1024))} kB`;
      return {
        ok: false,
        issues: [
          {
            code: 'too_large',
            path: [],
            message: `The page is ${kb(size)}; the limit is ${kb(limits.maxBytes)}`,
          },
        ],
      };
    }
  }

  const seenIds = new Set<string>();
  let visited = 0;
  let countReported = false;

  const walk = (
    list: readonly unknown[],
    path: IssuePath,
    depth: number,
    parent: BlockDefinition | null,
  ): BlockNode[] => {
    const nodes: BlockNode[] = [];
    for (const [index, value] of list.entries()) {
      const at = [...path, index];
      visited += 1;
      if (visited > limits.maxBlocks) {
        if (!countReported) {
          countReported = true;
          report({
            code: 'too_many_blocks',
            path: at,
            message: `A page holds at most ${String(limits.maxBlocks)} blocks`,
          });
        }
        break;
      }
      const node = readNode(value, at, depth, parent);
      if (node !== null) nodes.push(node);
    }
    return nodes;
  };

  const readNode = (
    value: unknown,
    at: IssuePath,
    depth: number,
    parent: BlockDefinition | null,
  ): BlockNode | null => {
    const shape = readBlockShape(value);
    if (typeof shape === 'string') {
      report({ code: 'invalid_block', path: at, message: shape });
      return null;
    }
    const about = { blockId: shape.id, blockType: shape.type };
    if (depth > limits.maxDepth) {
      report({
        code: 'too_deep',
        path: at,
        message: `Blocks nest at most ${String(limits.maxDepth)} levels deep`,
        ...about,
      });
      return null;
    }
    if (seenIds.has(shape.id)) {
      report({
        code: 'duplicate_id',
        path: [...at, 'id'],
        message: `The id "${shape.id}" is used twice`,
        ...about,
      });
      return null;
    }
    seenIds.add(shape.id);

    const definition = registry.get(shape.type);
    if (definition === undefined) {
      report({
        code: 'unknown_block',
        path: [...at, 'type'],
        message: `Unknown block type "${shape.type}"`,
        ...about,
      });
      return null;
    }
    const parentType = parent?.type ?? null;
    const allowedHere =
      (definition.allowedParents === undefined ||
        (parentType !== null && definition.allowedParents.includes(parentType))) &&
      (parent?.container?.childTypes === undefined ||
        parent.container.childTypes.includes(definition.type));
    if (!allowedHere) {
      report({
        code: 'misplaced_block',
        path: at,
        message:
          parentType === null
            ? `A ${definition.label.toLowerCase()} block cannot sit at the top of a page`
            : `A ${definition.label.toLowerCase()} block cannot sit inside ${parentType}`,
        ...about,
      });
      return null;
    }

    if (strict) {
      const markup = auditRichText(shape.props, definition.fields);
      for (const problem of markup) {
        report({
          code: 'unsafe_markup',
          path: [...at, 'props', ...problem.path],
          message: problem.message,
          ...about,
        });
      }
      if (markup.length > 0) return null;
    }
    const props = definition.parseProps(shape.props);
    if (!props.success) {
      for (const issue of props.issues) {
        report({
          code: 'invalid_props',
          path: [
            ...at,
            'props',
            ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
          ],
          message: issue.message,
          ...about,
        });
      }
      return null;
    }

    const { container } = definition;
    if (container === undefined) {
      if (
        shape.children !== undefined &&
        !(Array.isArray(shape.children) && shape.children.length === 0)
      ) {
        report({
          code: 'invalid_block',
          path: [...at, 'children'],
          message: `A ${definition.label.toLowerCase()} block cannot contain other blocks`,
          ...about,
        });
        if (strict) return null;
      }
      return { id: shape.id, type: shape.type, props: props.props };
    }

    const rawChildren = shape.children ?? [];
    if (!Array.isArray(rawChildren)) {
      report({
        code: 'invalid_block',
        path: [...at, 'children'],
        message: 'children must be a list of blocks',
        ...about,
      });
      return null;
    }
    let children = walk(rawChildren, [...at, 'children'], depth + 1, definition);
    if (children.length > container.maxChildren) {
      report({
        code: 'invalid_children',
        path: [...at, 'children'],
        message: `A ${definition.label.toLowerCase()} block holds at most ${String(container.maxChildren)} blocks`,
        ...about,
      });
      children = children.slice(0, container.maxChildren);
    }
    // Lenient mode renders a container that lost children rather than dropping the rest with it.
    if (strict && rawChildren.length < container.minChildren) {
      report({
        code: 'invalid_children',
        path: [...at, 'children'],
        message: `A ${definition.label.toLowerCase()} block needs at least ${String(container.minChildren)} blocks`,
        ...about,
      });
    }
    return { id: shape.id, type: shape.type, props: props.props, children };
  };

  const blocks = walk(input.blocks, ['blocks'], 1, null);
  if (strict && issues.length > 0) return { ok: false, issues };
  return { ok: true, document: { version: PAGE_DOCUMENT_VERSION, blocks }, issues };
}
