import { DomainError } from '../domain/errors.ts'

/** Opaque keyset cursors: base64url JSON of the last item's sort key. */
export function encodeCursor(key: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url')
}

/** What each member of a cursor must be: checked in full, since it goes into a query as it is. */
const CURSOR_MEMBER: Record<CursorMember, (v: unknown) => boolean> = {
  uuid: (v) => typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
  timestamp: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(Date.parse(v)),
  integer: (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0,
}
export type CursorMember = 'uuid' | 'timestamp' | 'integer'

export function decodeCursor<T extends Record<string, string | number>>(cursor: string | undefined, shape: Record<keyof T, CursorMember>): T | null {
  if (cursor === undefined) return null
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>
    if (value === null || typeof value !== 'object') throw new Error('not an object')
    for (const [k, kind] of Object.entries(shape) as [string, CursorMember][]) if (!CURSOR_MEMBER[kind](value[k])) throw new Error(k)
    return value as T
  } catch {
    throw new DomainError('bad_request', 'INVALID_CURSOR', 'The cursor is not one this API returned', {
      errors: [{ pointer: '/cursor', code: 'INVALID_CURSOR', message: 'is not a cursor from nextCursor' }],
    })
  }
}

/** Fetch limit+1 rows; this trims the extra one and says where the next page starts. */
export function pageOf<T>(rows: T[], limit: number, keyOf: (row: T) => Record<string, string | number>) {
  const items = rows.slice(0, limit)
  const nextCursor = rows.length > limit ? encodeCursor(keyOf(items[items.length - 1]!)) : null
  return { items, nextCursor }
}

/** How a list is ordered for keyset paging: its cursor's members and the key of a row. */
export interface Keyset<K extends Record<string, string | number>, R> {
  shape: Record<keyof K, CursorMember>
  keyOf(row: R): K
}

/** The usual order: by id (UUIDv7, so creation order). */
export const byId: Keyset<{ id: string }, { id: string }> = { shape: { id: 'uuid' }, keyOf: (r) => ({ id: r.id }) }

/** The page size when a request names none (ListQuery's default). */
const DEFAULT_LIMIT = 50

/**
 * A paged list route's whole walk, written once: decode the cursor (400 INVALID_CURSOR when it is
 * not ours), fetch limit+1 rows after it, cut the page and map its rows. `fetch` gets the query's
 * filters (all but limit and cursor), the decoded key and the limit.
 */
export async function listPage<Q extends { limit?: number | undefined; cursor?: string | undefined }, K extends Record<string, string | number>, R, V>(
  query: Q,
  keyset: Keyset<K, NoInfer<R>>,
  fetch: (filter: Omit<Q, 'limit' | 'cursor'>, after: K | null, limit: number) => Promise<R[]>,
  view: (rows: R[]) => V[] | Promise<V[]>,
): Promise<{ items: V[]; nextCursor: string | null }> {
  const { limit = DEFAULT_LIMIT, cursor, ...filter } = query
  const after = decodeCursor<K>(cursor, keyset.shape)
  const page = pageOf(await fetch(filter, after, limit), limit, (r) => keyset.keyOf(r))
  return { items: await view(page.items), nextCursor: page.nextCursor }
}
