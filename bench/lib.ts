/**
 * Shared pieces of the benchmarks on PostgreSQL: environment parsing, the throw-away database
 * `ctd_bench_<pid>`, the service built as the server builds it, the bare Fastify + pg baseline,
 * the forked autocannon worker and the service-vs-bare comparison table, an inject helper for
 * data set-up, and a peak-RSS sampler. Not a benchmark itself (bench/run.ts does not list it).
 */
import { fork } from 'node:child_process'
import { availableParallelism, loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import Fastify, { type FastifyInstance } from 'fastify'
import pg from 'pg'
import { buildApp } from '../src/app.ts'
import { loadConfig } from '../src/config.ts'
import { SYSTEM_ACTOR } from '../src/modules/audit-events/service.ts'
import { issueApiKey } from '../src/modules/api-keys/service.ts'
import type { Role } from '../src/plugins/auth.ts'
import type { LoadJob, LoadSummary } from './load-worker.ts'

export type { LoadJob, LoadSummary }

export function intFromEnv(name: string, fallback: number, min: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer ≥ ${min} (got ${raw})`)
  return n
}

/** The PostgreSQL server the benchmarks create their database on. */
export const serverUrl = () => process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres'

export function withDatabase(url: string, name: string): string {
  const u = new URL(url)
  u.pathname = `/${name}`
  return u.href
}

export async function adminSql(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/**
 * Runs `fn` on a fresh database `ctd_bench_<pid>` of the server, dropped afterwards (also when
 * `fn` throws). Benchmarks run one after another, so one name per process is enough.
 */
export async function withBenchDatabase<T>(fn: (dbUrl: string, dbName: string) => Promise<T>): Promise<T> {
  const server = serverUrl()
  const dbName = `ctd_bench_${process.pid}`
  await adminSql(server, `create database ${dbName}`)
  try {
    return await fn(withDatabase(server, dbName), dbName)
  } finally {
    await adminSql(server, `drop database if exists ${dbName} with (force)`).catch((err: Error) => console.error(`could not drop ${dbName}: ${err.message}`))
  }
}

/** The real service, as the server builds it: silent logs, no demo data, no bootstrap key. */
export function buildService(dbUrl: string, poolSize: number): Promise<FastifyInstance> {
  return buildApp(
    // A load generator on one address is the point here, not a runaway client: no rate limits.
    loadConfig(
      {},
      { DATABASE_URL: dbUrl, LOG_LEVEL: 'silent', SEED_DEMO: false, BOOTSTRAP_ADMIN_KEY: false, PG_POOL_SIZE: poolSize, RATE_LIMIT_ENABLED: false },
    ),
  )
}

/** Issues a key directly through the service layer and returns its bearer token. */
export async function issueToken(app: FastifyInstance, role: Role, committeeId: string | null = null): Promise<string> {
  const { token } = await app.db.transaction((tx) => issueApiKey(tx, SYSTEM_ACTOR, { name: `bench ${role}`, role, committeeId }, new Date()))
  return token
}

/** The baseline: one route, one pool, `select *` by primary key, the row as JSON. */
export async function buildBare(url: string, poolSize: number): Promise<{ app: FastifyInstance; pool: pg.Pool }> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize })
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

/**
 * The load generator's ceiling for a body: a route with no work at all that answers every
 * request with the same bytes and headers. Loaded like the others, it shows how much of a
 * large-body route's figure is the client receiving bytes rather than the server's work.
 */
export async function buildStatic(body: Buffer, headers: Record<string, string>): Promise<FastifyInstance> {
  const app = Fastify({ logger: false })
  app.get('/static/:id', (_req, reply) => {
    reply.headers(headers).send(body)
  })
  await app.ready()
  return app
}

export const originOf = (app: FastifyInstance) => {
  const address = app.server.address()
  if (!address || typeof address === 'string') throw new Error('server is not listening on TCP')
  return `http://127.0.0.1:${address.port}`
}

/** Runs one load job in a child process (its own event loop) and returns its summary. */
export function load(job: LoadJob): Promise<LoadSummary> {
  const worker = fork(fileURLToPath(new URL('./load-worker.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  return new Promise((resolve, reject) => {
    // Bounded: a worker that hangs is killed well after its run should have ended.
    const guard = setTimeout(
      () => {
        worker.kill('SIGKILL')
        reject(new Error('load worker did not finish in time'))
      },
      (job.duration + 60) * 1000,
    )
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

export interface Target {
  name: string
  origin: string
  pathPrefix: string
  /** Appended after the id (e.g. `/years/2024/ranking`). */
  pathSuffix?: string
  /** A random one of these is put between prefix and suffix for every request. */
  ids: string[]
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
export function combine(rs: LoadSummary[]): LoadSummary {
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
    bytesPerSecond: sum((r) => r.bytesPerSecond ?? 0) / rs.length,
    cpuMicrosPerRequest:
      sum((r) => (r.cpuMicrosPerRequest ?? 0) * r.total) /
      Math.max(
        1,
        sum((r) => r.total),
      ),
  }
}

/**
 * Loads the service target and the bare target in turn (never together), `rounds` times, each
 * run after an uncounted warm-up; rounds alternate the order (service, bare; bare, service; …)
 * so that drift in the machine's background load does not favour one side. Prints the table,
 * the req/s ratio against `targetRatio` and the CPU-per-request ratio; returns the combined
 * figures.
 */
export async function compareLoad(opts: {
  service: Target
  bare: Target
  rounds: number
  warmup: number
  duration: number
  connections: number
  targetRatio: number
}): Promise<{ service: LoadSummary; bare: LoadSummary; ratio: number; clean: boolean }> {
  const targets = [opts.service, opts.bare]
  const runs: { round: number; target: Target; r: LoadSummary }[] = []
  for (let round = 1; round <= opts.rounds; round++) {
    for (const target of round % 2 === 1 ? targets : [...targets].reverse()) {
      const job = {
        origin: target.origin,
        pathPrefix: target.pathPrefix,
        pathSuffix: target.pathSuffix ?? '',
        ids: target.ids,
        headers: target.headers,
        connections: opts.connections,
      }
      if (opts.warmup > 0) await load({ ...job, duration: opts.warmup })
      console.log(`  round ${round}/${opts.rounds}: ${target.name} for ${opts.duration} s …`)
      // Both servers live in this process and only one is loaded at a time, so this process's
      // CPU time over a run, per request, is that server's cost: a figure that background
      // load on the machine barely moves, unlike req/s.
      const cpu0 = process.cpuUsage()
      const r = await load({ ...job, duration: opts.duration })
      const cpu = process.cpuUsage(cpu0)
      runs.push({ round, target, r: { ...r, cpuMicrosPerRequest: (cpu.user + cpu.system) / Math.max(1, r.total) } })
    }
  }

  console.log(`\n${HEAD}\n${'-'.repeat(HEAD.length)}`)
  for (const { round, target, r } of runs) console.log(row(opts.rounds > 1 ? `${target.name} [${round}]` : target.name, r))
  const [svc, base] = targets.map((t) => combine(runs.filter((x) => x.target === t).map((x) => x.r))) as [LoadSummary, LoadSummary]
  if (opts.rounds > 1) {
    console.log('-'.repeat(HEAD.length))
    console.log(row(`${opts.service.name} (all)`, svc))
    console.log(row(`${opts.bare.name} (all)`, base))
  }
  const ratio = svc.requestsPerSecond / base.requestsPerSecond
  const clean = [svc, base].every((r) => r.non2xx === 0 && r.errors === 0 && r.timeouts === 0)
  console.log(
    `\nratio service/bare (mean req/s): ${ratio.toFixed(2)} (target ≥ ${opts.targetRatio}): ${ratio >= opts.targetRatio ? 'meets' : 'MISSES'}` +
      (clean ? '' : '  — WARNING: some requests failed; the figures are not comparable'),
  )
  const cpuRatio = base.cpuMicrosPerRequest! / svc.cpuMicrosPerRequest!
  console.log(`server CPU per request, bare/service: ${cpuRatio.toFixed(2)} (the ratio a CPU-bound server would reach)`)
  console.log(
    `machine: ${availableParallelism()} CPUs; load average ${loadavg()[0]!.toFixed(1)} at the end ` +
      '(other work on the machine skews the figures; the ratio is the figure to compare)',
  )
  return { service: svc, bare: base, ratio, clean }
}

/** Checks that a target answers 200 before it is loaded; returns the body text. */
export async function sanityCheck(t: Target, id = t.ids[0]!): Promise<string> {
  const url = t.origin + t.pathPrefix + id + (t.pathSuffix ?? '')
  const res = await fetch(url, { headers: t.headers })
  const text = await res.text()
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}: ${text.slice(0, 500)}`)
  return text
}

/**
 * `app.inject` with a bearer token and a JSON body, for data set-up; throws unless the answer
 * has the expected status. Returns the parsed body.
 */
export function caller(app: FastifyInstance) {
  return async <T = unknown>(
    token: string,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    body?: unknown,
    expect?: number,
    headers: Record<string, string> = {},
  ): Promise<T> => {
    const res = await app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}`, ...headers },
      ...(body !== undefined ? { payload: body as object } : {}),
    })
    const want = expect ?? (method === 'GET' ? 200 : undefined)
    if (want !== undefined ? res.statusCode !== want : res.statusCode >= 300) {
      throw new Error(`${method} ${url}: ${want ?? '2xx'} expected, got ${res.statusCode}: ${res.body.slice(0, 1000)}`)
    }
    return (res.body ? JSON.parse(res.body) : null) as T
  }
}

/**
 * Samples this process's resident set size from a worker thread, so the samples keep coming
 * while the main thread is busy in synchronous work (parsing, serialising). rss is per process.
 */
export async function rssSampler(everyMs = 5): Promise<{ reset(): void; peak(): Promise<number>; stop(): Promise<void> }> {
  const worker = new Worker(
    `const { parentPort } = require('node:worker_threads')
     let peak = 0
     const tick = () => { const r = process.memoryUsage.rss(); if (r > peak) peak = r }
     const timer = setInterval(tick, ${everyMs})
     parentPort.on('message', (m) => {
       if (m === 'reset') { peak = 0; tick() }
       else if (m === 'peak') { tick(); parentPort.postMessage(peak) }
       else if (m === 'stop') { clearInterval(timer); parentPort.close() }
     })
     tick()`,
    { eval: true },
  )
  worker.unref()
  await new Promise((r) => setTimeout(r, 20))
  return {
    reset: () => worker.postMessage('reset'),
    peak: () =>
      new Promise<number>((resolve) => {
        worker.once('message', (m: number) => resolve(m))
        worker.postMessage('peak')
      }),
    stop: async () => {
      worker.postMessage('stop')
      await worker.terminate()
    },
  }
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/**
 * A scheme whose every criterion is `relative_to_best` on an indicator of its own, the points
 * shared equally: no targets to set (a big year's targets are past the API's limits) and no peer
 * assessment. Criteria are coded `${prefix}_001`, ….
 */
export function relativeToBestScheme(indicatorCodes: string[], prefix: string) {
  const points = String(Number((100 / indicatorCodes.length).toFixed(4)))
  return {
    criteria: indicatorCodes.map((indicatorCode, i) => ({
      code: `${prefix}_${String(i + 1).padStart(3, '0')}`,
      title: `Tiêu chí ${i + 1}`,
      group: `G${i % 4}`,
      kind: 'standard',
      method: 'relative_to_best',
      maxPoints: points,
      indicatorCode,
    })),
    bonusCap: '5',
    penaltyCap: '5',
    tieBreakGroups: ['G0', 'G1'],
    latePenalty: null,
    awardRules: [],
  }
}
