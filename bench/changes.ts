/**
 * The change feed and the webhooks (issue 13), on PostgreSQL, the service in processes of its own
 * started as production starts it:
 *
 * (1) lag under write load: `BENCH_CHANGES_WRITERS` clients create committees through two
 *     replicas for `BENCH_CHANGES_DURATION` s; a portal follows `GET /v1/changes?wait=30` on one
 *     replica and a webhook subscription delivers to a receiver here. The lag of a change is when
 *     it reached the portal (or the receiver) minus its `occurredAt` (the write's own clock: the
 *     same machine). Target: p99 ≤ 1 s for each.
 * (2) catching up: the log brought to `BENCH_CHANGES` (1,000,000) events about
 *     `BENCH_CHANGES_COMMITTEES` committees, a portal reads the whole feed from cursor zero, 500
 *     at a time, as fast as it can: changes/s (target ≥ 20,000/s) and the service's peak RSS.
 *     Beside it, the yardstick: the same pages read straight from PostgreSQL by a bare `pg` client
 *     (the events, then their committees, as JSON): what the database alone allows.
 *
 * The events added for (2) are written by SQL, not through the service (a million audited writes
 * would take an hour): events about real committees, with placeholder hashes, and the log's head
 * moved past them. The feed reads neither hashes nor the Merkle tree, so what it does is what it
 * does on a real log; nothing else is run on that database afterwards.
 */
import { generateKeyPairSync } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { fork } from 'node:child_process'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import pg from 'pg'
import { SYSTEM_ACTOR } from '../src/modules/audit-events/service.ts'
import { committeeService } from '../src/modules/committees/service.ts'
import { buildService, intFromEnv, issueToken, mb, withBenchDatabase } from './lib.ts'
import { startServiceProcess, type ServiceProcess } from './service-process.ts'

const procLoadavg = () => readFileSync('/proc/loadavg', 'utf8').trim()
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const pct = (sorted: number[], p: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!)
const ascending = (xs: number[]) => [...xs].sort((a, b) => a - b)
const ms = (x: number) => `${x.toFixed(0)} ms`

interface Change {
  position: number
  occurredAt: string
  entity: Record<string, unknown> | null
}

function rssOf(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m ? Number(m[1]) * 1024 : 0
  } catch {
    return 0
  }
}

/** Samples a process's RSS every `everyMs` until stopped; the peak. */
function peakRss(pid: number, everyMs = 50) {
  let peak = rssOf(pid)
  const timer = setInterval(() => (peak = Math.max(peak, rssOf(pid))), everyMs)
  return {
    stop: () => {
      clearInterval(timer)
      return Math.max(peak, rssOf(pid))
    },
  }
}

async function getJson<T>(url: string, token: string): Promise<T> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } })
  if (res.status !== 200) throw new Error(`GET ${url}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

/** (1): writers on both replicas, a feed follower and a webhook receiver, each change's lag. */
async function lagUnderLoad(replicas: ServiceProcess[], admin: string, reader: string, writers: number, durationS: number) {
  const [a] = replicas
  const start = await getJson<{ nextCursor: string }>(`${a!.origin}/v1/changes?limit=1&types=committee&cursor=${await headCursor(a!, reader)}`, reader)
  // The webhook receiver: a process of its own.
  const receiver = fork(fileURLToPath(new URL('./webhook-receiver.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const ask = <T>(what: string) =>
    new Promise<T>((resolve) => {
      const on = (m: Record<string, unknown>) => {
        if (what in m || (what === 'port' && 'port' in m)) {
          receiver.off('message', on)
          resolve(m[what] as T)
        }
      }
      receiver.on('message', on)
      if (what !== 'port') receiver.send({ ask: what })
    })
  const hookUrl = `http://127.0.0.1:${await ask<number>('port')}/hook`
  const sub = await fetch(`${a!.origin}/v1/webhook-subscriptions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
    body: JSON.stringify({ url: hookUrl, types: ['committee'] }),
  })
  if (sub.status !== 201) throw new Error(`subscribe: ${sub.status} ${await sub.text()}`)
  const subscriptionId = ((await sub.json()) as { id: string }).id

  // The feed follower.
  const feedLags: number[] = []
  // Shared with the loops below, which change it from elsewhere.
  const state = { following: true, seen: 0, writes: 0 }
  let cursor = start.nextCursor
  const follower = (async () => {
    while (state.following) {
      const page = await getJson<{ items: Change[]; nextCursor: string }>(`${a!.origin}/v1/changes?types=committee&limit=500&wait=2&cursor=${cursor}`, reader)
      const at = Date.now()
      for (const c of page.items) feedLags.push(at - Date.parse(c.occurredAt))
      state.seen += page.items.length
      cursor = page.nextCursor
    }
  })()

  // The writers, alternating replicas.
  let failed = 0
  // Each write's own time: a change's occurredAt is read inside its write, so part of the lag is the write's.
  const writeMs: number[] = []
  const until = Date.now() + durationS * 1000
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      const target = replicas[w % replicas.length]!
      for (let i = 0; Date.now() < until; i++) {
        const sent = performance.now()
        const res = await fetch(`${target.origin}/v1/committees`, {
          method: 'POST',
          headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
          body: JSON.stringify({ name: `Ủy ban MTTQ xã đo tải ${w}-${i}`, level: 'commune' }),
        })
        await res.arrayBuffer()
        writeMs.push(performance.now() - sent)
        if (res.status === 201) state.writes++
        else failed++
      }
    }),
  )
  // Everything written reaches both.
  const settleFrom = Date.now()
  while ((state.seen < state.writes || (await ask<number>('count')) < state.writes) && Date.now() - settleFrom < 60_000) await sleep(50)
  state.following = false
  await follower
  const hookLags = await ask<number[]>('lags')
  // Where a delivery's time goes: the POST itself (the delivery log's durationMs), the rest is the dispatcher's.
  const log = await getJson<{ items: { durationMs: number; attemptedAt: string }[] }>(
    `${a!.origin}/v1/webhook-subscriptions/${subscriptionId}/deliveries?limit=500`,
    admin,
  )
  const posts = ascending(log.items.map((d) => d.durationMs))
  const times = log.items.map((d) => Date.parse(d.attemptedAt)).sort((x, y) => x - y)
  const spanS = times.length > 1 ? (times.at(-1)! - times[0]!) / 1000 : NaN
  receiver.send({ ask: 'stop' })
  return {
    writes: state.writes,
    failed,
    writeMs: ascending(writeMs),
    feedLags: ascending(feedLags),
    hookLags: ascending(hookLags),
    feedSeen: state.seen,
    hookSeen: hookLags.length,
    delivery: { postP50: pct(posts, 50), postP99: pct(posts, 99), perSecond: (times.length - 1) / spanS },
  }
}

async function headCursor(s: ServiceProcess, reader: string): Promise<string> {
  const page = await getJson<{ changesCursor: string }>(`${s.origin}/v1/committees?limit=1`, reader)
  return page.changesCursor
}

/** (2): the whole feed from cursor zero, as one portal reads it. */
async function catchUp(s: ServiceProcess, reader: string) {
  const rss = peakRss(s.pid)
  const cpu0 = s.cpuMs() ?? 0
  const t0 = performance.now()
  let cursor = ''
  let changes = 0
  let bytes = 0
  for (;;) {
    const res = await fetch(`${s.origin}/v1/changes?limit=500${cursor ? `&cursor=${cursor}` : ''}`, { headers: { authorization: `Bearer ${reader}` } })
    const text = await res.text()
    if (res.status !== 200) throw new Error(`feed: ${res.status} ${text.slice(0, 500)}`)
    bytes += text.length
    const page = JSON.parse(text) as { items: Change[]; nextCursor: string; hasMore: boolean }
    changes += page.items.length
    cursor = page.nextCursor
    if (page.items.length === 0 && !page.hasMore) break
  }
  const seconds = (performance.now() - t0) / 1000
  return { changes, seconds, bytes, peakRss: rss.stop(), cpuMs: (s.cpuMs() ?? 0) - cpu0 }
}

/** The yardstick: the same pages straight from PostgreSQL, the events then their committees, as JSON. */
async function bareCatchUp(dbUrl: string) {
  const client = new pg.Client({ connectionString: dbUrl })
  await client.connect()
  try {
    const t0 = performance.now()
    let after = 0
    let changes = 0
    for (;;) {
      const { rows } = await client.query<{ seq: string; occurred_at: Date; action: string; entity_type: string; entity_id: string }>(
        `select seq, occurred_at, action, entity_type, entity_id from audit_events where seq > $1 and entity_type = any($2) order by seq limit 500`,
        [after, ['committee', 'officer_tenure', 'cluster', 'cluster_year', 'handover', 'indicator', 'award_type', 'award_proposal']],
      )
      if (rows.length === 0) break
      const ids = [...new Set(rows.map((r) => r.entity_id))]
      const entities = await client.query<{ id: string }>('select * from committees where id = any($1::uuid[])', [ids])
      const byId = new Map(entities.rows.map((e) => [e.id, e]))
      JSON.stringify(rows.map((r) => ({ ...r, entity: byId.get(r.entity_id) ?? null })))
      changes += rows.length
      after = Number(rows[rows.length - 1]!.seq)
    }
    return { changes, seconds: (performance.now() - t0) / 1000 }
  } finally {
    await client.end()
  }
}

export async function main(): Promise<void> {
  const total = intFromEnv('BENCH_CHANGES', 1_000_000, 1000)
  const committeesN = intFromEnv('BENCH_CHANGES_COMMITTEES', 2000, 10)
  const writers = intFromEnv('BENCH_CHANGES_WRITERS', 20, 1)
  const durationS = intFromEnv('BENCH_CHANGES_DURATION', 10, 1)
  console.log(`\nchanges: the change feed and the webhooks on PostgreSQL; node ${process.version}, ${availableParallelism()} CPUs`)
  console.log(`/proc/loadavg at the start: ${procLoadavg()}`)
  await withBenchDatabase(async (dbUrl, dbName) => {
    const dir = mkdtempSync(join(tmpdir(), 'ctd-bench-changes-'))
    const keyFile = join(dir, 'audit-signing-key.pem')
    writeFileSync(keyFile, generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 })
    const replicas: ServiceProcess[] = []
    try {
      const t0 = performance.now()
      const app = await buildService(dbUrl, 5)
      const admin = await issueToken(app, 'admin')
      const reader = await issueToken(app, 'reader')
      const committees = committeeService(app.db, () => new Date())
      const central = await committees.create(SYSTEM_ACTOR, { name: 'Ủy ban Trung ương MTTQ Việt Nam', level: 'central', kind: 'front_committee' })
      for (let i = 1; i < committeesN; i++) {
        await committees.create(SYSTEM_ACTOR, { name: `Ủy ban MTTQ đơn vị ${i}`, level: 'province', kind: 'front_committee', parentId: central.id })
      }
      await app.auditLog.flush()
      await app.close()
      console.log(`database ${dbName}: ${committeesN} committees through the service in ${((performance.now() - t0) / 1000).toFixed(1)} s`)

      const env = { WEBHOOK_ALLOW_PRIVATE_URLS: 'true' }
      for (const name of ['replica A', 'replica B']) replicas.push(await startServiceProcess({ name, dbUrl, poolSize: 10, keyFile, env }))

      console.log(`\n(1) lag: ${writers} writers creating committees over 2 replicas for ${durationS} s; a feed follower (wait=2) on A; a webhook subscription`)
      const lag = await lagUnderLoad(replicas, admin, reader, writers, durationS)
      console.log(`    ${lag.writes} writes (${(lag.writes / durationS).toFixed(0)}/s), ${lag.failed} failed; load ${procLoadavg()}`)
      const row = (what: string, xs: number[], n: number) =>
        console.log(
          `    ${what.padEnd(16)} ${String(n).padStart(6)} seen   p50 ${ms(pct(xs, 50)).padStart(8)}   p99 ${ms(pct(xs, 99)).padStart(8)}   max ${ms(xs.at(-1) ?? NaN).padStart(8)}   (target p99 ≤ 1000 ms)`,
        )
      console.log(
        `    for context, a write's own time (its change's occurredAt is read inside it): p50 ${ms(pct(lag.writeMs, 50))}, p99 ${ms(pct(lag.writeMs, 99))}`,
      )
      row('feed lag', lag.feedLags, lag.feedSeen)
      row('webhook lag', lag.hookLags, lag.hookSeen)
      console.log(
        `    the last 500 deliveries: POST p50 ${ms(lag.delivery.postP50)}, p99 ${ms(lag.delivery.postP99)}; ${lag.delivery.perSecond.toFixed(0)} deliveries/s`,
      )
      for (const r of replicas) await r.stop()
      replicas.length = 0

      // (2) The log brought to `total` events about the committees, by SQL (see the top of the file).
      const t1 = performance.now()
      const sql = new pg.Client({ connectionString: dbUrl })
      await sql.connect()
      try {
        const { rows } = await sql.query<{ seq: string }>('select seq from audit_chain_head where id = 1')
        const head = Number(rows[0]!.seq)
        if (head < total) {
          await sql.query(
            `insert into audit_events (seq, occurred_at, action, entity_type, entity_id, prev_hash, hash)
             select $1::bigint + g, now(), 'committee.updated', 'committee', c.ids[1 + (g % c.n)], 'bench', 'bench'
             from generate_series(1, $2::bigint) g,
                  (select array_agg(id::text order by id) as ids, count(*)::int as n from committees) c`,
            [head, total - head],
          )
          await sql.query('update audit_chain_head set seq = $1, tree_size = $1 where id = 1', [total])
        }
        await sql.query('analyze audit_events')
      } finally {
        await sql.end()
      }
      console.log(`\n(2) catch-up: the log brought to ${total.toLocaleString('en')} events by SQL in ${((performance.now() - t1) / 1000).toFixed(1)} s`)
      const service = await startServiceProcess({
        name: 'service',
        dbUrl,
        poolSize: 10,
        keyFile,
        env: { AUDIT_CHECKPOINT_EVERY: String(10 * total), AUDIT_CHECKPOINT_INTERVAL_S: '100000000', WEBHOOK_DELIVERY: 'false' },
      })
      replicas.push(service)
      const rssBefore = rssOf(service.pid)
      const feed = await catchUp(service, reader)
      const bare = await bareCatchUp(dbUrl)
      const rate = feed.changes / feed.seconds
      const bareRate = bare.changes / bare.seconds
      console.log(
        `    service: ${feed.changes.toLocaleString('en')} changes in ${feed.seconds.toFixed(1)} s = ${rate.toFixed(0)} changes/s (target ≥ 20,000/s); ` +
          `${mb(feed.bytes)} of JSON; its CPU ${(feed.cpuMs / 1000).toFixed(1)} s; RSS ${mb(rssBefore)} before, ${mb(feed.peakRss)} at peak`,
      )
      console.log(
        `    bare pg: ${bare.changes.toLocaleString('en')} changes in ${bare.seconds.toFixed(1)} s = ${bareRate.toFixed(0)} changes/s; service ÷ bare = ${(rate / bareRate).toFixed(2)}`,
      )
      console.log(`/proc/loadavg at the end: ${procLoadavg()}`)
    } finally {
      for (const r of replicas) await r.stop()
      rmSync(dir, { recursive: true, force: true })
    }
  })
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main()
}
