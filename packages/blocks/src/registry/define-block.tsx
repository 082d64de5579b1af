import type { ComponentType, ReactNode } from 'react';
import type { z } from 'zod';

import type {
  DataKind,
  DataRequirement,
  RequirementOf,
  ResolvedData,
  ResolvedDataOf,
} from '../data/block-data';
import type { EditorField } from './editor-fields';
import type { BlockPlacement, BlockRenderContext } from './render-context';

export const blockGroups = ['layout', 'text', 'media', 'commerce', 'marketing'] as const;
export type BlockGroup = (typeof blockGroups)[number];

/** Which blocks a container takes. */
export interface ContainerRules {
  /** Only these child types; absent: any block that does not restrict its parents. */
  childTypes?: readonly string[];
  minChildren: number;
  maxChildren: number;
}

export type BlockProps = Record<string, unknown>;

export interface BlockComponentProps<P, D = never> {
  /** The block's id: prefix for its DOM ids (anchors, aria-labelledby). */
  blockId: string;
  props: P;
  /** The loaded data of a block that declares a requirement; undefined when it could not be loaded. */
  data: D | undefined;
  context: BlockRenderContext;
  placement: BlockPlacement;
  /** The rendered children of a container block. */
  children?: ReactNode;
}

/** Everything about one block type, in one place. `K` is the data it needs, if any. */
export interface BlockSpec<S extends z.ZodType<BlockProps>, K extends DataKind = never> {
  type: string;
  label: string;
  /** One line for the builder's block picker. */
  description: string;
  group: BlockGroup;
  /** The props, with sane bounds; the server validates every save with it. */
  schema: S;
  /** A new block's props. */
  defaults: z.output<S>;
  fields: readonly EditorField[];
  /** Present on containers: the block has `children`. */
  container?: ContainerRules;
  /** The block may only sit directly inside these types (a column only inside columns). */
  allowedParents?: readonly string[];
  /** The catalogue data to load for these props; null when nothing is chosen yet. */
  data?: (props: z.output<S>) => RequirementOf<K> | null;
  Component: ComponentType<BlockComponentProps<z.output<S>, ResolvedDataOf<K>>>;
}

export type PropsParseResult =
  { success: true; props: BlockProps } | { success: false; issues: z.core.$ZodIssue[] };

/** A block's props bound to its component, ready to render. */
export interface BoundBlock {
  requirement: DataRequirement | null;
  render(args: {
    blockId: string;
    data: ResolvedData | undefined;
    context: BlockRenderContext;
    placement: BlockPlacement;
    children?: ReactNode;
  }): ReactNode;
}

/** A registered block type with its generic types erased, so one registry can hold them all. */
export interface BlockDefinition {
  readonly type: string;
  readonly label: string;
  readonly description: string;
  readonly group: BlockGroup;
  readonly schema: z.ZodType<BlockProps>;
  readonly defaults: BlockProps;
  readonly fields: readonly EditorField[];
  readonly container: ContainerRules | undefined;
  readonly allowedParents: readonly string[] | undefined;
  /** Whether the host must load catalogue data for it (see `BoundBlock.requirement`). */
  readonly needsData: boolean;
  parseProps(raw: unknown): PropsParseResult;
  /** Null when the props do not satisfy the schema. */
  bind(raw: unknown): BoundBlock | null;
}

function matchesRequirement<K extends DataKind>(
  requirement: RequirementOf<K>,
  data: ResolvedData | undefined,
): data is ResolvedDataOf<K> {
  return data !== undefined && data.kind === requirement.kind;
}

export function defineBlock<S extends z.ZodType<BlockProps>, K extends DataKind = never>(
  spec: BlockSpec<S, K>,
): BlockDefinition {
  const { Component } = spec;
  const parseProps = (raw: unknown): PropsParseResult => {
    const result = spec.schema.safeParse(raw);
    return result.success
      ? { success: true, props: result.data }
      : { success: false, issues: result.error.issues };
  };
  return {
    type: spec.type,
    label: spec.label,
    description: spec.description,
    group: spec.group,
    schema: spec.schema,
    defaults: spec.defaults,
    fields: spec.fields,
    container: spec.container,
    allowedParents: spec.allowedParents,
    needsData: spec.data !== undefined,
    parseProps,
    bind(raw) {
      const parsed = spec.schema.safeParse(raw);
      if (!parsed.success) return null;
      const props = parsed.data;
      const requirement = spec.data?.(props) ?? null;
      return {
        requirement,
        render: ({ blockId, data, context, placement, children }) => (
          <Component
            blockId={blockId}
            props={props}
            data={requirement !== null && matchesRequirement(requirement, data) ? data : undefined}
            context={context}
            placement={placement}
          >
            {children}
          </Component>
        ),
      };
    },
  };
}
