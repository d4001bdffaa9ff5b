import { PgTransaction } from 'drizzle-orm/pg-core'
import type { DbOrTx } from './client.ts'

interface Preparable<P> {
  prepare(name: string): P
}

/**
 * A hot query prepared once per database handle (a named statement on PostgreSQL). Inside a
 * transaction the query runs unprepared on the transaction's own connection.
 */
export function prepared<P extends { execute(params: Record<string, unknown>): Promise<unknown> }>(
  name: string,
  build: (db: DbOrTx) => Preparable<P> & { execute(params: Record<string, unknown>): ReturnType<P['execute']> },
) {
  const cache = new WeakMap<object, P>()
  return (db: DbOrTx, params: Record<string, unknown>): ReturnType<P['execute']> => {
    if (db instanceof PgTransaction) return build(db).execute(params)
    let p = cache.get(db)
    if (!p) {
      p = build(db).prepare(name)
      cache.set(db, p)
    }
    return p.execute(params) as ReturnType<P['execute']>
  }
}
