/**
 * Read-path benchmark (issue 2): the real service's authenticated `GET /v1/committees/{id}`
 * against a bare Fastify route selecting the same row by primary key through `pg`.
 *   node --import tsx bench/committee-read.ts        (or: npm run bench)
 * Both servers run in this process on loopback and are loaded in turn, never together; the load
 * generator (autocannon) runs in a forked child process, bench/load-worker.ts. Prints figures;
 * asserts nothing. Target: service/bare req/s ≥ 0.6.
 *
 * Environment: DATABASE_URL (a server where databases may be created; default
 * postgres://postgres@127.0.0.1:5432/postgres), BENCH_DURATION (s, default 10),
 * BENCH_WARMUP (s, default 3), BENCH_ROUNDS (default 2), BENCH_CONNECTIONS (default 50),
 * BENCH_COMMITTEES (default 1000).
 */
import { pathToFileURL } from 'node:url'
import type { FastifyInstance } from 'fastify'
import type pg from 'pg'
import { SYSTEM_ACTOR } from '../src/modules/audit-events/service.ts'
import { committeeService } from '../src/modules/committees/service.ts'
import { buildBare, buildService, compareLoad, intFromEnv, issueToken, originOf, type Target, withBenchDatabase } from './lib.ts'

const POOL_SIZE = 20
const TARGET_RATIO = 0.6

/** 1 central committee, 63 provinces, the rest districts spread over the provinces. */
async function seedCommittees(app: FastifyInstance, count: number): Promise<string[]> {
  const service = committeeService(app.db, app.clock)
  const ids: string[] = []
  const central = await service.create(SYSTEM_ACTOR, { name: 'Ủy ban Trung ương MTTQ Việt Nam', level: 'central', kind: 'front_committee' })
  ids.push(central.id)
  const provinces: string[] = []
  for (let i = 1; i <= Math.min(63, count - 1); i++) {
    const p = await service.create(SYSTEM_ACTOR, {
      name: `Ủy ban MTTQ Việt Nam tỉnh Thử Nghiệm ${i}`,
      shortName: `Thử Nghiệm ${i}`,
      code: `B${String(i).padStart(2, '0')}`,
      level: 'province',
      kind: 'front_committee',
      parentId: central.id,
    })
    provinces.push(p.id)
    ids.push(p.id)
  }
  for (let i = 0; ids.length < count; i++) {
    const d = await service.create(SYSTEM_ACTOR, {
      name: `Ủy ban MTTQ Việt Nam huyện Hòa Bình ${i + 1}`,
      level: 'district',
      kind: 'front_committee',
      parentId: provinces[i % provinces.length]!,
    })
    ids.push(d.id)
  }
  return ids
}

async function sanityCheck(t: Target, id: string): Promise<void> {
  const url = t.origin + t.pathPrefix + id
  const res = await fetch(url, { headers: t.headers })
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}: ${await res.text()}`)
  const body = (await res.json()) as { id?: string }
  if (body.id !== id) throw new Error(`${url} returned another row`)
}

export async function main(): Promise<void> {
  const duration = intFromEnv('BENCH_DURATION', 10, 1)
  const warmup = intFromEnv('BENCH_WARMUP', 3, 0)
  const rounds = intFromEnv('BENCH_ROUNDS', 2, 1)
  const connections = intFromEnv('BENCH_CONNECTIONS', 50, 1)
  const count = intFromEnv('BENCH_COMMITTEES', 1000, 2)

  console.log(`\ncommittee-read: GET /v1/committees/{id} (service) vs GET /bare/:id (Fastify + pg, no auth)`)
  console.log(
    `node ${process.version}; ${connections} connections, ${duration} s per run after ${warmup} s warm-up, ` +
      `${rounds} round(s); pool ${POOL_SIZE}; load generator in a child process`,
  )

  await withBenchDatabase(async (dbUrl, dbName) => {
    let service: FastifyInstance | undefined
    let bare: { app: FastifyInstance; pool: pg.Pool } | undefined
    try {
      service = await buildService(dbUrl, POOL_SIZE)
      const t0 = performance.now()
      const ids = await seedCommittees(service, count)
      const token = await issueToken(service, 'reader')
      console.log(`database ${dbName}: ${ids.length} committees created in ${((performance.now() - t0) / 1000).toFixed(1)} s`)

      await service.listen({ host: '127.0.0.1', port: 0 })
      bare = await buildBare(dbUrl, POOL_SIZE)
      await bare.app.listen({ host: '127.0.0.1', port: 0 })

      const svcTarget: Target = {
        name: 'service GET /v1/committees/{id}',
        origin: originOf(service),
        pathPrefix: '/v1/committees/',
        ids,
        headers: { authorization: `Bearer ${token}` },
      }
      const bareTarget: Target = { name: 'bare GET /bare/:id', origin: originOf(bare.app), pathPrefix: '/bare/', ids, headers: {} }
      for (const t of [svcTarget, bareTarget]) await sanityCheck(t, ids[0]!)

      // A random committee for every request; rounds alternate the order (see bench/lib.ts).
      await compareLoad({ service: svcTarget, bare: bareTarget, rounds, warmup, duration, connections, targetRatio: TARGET_RATIO })
    } finally {
      await service?.close().catch(() => {})
      await bare?.app.close().catch(() => {})
      await bare?.pool.end().catch(() => {})
    }
  })
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main()
}
