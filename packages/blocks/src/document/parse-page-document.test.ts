import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { blockDefinitions, blockRegistry } from '../registry/block-registry';
import type { BlockNode, PageDocument } from './page-document';
import { formatIssuePath } from './page-document-issue';
import { parsePageDocument } from './parse-page-document';

const hero = (id: string, heading = 'Hello'): BlockNode => ({
  id,
  type: 'hero',
  props: { heading },
});
const page = (blocks: unknown[]): unknown => ({ version: 1, blocks });
const column = (id: string, children: unknown[]) => ({ id, type: 'column', props: {}, children });
const columns = (id: string, children: unknown[]) => ({ id, type: 'columns', props: {}, children });

function strict(input: unknown, limits?: Parameters<typeof parsePageDocument>[1]['limits']) {
  return parsePageDocument(input, { mode: 'strict', limits });
}
function lenient(input: unknown, limits?: Parameters<typeof parsePageDocument>[1]['limits']) {
  return parsePageDocument(input, { mode: 'lenient', limits });
}
function codes(result: ReturnType<typeof parsePageDocument>) {
  return result.issues.map((issue) => issue.code);
}

describe('parsePageDocument', () => {
  it('fills in defaults and keeps the tree', () => {
    const result = strict(
      page([hero('a', 'Welcome'), columns('c', [column('c1', [hero('b')]), column('c2', [])])]),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.blocks[0]).toEqual({
      id: 'a',
      type: 'hero',
      props: {
        heading: 'Welcome',
        subheading: '',
        ctaLabel: '',
        ctaHref: '',
        image: null,
        align: 'start',
      },
    });
    expect(result.document.blocks[1]?.children?.[0]?.children?.[0]?.id).toBe('b');
    expect(result.document.blocks[1]?.children?.[1]?.children).toEqual([]);
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['another version', { version: 2, blocks: [] }],
    ['blocks that are not a list', { version: 1, blocks: {} }],
  ])('refuses %s as a document in both modes', (_label, input) => {
    expect(strict(input)).toMatchObject({ ok: false, issues: [{ code: 'invalid_document' }] });
    expect(lenient(input)).toMatchObject({ ok: false, issues: [{ code: 'invalid_document' }] });
  });

  describe('an unknown block type', () => {
    const input = page([hero('a'), { id: 'x', type: 'carousel', props: {} }, hero('b')]);

    it('is refused when saving', () => {
      const result = strict(input);
      expect(result.ok).toBe(false);
      expect(result.issues).toEqual([
        {
          code: 'unknown_block',
          path: ['blocks', 1, 'type'],
          message: 'Unknown block type "carousel"',
          blockId: 'x',
          blockType: 'carousel',
        },
      ]);
    });

    it('is dropped and reported when rendering, keeping the rest', () => {
      const result = lenient(input);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.document.blocks.map((block) => block.id)).toEqual(['a', 'b']);
      expect(codes(result)).toEqual(['unknown_block']);
    });
  });

  it('refuses bad props with their path, and drops the block when rendering', () => {
    const input = page([hero('a', ''), { id: 'b', type: 'spacer', props: { size: 'huge' } }]);
    const result = strict(input);
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => formatIssuePath(issue.path))).toEqual([
      'blocks[0].props.heading',
      'blocks[1].props.size',
    ]);
    expect(result.issues[0]?.message).toBe('This cannot be empty');
    const rendered = lenient(input);
    expect(rendered.ok && rendered.document.blocks).toEqual([]);
  });

  it('refuses javascript: links in props in both modes', () => {
    const input = page([
      {
        id: 'a',
        type: 'hero',
        props: { heading: 'x', ctaLabel: 'Go', ctaHref: 'javascript:alert(1)' },
      },
    ]);
    expect(codes(strict(input))).toEqual(['invalid_props']);
    const rendered = lenient(input);
    expect(rendered.ok && rendered.document.blocks).toEqual([]);
  });

  describe('script in rich text', () => {
    const input = page([
      { id: 'a', type: 'rich-text', props: { html: '<p>Hi</p><script>alert(1)</script>' } },
      {
        id: 'b',
        type: 'faq',
        props: {
          items: [{ question: 'Q', answer: '<p onclick="x()">A</p>' }],
        },
      },
    ]);

    it('is refused when saving, with the field path', () => {
      const result = strict(input);
      expect(result.ok).toBe(false);
      expect(result.issues.map((issue) => [formatIssuePath(issue.path), issue.message])).toEqual([
        ['blocks[0].props.html', '<script> is not allowed'],
        ['blocks[1].props.items[0].answer', 'the onclick attribute is not allowed'],
      ]);
    });

    it('is sanitised away when rendering', () => {
      const result = lenient(input);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.document.blocks[0]?.props.html).toBe('<p>Hi</p>');
      expect(result.document.blocks[1]?.props.items).toEqual([
        { question: 'Q', answer: '<p>A</p>' },
      ]);
      expect(result.issues).toEqual([]);
    });
  });

  it('refuses the same id twice, and renders only the first', () => {
    const input = page([
      hero('same'),
      columns('c', [column('c1', [hero('same')]), column('c2', [])]),
    ]);
    expect(strict(input).issues).toMatchObject([
      { code: 'duplicate_id', path: ['blocks', 1, 'children', 0, 'children', 0, 'id'] },
    ]);
    const rendered = lenient(input);
    expect(rendered.ok && rendered.document.blocks[1]?.children?.[0]?.children).toEqual([]);
  });

  it('refuses malformed ids and envelopes', () => {
    const result = strict(
      page([
        { id: 'has space', type: 'hero', props: { heading: 'x' } },
        { id: 'ok', type: 'Hero!', props: {} },
        { id: 'ok2', type: 'hero', props: 'heading' },
        'hero',
      ]),
    );
    expect(codes(result)).toEqual([
      'invalid_block',
      'invalid_block',
      'invalid_block',
      'invalid_block',
    ]);
  });

  it('enforces where blocks may sit', () => {
    const result = strict(
      page([
        column('lonely', []),
        columns('c', [hero('in-columns'), column('c1', [column('nested-column', [])])]),
      ]),
    );
    expect(result.issues.map((issue) => [issue.code, issue.blockId])).toEqual([
      ['misplaced_block', 'lonely'],
      ['misplaced_block', 'in-columns'],
      ['misplaced_block', 'nested-column'],
    ]);
  });

  it('enforces how many children a container takes', () => {
    const tooFew = strict(page([columns('c', [column('c1', [])])]));
    expect(tooFew.issues).toMatchObject([
      { code: 'invalid_children', message: 'A columns block needs at least 2 blocks' },
    ]);
    const five = Array.from({ length: 5 }, (_, index) => column(`c${String(index)}`, []));
    expect(codes(strict(page([columns('c', five)])))).toEqual(['invalid_children']);
    const rendered = lenient(page([columns('c', five)]));
    expect(rendered.ok && rendered.document.blocks[0]?.children).toHaveLength(4);
    // A leaf with children is malformed when saving; rendering ignores the children.
    const leaf = page([{ ...hero('h'), children: [hero('x')] }]);
    expect(codes(strict(leaf))).toEqual(['invalid_block']);
    const leafRendered = lenient(leaf);
    expect(leafRendered.ok && leafRendered.document.blocks).toEqual([
      expect.objectContaining({ id: 'h' }),
    ]);
  });

  it('enforces the depth limit', () => {
    const deep = page([
      columns('a', [
        column('a1', [columns('b', [column('b1', [hero('h')]), column('b2', [])])]),
        column('a2', []),
      ]),
    ]);
    expect(strict(deep).ok).toBe(true);
    const result = strict(deep, { maxDepth: 4 });
    expect(result.issues).toMatchObject([
      { code: 'too_deep', blockId: 'h', message: 'Blocks nest at most 4 levels deep' },
    ]);
    const rendered = lenient(deep, { maxDepth: 4 });
    expect(
      rendered.ok &&
        rendered.document.blocks[0]?.children?.[0]?.children?.[0]?.children?.[0]?.children,
    ).toEqual([]);
  });

  it('enforces the block count', () => {
    const blocks = Array.from({ length: 6 }, (_, index) => hero(`h${String(index)}`));
    expect(codes(strict(page(blocks), { maxBlocks: 5 }))).toEqual(['too_many_blocks']);
    const rendered = lenient(page(blocks), { maxBlocks: 5 });
    expect(rendered.ok && rendered.document.blocks).toHaveLength(5);
  });

  it('refuses a document over the size limit when saving', () => {
    const big = page([
      { id: 'r', type: 'rich-text', props: { html: `<p>${'x'.repeat(10_000)}</p>` } },
    ]);
    expect(strict(big, { maxBytes: 8 * 1024 })).toEqual({
      ok: false,
      issues: [{ code: 'too_large', path: [], message: 'The page is 10 kB; the limit is 8 kB' }],
    });
    const huge = page([
      { id: 'r', type: 'rich-text', props: { html: 'x'.repeat(10 * 1024 * 1024) } },
    ]);
    expect(codes(strict(huge))).toEqual(['too_large']);
  });

  it('refuses a structure that refers to itself instead of looping', () => {
    const block: Record<string, unknown> = { id: 'loop', type: 'columns', props: {} };
    block.children = [block];
    const input = page([block]);
    expect(strict(input)).toMatchObject({ ok: false, issues: [{ code: 'invalid_document' }] });
    // Rendering never measures the size; the repeated id stops the walk.
    const rendered = lenient(input);
    expect(rendered.ok && rendered.document.blocks[0]?.children).toEqual([]);
  });

  it('round-trips any valid tree within the limits', () => {
    const leaves = blockDefinitions.filter(
      (definition) => definition.container === undefined && definition.allowedParents === undefined,
    );
    const columnsDefaults = blockRegistry.get('columns')?.defaults ?? {};
    const text = fc
      .string({ maxLength: 100 })
      .map((value) => value.trim())
      .filter((value) => value.length > 0);
    type Draft = { type: string; props: Record<string, unknown>; children?: Draft[] };
    const leaf: fc.Arbitrary<Draft> = fc
      .record({ definition: fc.constantFrom(...leaves), heading: text })
      .map(({ definition, heading }) => ({
        type: definition.type,
        props:
          typeof definition.defaults.heading === 'string'
            ? { ...definition.defaults, heading }
            : { ...definition.defaults },
      }));
    const columnDraft = fc
      .array(leaf, { maxLength: 4 })
      .map((children): Draft => ({ type: 'column', props: {}, children }));
    const columnsDraft = fc
      .array(columnDraft, { minLength: 2, maxLength: 4 })
      .map((children): Draft => ({ type: 'columns', props: { ...columnsDefaults }, children }));
    const documents = fc.array(fc.oneof(leaf, columnsDraft), { maxLength: 10 });

    fc.assert(
      fc.property(documents, (drafts) => {
        let next = 0;
        const withIds = (draft: Draft): BlockNode => ({
          id: `b${String(next++)}`,
          type: draft.type,
          props: draft.props,
          ...(draft.children === undefined ? {} : { children: draft.children.map(withIds) }),
        });
        const document: PageDocument = { version: 1, blocks: drafts.map(withIds) };
        const result = strict(document);
        expect(result).toEqual({ ok: true, document, issues: [] });
        expect(lenient(document)).toEqual({ ok: true, document, issues: [] });
      }),
      { numRuns: 150 },
    );
  });
});
