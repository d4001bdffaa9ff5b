import { join } from 'node:path'
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres'
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import type { PgliteDatabase } from 'drizzle-orm/pglite'
import type { Database } from './client.ts'
import { projectDir } from './project-dir.ts'

export const migrationsFolder = join(projectDir, 'migrations')

// Any constant: replicas starting together take turns at migrating.
const MIGRATION_LOCK = 72_640_001

/** Applies the drizzle-kit migrations; safe to run from several replicas at once. */
export async function migrateDatabase(database: Database): Promise<void> {
  if (database.driver === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder })
    return
  }
  const client = await database.pool!.connect()
  try {
    // A migration may rewrite a large table: no statement limit for it (the lock limit stays, and
    // a start that meets it waits and tries again).
    await client.query('set statement_timeout = 0')
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK])
    await migratePg(drizzlePg(client), { migrationsFolder })
  } finally {
    // The connection goes back to the pool: it must not keep the migration's settings.
    const reset = await client
      .query('select pg_advisory_unlock($1)', [MIGRATION_LOCK])
      .then(() => client.query('reset statement_timeout'))
      .then(
        () => undefined,
        (err: Error) => err,
      )
    client.release(reset)
  }
}
