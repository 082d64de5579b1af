import { z } from 'zod';

import { Prisma } from '@storeloom/db';
import { idSchema } from '@storeloom/validators';

import { badRequest } from '../errors/domain-error.ts';

/** Where a page ended: the sort key of its last row and that row's id (the tie-breaker). */
export interface KeysetPosition {
  key: number;
  id: string;
}

/**
 * A page that continues after a row named only by its id, as the platform's other lists page.
 * Its sort key is read from the current results; a row that no longer matches, or that the store
 * cannot see, ends the list.
 */
export interface AfterRow {
  afterId: string;
}

export type CursorPosition = KeysetPosition | AfterRow;

/** Marks the encoded form; ids never contain a dot, so the two forms cannot be confused. */
const PREFIX = 'k.';

const payloadSchema = z.tuple([z.string().max(32), z.number(), idSchema]);

/**
 * An opaque page cursor: the sort order it belongs to, the last row's sort key and id, as
 * base64url JSON. Rows are ordered by (key, id), so ties on the key still page stably.
 */
export function encodeCursor(order: string, position: KeysetPosition): string {
  const payload = JSON.stringify([order, position.key, position.id]);
  return `${PREFIX}${Buffer.from(payload).toString('base64url')}`;
}

function parsePayload(encoded: string): unknown {
  if (!/^[A-Za-z0-9_-]+$/.test(encoded)) return undefined;
  try {
    return JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * The position a cursor points at: an encoded cursor made for `order`, or a row id. Anything
 * else, or an encoded cursor of another sort order, is BAD_REQUEST.
 */
export function decodeCursor(cursor: string, order: string): CursorPosition {
  if (!cursor.startsWith(PREFIX)) {
    const id = idSchema.safeParse(cursor);
    if (id.success) return { afterId: id.data };
    throw badRequest('This page link is malformed. Start again from the first page.');
  }
  const parsed = payloadSchema.safeParse(parsePayload(cursor.slice(PREFIX.length)));
  if (!parsed.success) {
    throw badRequest('This page link is malformed. Start again from the first page.');
  }
  const [cursorOrder, key, id] = parsed.data;
  if (cursorOrder !== order) {
    throw badRequest(
      'This page link belongs to another sort order. Start again from the first page.',
    );
  }
  return { key, id };
}

/**
 * The rows of `keyed` (columns `key` and `id`, alias `row`) after a position, in the order
 * (key, id) ascending or descending. A row id is looked up in `keyed` itself; when it is not
 * there the comparison is NULL and nothing follows.
 */
export function afterPositionSql(
  position: CursorPosition,
  { keyed, row, descending }: { keyed: Prisma.Sql; row: Prisma.Sql; descending: boolean },
): Prisma.Sql {
  const operator = descending ? Prisma.sql`<` : Prisma.sql`>`;
  const bound =
    'afterId' in position
      ? Prisma.sql`(SELECT anchor.key, anchor.id FROM ${keyed} anchor WHERE anchor.id = ${position.afterId})`
      : Prisma.sql`(${position.key}::float8, ${position.id})`;
  return Prisma.sql`(${row}.key, ${row}.id) ${operator} ${bound}`;
}
