import { BLOCK_ID_PATTERN } from './page-limits';

export interface RawBlock {
  id: string;
  type: string;
  props: unknown;
  /** Undefined when absent; anything else is checked by the caller. */
  children: unknown;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const TYPE_PATTERN = /^[a-z][a-z0-9-]{0,47}$/;

/** The envelope of one block, or a message saying what is wrong with it. */
export function readBlockShape(value: unknown): RawBlock | string {
  if (!isPlainObject(value)) return 'A block must be an object';
  const { id, type, props, children } = value;
  if (typeof id !== 'string' || !BLOCK_ID_PATTERN.test(id)) {
    return 'A block id must be 1 to 64 letters, digits, hyphens or underscores';
  }
  if (typeof type !== 'string' || !TYPE_PATTERN.test(type)) {
    return 'A block type must be a lowercase name such as "hero"';
  }
  if (props !== undefined && !isPlainObject(props)) return 'Block props must be an object';
  return { id, type, props: props ?? {}, children };
}
