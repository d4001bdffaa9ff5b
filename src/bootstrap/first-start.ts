import { sql } from 'drizzle-orm'
import type { Database, Db } from '../db/client.ts'
import { loadDemoData } from './demo-seed.ts'
import { SYSTEM_ACTOR } from '../modules/audit-events/service.ts'
import { apiKeyRepository } from '../modules/api-keys/repository.ts'
import { issueApiKey } from '../modules/api-keys/service.ts'
import { systemClock } from '../lib/clock.ts'
import { committees } from '../db/schema.ts'

/**
 * First start of an empty database: load the demo data (when asked) and issue an admin key so
 * the quick start has one. Runs once: a database that has keys or committees is left alone.
 */
export async function bootstrapOnFirstStart(
  database: Database,
  opts: { seedDemo: boolean; adminKey: boolean },
): Promise<{ adminToken: string | null; seeded: number }> {
  // Replicas starting together on an empty PostgreSQL take turns: the first seeds, the rest see data.
  if (!database.pool) return bootstrap(database.db, opts)
  const client = await database.pool.connect()
  try {
    await client.query('select pg_advisory_lock($1)', [BOOTSTRAP_LOCK])
    return await bootstrap(database.db, opts)
  } finally {
    await client.query('select pg_advisory_unlock($1)', [BOOTSTRAP_LOCK]).catch(() => {})
    client.release()
  }
}

const BOOTSTRAP_LOCK = 72_640_002

async function bootstrap(db: Db, opts: { seedDemo: boolean; adminKey: boolean }): Promise<{ adminToken: string | null; seeded: number }> {
  let seeded = 0
  if (opts.seedDemo) {
    const [{ n }] = (await db.select({ n: sql<number>`count(*)::int` }).from(committees)) as [{ n: number }]
    if (n === 0) seeded = await seedDemo(db)
  }
  let adminToken: string | null = null
  if (opts.adminKey && (await apiKeyRepository(db).count()) === 0) {
    const { token } = await db.transaction((tx) =>
      issueApiKey(tx, SYSTEM_ACTOR, { name: 'bootstrap admin (created on first start)', role: 'admin' }, systemClock()),
    )
    adminToken = token
  }
  return { adminToken, seeded }
}

/** The demo data of the seed reports, loaded through the services (demo-seed.ts); returns the number of committees. */
export async function seedDemo(db: Db): Promise<number> {
  return loadDemoData(db)
}
