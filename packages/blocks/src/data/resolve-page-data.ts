import type { BlockNode, PageDocument } from '../document/page-document';
import { blockRegistry } from '../registry/block-registry';
import type { BlockDefinition } from '../registry/define-block';
import type { BlockDataSource, DataRequirement, ResolvedData } from './block-data';

/** Loaded data by block id. */
export type PageData = ReadonlyMap<string, ResolvedData>;

export interface BlockDataNeed {
  blockId: string;
  blockType: string;
  requirement: DataRequirement;
}

/** What every block of the document needs, depth first. Blocks with invalid props need nothing. */
export function collectDataNeeds(
  document: PageDocument,
  registry: ReadonlyMap<string, BlockDefinition> = blockRegistry,
): BlockDataNeed[] {
  const needs: BlockDataNeed[] = [];
  const visit = (nodes: readonly BlockNode[]) => {
    for (const node of nodes) {
      const requirement = registry.get(node.type)?.bind(node.props)?.requirement ?? null;
      if (requirement !== null) {
        needs.push({ blockId: node.id, blockType: node.type, requirement });
      }
      if (node.children !== undefined) visit(node.children);
    }
  };
  visit(document.blocks);
  return needs;
}

function load(source: BlockDataSource, requirement: DataRequirement): Promise<ResolvedData | null> {
  switch (requirement.kind) {
    case 'products':
      return source.products(requirement);
    case 'product':
      return source.product(requirement);
    case 'categories':
      return source.categories(requirement);
  }
}

export interface ResolvePageDataOptions {
  registry?: ReadonlyMap<string, BlockDefinition>;
  /**
   * Loads in flight at once. Each is a database round trip for the host, and a page with many
   * data blocks should not take the whole connection pool on its first, uncached render.
   */
  concurrency?: number;
  /** Told about each block whose data failed to load; that block then renders without it. */
  onError?: (need: BlockDataNeed, error: unknown) => void;
}

/** Runs `task`s with at most `limit` in flight; resolves in start order. */
function limiter(limit: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active += 1;
    try {
      return await task();
    } finally {
      active -= 1;
      waiting.shift()?.();
    }
  };
}

/**
 * Loads every block's data in parallel (up to `concurrency` at once). Identical requirements
 * (two grids of the same category) are loaded once. A failure costs only the blocks that needed
 * that data, never the page.
 */
export async function resolvePageData(
  document: PageDocument,
  source: BlockDataSource,
  { registry, onError, concurrency = 4 }: ResolvePageDataOptions = {},
): Promise<PageData> {
  const needs = collectDataNeeds(document, registry);
  const run = limiter(Math.max(1, concurrency));
  const loads = new Map<string, Promise<ResolvedData | null>>();
  const results = await Promise.all(
    needs.map(async (need) => {
      const key = JSON.stringify(need.requirement);
      let pending = loads.get(key);
      if (pending === undefined) {
        pending = run(() => load(source, need.requirement));
        loads.set(key, pending);
      }
      try {
        return [need.blockId, await pending] as const;
      } catch (error) {
        onError?.(need, error);
        return [need.blockId, null] as const;
      }
    }),
  );
  const data = new Map<string, ResolvedData>();
  for (const [blockId, resolved] of results) if (resolved !== null) data.set(blockId, resolved);
  return data;
}
