import { mkdirSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import { sql } from 'drizzle-orm'
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres'
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import type { ExtractTablesWithRelations } from 'drizzle-orm'
import pg from 'pg'
import * as schema from './schema.ts'

/** The one database type every repository takes: the same above PGlite and pg. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>
export type Tx = PgTransaction<PgQueryResultHKT, typeof schema, ExtractTablesWithRelations<typeof schema>>
/** A handle a repository can run on: the database or an open transaction. */
export type DbOrTx = Db | Tx

export interface Database {
  db: Db
  driver: 'pglite' | 'pg'
  /** True when the database had no tables before this process migrated it. */
  ping(): Promise<void>
  close(): Promise<void>
  /** The raw pg pool, when on PostgreSQL (migrations take a session lock through it). */
  pool?: pg.Pool
  pglite?: PGlite
}

export interface DatabaseOptions {
  databaseUrl?: string | undefined
  poolSize: number
  pgliteDir: string
}

// NUMERIC stays a string (exact decimals); BIGINT as string too, the schema maps where needed.
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => v)

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize })
    // An idle client that errors (server restart) must not crash the process.
    pool.on('error', () => {})
    const db = drizzlePg(pool, { schema }) as unknown as Db
    return {
      db,
      driver: 'pg',
      pool,
      ping: async () => {
        await db.execute(sql`select 1`)
      },
      close: () => pool.end(),
    }
  }
  const memory = opts.pgliteDir.startsWith('memory://')
  if (!memory) mkdirSync(opts.pgliteDir, { recursive: true })
  const client = await PGlite.create(memory ? undefined : opts.pgliteDir)
  const db = drizzlePglite(client, { schema }) as unknown as Db
  return {
    db,
    driver: 'pglite',
    pglite: client,
    ping: async () => {
      await db.execute(sql`select 1`)
    },
    close: () => client.close(),
  }
}

/** Rows of a raw `db.execute` result: both drivers answer `{ rows }`. */
export function rows<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows
}
