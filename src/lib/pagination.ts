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
