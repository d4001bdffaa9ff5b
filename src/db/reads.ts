import { PgTransaction } from 'drizzle-orm/pg-core'
import { dbScopes } from './scope.ts'
import type { DbOrTx } from './types.ts'

/** Is `db` a transaction, or redirected to a request's own (DbScope.tx)? */
export const inTransaction = (db: DbOrTx) => db instanceof PgTransaction || Boolean(dbScopes.getStore()?.tx)

/**
 * Runs independent reads: at once outside a transaction (each on a pooled connection of its own;
 * each sees the database as it is when it runs), one after the other inside one (a transaction is
 * one connection, and PGlite's takes one statement at a time).
 */
export async function readsOf<T extends readonly (() => Promise<unknown>)[]>(
  db: DbOrTx,
  reads: T,
): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  type Out = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }
  if (!inTransaction(db)) return (await Promise.all(reads.map((r) => r()))) as Out
  const out: unknown[] = []
  for (const r of reads) out.push(await r())
  return out as Out
}
