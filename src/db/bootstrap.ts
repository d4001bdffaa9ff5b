import { sql } from 'drizzle-orm'
import type { Db } from './client.ts'
import { DEMO_COMMITTEES } from './demo-data.ts'
import { SYSTEM_ACTOR } from '../modules/audit-events/chain.ts'
import { apiKeyRepository } from '../modules/api-keys/repository.ts'
import { issueApiKey } from '../modules/api-keys/service.ts'
import { committeeService } from '../modules/committees/service.ts'
import { committees } from './schema.ts'

/**
 * First start of an empty database: load the demo data (when asked) and issue an admin key so
 * the quick start has one. Runs once: a database that has keys or committees is left alone.
 */
export async function bootstrapOnFirstStart(
  db: Db,
  opts: { seedDemo: boolean; adminKey: boolean },
): Promise<{ adminToken: string | null; seeded: number }> {
  let seeded = 0
  if (opts.seedDemo) {
    const [{ n }] = (await db.select({ n: sql<number>`count(*)::int` }).from(committees)) as [{ n: number }]
    if (n === 0) seeded = await seedDemo(db)
  }
  let adminToken: string | null = null
  if (opts.adminKey && (await apiKeyRepository(db).count()) === 0) {
    const { token } = await db.transaction((tx) =>
      issueApiKey(tx, SYSTEM_ACTOR, { name: 'bootstrap admin (created on first start)', role: 'admin' }),
    )
    adminToken = token
  }
  return { adminToken, seeded }
}

export async function seedDemo(db: Db): Promise<number> {
  const service = committeeService(db)
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
  return DEMO_COMMITTEES.length
}
