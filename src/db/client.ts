import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
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
  let release = () => {}
  if (!memory) {
    mkdirSync(opts.pgliteDir, { recursive: true })
    release = lockDirectory(opts.pgliteDir)
  }
  const client = await PGlite.create(memory ? undefined : opts.pgliteDir).catch((err) => {
    release()
    throw err
  })
  const db = drizzlePglite(client, { schema }) as unknown as Db
  return {
    db,
    driver: 'pglite',
    pglite: client,
    ping: async () => {
      await db.execute(sql`select 1`)
    },
    close: async () => {
      try {
        await client.close()
      } finally {
        release()
      }
    },
  }
}

export class DatabaseInUseError extends Error {}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * PGlite is one process's database: a second process opening the same directory (say the
 * apikey CLI while the service runs) would lose its writes. A lock file names the owner; a
 * stale one (its process gone) is taken over.
 */
function lockDirectory(dir: string): () => void {
  const path = join(dir, 'cum-thi-dua.lock')
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, String(process.pid), { flag: 'wx' })
      return () => rmSync(path, { force: true })
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
      const owner = Number(readFileSync(path, 'utf8').trim())
      if (owner && owner !== process.pid && alive(owner)) {
        throw new DatabaseInUseError(
          `The embedded database in ${dir} is in use by process ${owner}. Stop that process first, ` +
            'or work through its HTTP API (for a key: POST /v1/api-keys).',
        )
      }
      rmSync(path, { force: true })
    }
  }
  throw new DatabaseInUseError(`Could not lock ${dir}`)
}

/** Rows of a raw `db.execute` result: both drivers answer `{ rows }`. */
export function rows<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows
}

/** Escapes LIKE wildcards so user text matches literally. */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)
