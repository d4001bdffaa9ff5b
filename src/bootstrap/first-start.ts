import { sql } from 'drizzle-orm'
import type { Database, Db } from '../db/client.ts'
import { DEMO_CLUSTERS, DEMO_COMMITTEES } from './demo-data.ts'
import { SYSTEM_ACTOR } from '../modules/audit-events/service.ts'
import { apiKeyRepository } from '../modules/api-keys/repository.ts'
import { issueApiKey } from '../modules/api-keys/service.ts'
import { systemClock } from '../lib/clock.ts'
import { clusterService } from '../modules/clusters/service.ts'
import { committeeService } from '../modules/committees/service.ts'
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

export async function seedDemo(db: Db): Promise<number> {
  const service = committeeService(db, systemClock)
  const ids = new Map<string, string>()
  for (const c of DEMO_COMMITTEES) {
    const row = await service.create(SYSTEM_ACTOR, {
      name: c.name,
      shortName: c.shortName ?? null,
      code: c.code ?? null,
      level: c.level,
      kind: c.kind ?? 'front_committee',
      parentId: c.parent ? ids.get(c.parent)! : null,
    })
    ids.set(c.key, row.id)
  }
  // The seeds report 2023 results and the handover to 2024; the 2023 years are walked through the
  // state machine to `finalized` (the reported conference happened) before the handover.
  const clusters = clusterService(db, systemClock)
  for (const c of DEMO_CLUSTERS) {
    const id = (key: string) => ids.get(key)!
    const cluster = await clusters.createCluster(SYSTEM_ACTOR, {
      code: c.code,
      name: c.name,
      organizerCommitteeId: id(c.organizer),
      memberLevel: c.memberLevel,
      rotationPolicy: c.rotationPolicy,
      description: c.description,
    })
    await clusters.putYear(SYSTEM_ACTOR, cluster.id, c.year, { members: c.members.map(id), headId: id(c.head), deputyId: c.deputy ? id(c.deputy) : null }, null)
    if (!c.handover) continue
    for (const event of ['sign_pact', 'open_reporting', 'start_scoring', 'finalize'] as const) {
      await clusters.advance(SYSTEM_ACTOR, cluster.id, c.year, event)
    }
    const next = c.handover.deputy ? id(c.handover.deputy) : (await clusters.succession(cluster.id, c.year)).deputy?.committeeId
    await clusters.recordHandover(
      SYSTEM_ACTOR,
      cluster.id,
      {
        fromYear: c.year,
        incomingHeadId: id(c.handover.head),
        incomingDeputyId: next ?? null,
        handedOverAt: c.handover.handedOverAt,
        venue: c.handover.venue,
        rotatingFlagHandedOver: true,
      },
      { overrideAllowed: false },
    )
  }
  return DEMO_COMMITTEES.length
}
