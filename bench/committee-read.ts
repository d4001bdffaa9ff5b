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
import { fork } from 'node:child_process'
import { availableParallelism, loadavg } from 'node:os'
import { fileURLToPath, pathToFileURL } from 'node:url'
import Fastify, { type FastifyInstance } from 'fastify'
import pg from 'pg'
import { buildApp } from '../src/app.ts'
import { loadConfig } from '../src/config.ts'
import { SYSTEM_ACTOR } from '../src/modules/audit-events/chain.ts'
import { issueApiKey } from '../src/modules/api-keys/service.ts'
import { committeeService } from '../src/modules/committees/service.ts'
import type { LoadJob, LoadSummary } from './load-worker.ts'

const POOL_SIZE = 20
const TARGET_RATIO = 0.6

function intFromEnv(name: string, fallback: number, min: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer ≥ ${min} (got ${raw})`)
  return n
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url)
  u.pathname = `/${name}`
  return u.href
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** 1 central committee, 63 provinces, the rest districts spread over the provinces. */
async function seedCommittees(app: FastifyInstance, count: number): Promise<string[]> {
  const service = committeeService(app.db)
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

/** The baseline: one route, one pool, `select *` by primary key, the row as JSON. */
async function buildBare(url: string): Promise<{ app: FastifyInstance; pool: pg.Pool }> {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE })
  pool.on('error', () => {})
  const app = Fastify({ logger: false })
  app.get<{ Params: { id: string } }>('/bare/:id', async (req, reply) => {
    const { rows } = await pool.query('select * from committees where id = $1', [req.params.id])
    if (rows.length === 0) return reply.code(404).send({ error: 'not found' })
    return rows[0]
  })
  await app.ready()
  return { app, pool }
}

/** Runs one load job in a child process (its own event loop) and returns its summary. */
function load(job: LoadJob): Promise<LoadSummary> {
  const worker = fork(fileURLToPath(new URL('./load-worker.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  return new Promise((resolve, reject) => {
    // Bounded: a worker that hangs is killed well after its run should have ended.
    const guard = setTimeout(() => {
      worker.kill('SIGKILL')
      reject(new Error('load worker did not finish in time'))
    }, (job.duration + 60) * 1000)
    worker.once('message', (msg: { ok: true; summary: LoadSummary } | { ok: false; error: string }) => {
      clearTimeout(guard)
      if (msg.ok) resolve(msg.summary)
      else reject(new Error(`load worker: ${msg.error}`))
    })
    worker.once('exit', (code) => {
      clearTimeout(guard)
      reject(new Error(`load worker exited with code ${code} before reporting`))
    })
    worker.once('error', (err) => {
      clearTimeout(guard)
      reject(err)
    })
    worker.send(job)
  })
}

const originOf = (app: FastifyInstance) => {
  const address = app.server.address()
  if (!address || typeof address === 'string') throw new Error('server is not listening on TCP')
  return `http://127.0.0.1:${address.port}`
}

async function sanityCheck(url: string, headers: Record<string, string>, id: string): Promise<void> {
  const res = await fetch(url, { headers })
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}: ${await res.text()}`)
  const body = (await res.json()) as { id?: string }
  if (body.id !== id) throw new Error(`${url} returned another row`)
}

interface Target {
  name: string
  origin: string
  pathPrefix: string
  headers: Record<string, string>
}

const HEAD =
  `${'target'.padEnd(40)}${'req/s'.padStart(9)}${'p50 ms'.padStart(8)}${'p99 ms'.padStart(8)}${'max ms'.padStart(8)}` +
  `${'2xx'.padStart(9)}${'non-2xx'.padStart(9)}${'errors'.padStart(8)}${'timeouts'.padStart(10)}${'CPU µs/req'.padStart(12)}`

const row = (name: string, r: LoadSummary) =>
  `${name.padEnd(40)}${r.requestsPerSecond.toFixed(0).padStart(9)}${String(r.latencyP50).padStart(8)}${String(r.latencyP99).padStart(8)}` +
  `${String(r.latencyMax).padStart(8)}${String(r.ok2xx).padStart(9)}${String(r.non2xx).padStart(9)}${String(r.errors).padStart(8)}${String(r.timeouts).padStart(10)}` +
  `${(r.cpuMicrosPerRequest ?? 0).toFixed(0).padStart(12)}`

/** Over several runs: mean req/s, the worst latencies, summed counts. */
function combine(rs: LoadSummary[]): LoadSummary {
  const sum = (f: (r: LoadSummary) => number) => rs.reduce((s, r) => s + f(r), 0)
  const max = (f: (r: LoadSummary) => number) => Math.max(...rs.map(f))
  return {
    requestsPerSecond: sum((r) => r.requestsPerSecond) / rs.length,
    latencyP50: max((r) => r.latencyP50),
    latencyP99: max((r) => r.latencyP99),
    latencyMax: max((r) => r.latencyMax),
    total: sum((r) => r.total),
    ok2xx: sum((r) => r.ok2xx),
    non2xx: sum((r) => r.non2xx),
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
    cpuMicrosPerRequest: sum((r) => (r.cpuMicrosPerRequest ?? 0) * r.total) / Math.max(1, sum((r) => r.total)),
  }
}

export async function main(): Promise<void> {
  const duration = intFromEnv('BENCH_DURATION', 10, 1)
  const warmup = intFromEnv('BENCH_WARMUP', 3, 0)
  const rounds = intFromEnv('BENCH_ROUNDS', 2, 1)
  const connections = intFromEnv('BENCH_CONNECTIONS', 50, 1)
  const count = intFromEnv('BENCH_COMMITTEES', 1000, 2)
  const serverUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres'
  const dbName = `ctd_bench_${process.pid}`
  const dbUrl = withDatabase(serverUrl, dbName)

  console.log(`\ncommittee-read: GET /v1/committees/{id} (service) vs GET /bare/:id (Fastify + pg, no auth)`)
  console.log(
    `node ${process.version}; ${connections} connections, ${duration} s per run after ${warmup} s warm-up, ` +
      `${rounds} round(s); pool ${POOL_SIZE}; load generator in a child process`,
  )

  await admin(serverUrl, `create database ${dbName}`)
  let service: FastifyInstance | undefined
  let bare: { app: FastifyInstance; pool: pg.Pool } | undefined
  try {
    service = await buildApp(
      loadConfig({}, { DATABASE_URL: dbUrl, LOG_LEVEL: 'silent', SEED_DEMO: false, BOOTSTRAP_ADMIN_KEY: false, PG_POOL_SIZE: POOL_SIZE }),
    )
    const t0 = performance.now()
    const ids = await seedCommittees(service, count)
    const { token } = await service.db.transaction((tx) => issueApiKey(tx, SYSTEM_ACTOR, { name: 'bench reader', role: 'reader' }))
    console.log(`database ${dbName}: ${ids.length} committees created in ${((performance.now() - t0) / 1000).toFixed(1)} s`)

    await service.listen({ host: '127.0.0.1', port: 0 })
    bare = await buildBare(dbUrl)
    await bare.app.listen({ host: '127.0.0.1', port: 0 })

    const targets: Target[] = [
      { name: 'service GET /v1/committees/{id}', origin: originOf(service), pathPrefix: '/v1/committees/', headers: { authorization: `Bearer ${token}` } },
      { name: 'bare GET /bare/:id', origin: originOf(bare.app), pathPrefix: '/bare/', headers: {} },
    ]
    for (const t of targets) await sanityCheck(t.origin + t.pathPrefix + ids[0], t.headers, ids[0]!)

    // Rounds alternate the order (service then bare; bare then service; …) so that drift in the
    // machine's background load does not favour one side.
    const runs: { round: number; target: Target; r: LoadSummary }[] = []
    for (let round = 1; round <= rounds; round++) {
      for (const target of round % 2 === 1 ? targets : [...targets].reverse()) {
        const job = { origin: target.origin, pathPrefix: target.pathPrefix, ids, headers: target.headers, connections }
        if (warmup > 0) await load({ ...job, duration: warmup })
        console.log(`  round ${round}/${rounds}: ${target.name} for ${duration} s …`)
        // Both servers live in this process and only one is loaded at a time, so this process's
        // CPU time over a run, per request, is that server's cost: a figure that background
        // load on the machine barely moves, unlike req/s.
        const cpu0 = process.cpuUsage()
        const r = await load({ ...job, duration })
        const cpu = process.cpuUsage(cpu0)
        runs.push({ round, target, r: { ...r, cpuMicrosPerRequest: (cpu.user + cpu.system) / Math.max(1, r.total) } })
      }
    }

    console.log(`\n${HEAD}\n${'-'.repeat(HEAD.length)}`)
    for (const { round, target, r } of runs) console.log(row(rounds > 1 ? `${target.name} [${round}]` : target.name, r))
    const [svc, base] = targets.map((t) => combine(runs.filter((x) => x.target === t).map((x) => x.r))) as [LoadSummary, LoadSummary]
    if (rounds > 1) {
      console.log('-'.repeat(HEAD.length))
      console.log(row(`${targets[0]!.name} (all)`, svc))
      console.log(row(`${targets[1]!.name} (all)`, base))
    }
    const ratio = svc.requestsPerSecond / base.requestsPerSecond
    const clean = [svc, base].every((r) => r.non2xx === 0 && r.errors === 0 && r.timeouts === 0)
    console.log(
      `\nratio service/bare (mean req/s): ${ratio.toFixed(2)} (target ≥ ${TARGET_RATIO}): ${ratio >= TARGET_RATIO ? 'meets' : 'MISSES'}` +
        (clean ? '' : '  — WARNING: some requests failed; the figures are not comparable'),
    )
    const cpuRatio = base.cpuMicrosPerRequest! / svc.cpuMicrosPerRequest!
    console.log(`server CPU per request, bare/service: ${cpuRatio.toFixed(2)} (the ratio a CPU-bound server would reach)`)
    console.log(
      `machine: ${availableParallelism()} CPUs; load average ${loadavg()[0]!.toFixed(1)} at the end ` +
        '(other work on the machine skews the figures; the ratio is the figure to compare)',
    )
  } finally {
    await service?.close().catch(() => {})
    await bare?.app.close().catch(() => {})
    await bare?.pool.end().catch(() => {})
    await admin(serverUrl, `drop database if exists ${dbName} with (force)`).catch((err: Error) =>
      console.error(`could not drop ${dbName}: ${err.message}`),
    )
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main()
}
