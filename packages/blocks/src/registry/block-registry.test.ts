import { describe, expect, it } from 'vitest';

import { parsePageDocument } from '../document/parse-page-document';
import { createBlockNode } from './create-block-node';
import type { EditorField } from './editor-fields';
import { blockDefinitions, blockRegistry } from './block-registry';

const issueSupportedTypes = [
  'hero',
  'rich-text',
  'image',
  'image-with-text',
  'product-grid',
  'featured-product',
  'category-list',
  'testimonials',
  'faq',
  'call-to-action',
  'newsletter-signup',
  'spacer',
  'columns',
];

function fieldNames(fields: readonly EditorField[]): string[] {
  return fields.map((field) => field.name).sort();
}

describe('block registry', () => {
  it('registers every block type the storefront supports, once', () => {
    const types = blockDefinitions.map((definition) => definition.type);
    expect(new Set(types).size).toBe(types.length);
    expect(types).toEqual(expect.arrayContaining(issueSupportedTypes));
    expect(blockRegistry.get('hero')?.label).toBe('Hero');
  });

  it.each(blockDefinitions.map((definition) => [definition.type, definition] as const))(
    '%s: its defaults parse to themselves',
    (_type, definition) => {
      const parsed = definition.parseProps(definition.defaults);
      expect(parsed).toEqual({ success: true, props: definition.defaults });
    },
  );

  it.each(blockDefinitions.map((definition) => [definition.type, definition] as const))(
    '%s: has an editor field for every prop and no field without a prop',
    (_type, definition) => {
      expect(fieldNames(definition.fields)).toEqual(Object.keys(definition.defaults).sort());
      for (const field of definition.fields) {
        if (field.kind !== 'list') continue;
        const items = definition.defaults[field.name];
        expect(Array.isArray(items)).toBe(true);
        const first: unknown = Array.isArray(items) ? items[0] : undefined;
        expect(Object.keys(first ?? {}).sort()).toEqual(fieldNames(field.fields));
      }
    },
  );

  it.each(blockDefinitions.map((definition) => [definition.type, definition] as const))(
    '%s: refuses props of the wrong shape',
    (_type, definition) => {
      const wrong = Object.fromEntries(Object.keys(definition.defaults).map((key) => [key, 42]));
      // The column has no props to get wrong.
      if (Object.keys(wrong).length === 0) return;
      expect(definition.parseProps(wrong).success).toBe(false);
      expect(definition.bind(wrong)).toBeNull();
    },
  );

  it('only lets columns hold columns, and columns only columns', () => {
    expect(blockRegistry.get('columns')?.container?.childTypes).toEqual(['column']);
    expect(blockRegistry.get('column')?.allowedParents).toEqual(['columns']);
    const containers = blockDefinitions.filter((definition) => definition.container !== undefined);
    expect(containers.map((definition) => definition.type).sort()).toEqual(['column', 'columns']);
  });

  it('declares data only for the catalogue blocks', () => {
    expect(
      blockDefinitions
        .filter((definition) => definition.needsData)
        .map((d) => d.type)
        .sort(),
    ).toEqual(['category-list', 'featured-product', 'product-grid']);
  });
});

describe('createBlockNode', () => {
  it.each(
    blockDefinitions.filter((d) => d.allowedParents === undefined).map((d) => [d.type] as const),
  )('makes a %s block that a strict save accepts', (type) => {
    let next = 0;
    const node = createBlockNode(type, () => `n${String(next++)}`);
    const result = parsePageDocument({ version: 1, blocks: [node] }, { mode: 'strict' });
    expect(result.ok).toBe(true);
  });

  it('gives a new columns block two empty columns with fresh ids', () => {
    let next = 0;
    const node = createBlockNode('columns', () => `n${String(next++)}`);
    expect(node.children).toEqual([
      { id: 'n1', type: 'column', props: {}, children: [] },
      { id: 'n2', type: 'column', props: {}, children: [] },
    ]);
  });
});
