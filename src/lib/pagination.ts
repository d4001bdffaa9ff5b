import { DomainError } from '../domain/errors.ts'

/** Opaque keyset cursors: base64url JSON of the last item's sort key. */
export function encodeCursor(key: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url')
}

export function decodeCursor<T extends Record<string, string | number>>(cursor: string | undefined, shape: Record<keyof T, 'string' | 'number'>): T | null {
  if (cursor === undefined) return null
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>
    for (const [k, type] of Object.entries(shape)) if (typeof value[k] !== type) throw new Error(k)
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
