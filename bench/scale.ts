/**
 * Scale curves (issue 16 point 3): how the bulk import, a cold ranking and the export grow with
 * the cluster's members (10 → 10,000 at 20 criteria: up to a cluster of every commune of a
 * province, and beyond) and with the scheme's criteria (10 → 200 at 100 members).
 *   node --import tsx bench/scale.ts        (or: npm run bench -- scale)
 *
 * Each point is a cluster-year of its own on PostgreSQL (its own database, dropped at the end):
 * M communes, a scheme of C criteria, each `relative_to_best` on an indicator of its own (so no
 * targets, and no peer assessment, which is M² scores and cannot exist at 10,000 members), the
 * pact signed, H1 and FY open. Set up through the service layer (the HTTP API takes at most 500
 * members a year), then measured over loopback HTTP against the app listening in this process
 * (an admin key; each answer read to its last byte, counted, not kept):
 *   - import: one CSV of M × C FY values with `submit=true` (every submission complete and
 *     submitted), time to the whole answer;
 *   - cold ranking: a bonus adjustment for one member (an input change: the cached ranking is
 *     stale), then `GET …/ranking`, time to the whole answer; median of BENCH_SCALE_RUNS;
 *   - export: `GET /v1/exports/cluster-years/{clusterId}/{year}` (the bundle with its log and
 *     signature), time to the whole answer; median of BENCH_SCALE_RUNS, after one export to warm.
 * Each row prints the time, the time per value (M × C), and `growth`: how much the time grew from
 * the point before divided by how much M × C grew (1.0: linear there; below 1, fixed costs still
 * count; above 1, growing faster than the data).
 * Prints figures; asserts nothing.
 *
 * Environment: DATABASE_URL, BENCH_SCALE_MEMBERS (10,100,1000,10000), BENCH_SCALE_CRITERIA
 * (10,50,100,200), BENCH_SCALE_RUNS (3).
 */
import { generateKeyPairSync } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { FastifyInstance } from 'fastify'
import { SYSTEM_ACTOR } from '../src/modules/audit-events/service.ts'
import { clusterService } from '../src/modules/clusters/service.ts'
import { committeeService } from '../src/modules/committees/service.ts'
import { planningService } from '../src/modules/planning/service.ts'
import { buildApp } from '../src/app.ts'
import { loadSigningKey } from '../src/bootstrap/signing-key.ts'
import { loadConfig } from '../src/config.ts'
import { caller, issueToken, originOf, relativeToBestScheme, withBenchDatabase } from './lib.ts'
import { rng } from './rng.ts'

const YEAR = 2024
const POOL_SIZE = 10
/** The criteria of the members series, and the members of the criteria series. */
const FIXED_CRITERIA = 20
const FIXED_MEMBERS = 100

function listFromEnv(name: string, fallback: number[]): number[] {
  const raw = process.env[name]
  if (!raw) return fallback
  const list = raw.split(',').map(Number)
  if (list.some((n) => !Number.isInteger(n) || n < 2)) throw new Error(`${name} must list integers ≥ 2 (got ${raw})`)
  return list
}

interface Point {
  members: number
  criteria: number
  importMs: number
  rankingMs: number
  rankingBytes: number
  exportMs: number
  exportBytes: number
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

let serial = 0

/** A cluster-year of `members` communes and `criteria` relative_to_best criteria, up to FY open, and its CSV of every FY value. */
export async function setUpYear(app: FastifyInstance, admin: string, indicatorCodes: string[], members: number, criteria: number) {
  const call = caller(app)
  const committees = committeeService(app.db, app.clock)
  const tag = ++serial
  const province = await committees.create(SYSTEM_ACTOR, {
    name: `Ủy ban MTTQ Việt Nam tỉnh Quy Mô ${tag}`,
    shortName: `Quy Mô ${tag}`,
    code: `SC${tag}`,
    level: 'province',
    kind: 'front_committee',
  })
  const ids: string[] = []
  const codes: string[] = []
  for (let i = 1; i <= members; i++) {
    const code = `SC${tag}X${String(i).padStart(5, '0')}`
    const c = await committees.create(SYSTEM_ACTOR, {
      name: `Ủy ban MTTQ Việt Nam xã Quy Mô ${tag}-${i}`,
      code,
      level: 'commune',
      kind: 'front_committee',
      parentId: province.id,
    })
    ids.push(c.id)
    codes.push(code)
  }
  const clusterCode = `BENCH-SCALE-${tag}`
  const cluster = await call<{ id: string }>(
    admin,
    'POST',
    '/v1/clusters',
    { code: clusterCode, name: `Cụm thi đua quy mô ${tag}`, organizerCommitteeId: province.id, memberLevel: 'commune', rotationPolicy: 'deputy_succeeds' },
    201,
  )
  await clusterService(app.db, app.clock).putYear(SYSTEM_ACTOR, cluster.id, YEAR, { members: ids, headId: ids[0]!, deputyId: ids[1]! }, null)
  const base = `/v1/clusters/${cluster.id}/years/${YEAR}`
  const scheme = relativeToBestScheme(indicatorCodes.slice(0, criteria), 'QM')
  await call(admin, 'PUT', `${base}/scheme`, scheme, 201)
  await planningService(app.db, app.clock).signPact(SYSTEM_ACTOR, cluster.id, YEAR, {
    signedAt: `${YEAR}-01-15T09:00:00+07:00`,
    venue: 'Hội trường Ủy ban MTTQ tỉnh',
    signatories: ids.map((committeeId) => ({ committeeId, signerName: 'Nguyễn Văn A', title: 'Chủ tịch Ủy ban MTTQ' })),
  })
  const now = Date.now()
  const window = { opensAt: new Date(now - 3600_000).toISOString(), closesAt: new Date(now + 7 * 86_400_000).toISOString() }
  await call(admin, 'PUT', `${base}/periods/H1`, window, 201)
  await call(admin, 'PUT', `${base}/periods/FY`, window, 201)
  const rand = rng(tag)
  const lines = ['committeeCode,clusterCode,year,period,indicatorCode,value,note']
  for (const committeeCode of codes) {
    for (const [i, code] of indicatorCodes.slice(0, criteria).entries()) {
      const v = i % 2 === 0 ? String(Math.floor(rand() * 9000)) : `${Math.floor(rand() * 5000)}.${String(Math.floor(rand() * 100)).padStart(2, '0')}`
      lines.push(`${committeeCode},${clusterCode},${YEAR},FY,${code},${v},`)
    }
  }
  return { clusterId: cluster.id, base, ids, csv: lines.join('\r\n') + '\r\n' }
}

async function measure(
  app: FastifyInstance,
  origin: string,
  admin: string,
  indicatorCodes: string[],
  members: number,
  criteria: number,
  runs: number,
): Promise<Point> {
  const year = await setUpYear(app, admin, indicatorCodes, members, criteria)
  const headers = { authorization: `Bearer ${admin}` }
  // Over loopback HTTP, each answer read to its last byte and counted, never kept: a 10,000-member
  // export is 190 MB, and holding it (as app.inject does) would time the collector, not the export.
  const timed = async (method: 'GET' | 'POST', url: string, payload?: string, contentType?: string) => {
    const t0 = performance.now()
    const res = await fetch(`${origin}${url}`, {
      method,
      headers: contentType ? { ...headers, 'content-type': contentType } : headers,
      ...(payload ? { body: payload } : {}),
    })
    let bytes = 0
    let head = ''
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      if (head.length < 4096) head += Buffer.from(chunk).toString('utf8', 0, Math.min(chunk.length, 4096))
      bytes += chunk.length
    }
    const ms = performance.now() - t0
    if (res.status !== 200) throw new Error(`${method} ${url}: ${res.status} ${head.slice(0, 500)}`)
    return { ms, bytes, head }
  }
  const imported = await timed('POST', '/v1/submissions/import?submit=true', year.csv, 'text/csv')
  const summary = JSON.parse(/"summary":(\{[^}]*\})/.exec(imported.head)?.[1] ?? 'null') as { created: number; rejected: number } | null
  if (!summary) throw new Error(`import: no summary in ${imported.head.slice(0, 300)}`)
  if (summary.created !== members * criteria || summary.rejected > 0) throw new Error(`import: ${JSON.stringify(summary)}`)
  const call = caller(app)
  const rankings: { ms: number; bytes: number }[] = []
  for (let r = 0; r < runs + 1; r++) {
    // An input changes: the cached ranking is stale, the next read computes it.
    await call(
      admin,
      'POST',
      `${year.base}/adjustments`,
      { committeeId: year.ids[r % year.ids.length], type: 'bonus', points: '0.5', reason: 'Mô hình mới được nhân rộng' },
      201,
    )
    rankings.push(await timed('GET', `${year.base}/ranking`))
  }
  const exportUrl = `/v1/exports/cluster-years/${year.clusterId}/${YEAR}`
  const exports: { ms: number; bytes: number }[] = []
  for (let r = 0; r < runs + 1; r++) exports.push(await timed('GET', exportUrl))
  // The first of each warms (compiled code, the export's remembered digest); the rest count.
  const rank = rankings.slice(1)
  const exp = exports.slice(1)
  return {
    members,
    criteria,
    importMs: imported.ms,
    rankingMs: median(rank.map((x) => x.ms)),
    rankingBytes: rank[0]!.bytes,
    exportMs: median(exp.map((x) => x.ms)),
    exportBytes: exp[0]!.bytes,
  }
}

function printSeries(title: string, points: Point[]) {
  console.log(`\n${title}`)
  const head = `${'members'.padStart(8)}${'criteria'.padStart(9)}${'values'.padStart(10)} | ${'import ms'.padStart(10)}${'µs/value'.padStart(9)}${'growth'.padStart(8)} | ${'ranking ms'.padStart(11)}${'µs/value'.padStart(9)}${'growth'.padStart(8)} | ${'export ms'.padStart(10)}${'µs/value'.padStart(9)}${'growth'.padStart(8)}${'MB'.padStart(7)}`
  console.log(`${head}\n${'-'.repeat(head.length)}`)
  const values = (p: Point) => p.members * p.criteria
  const cell = (p: Point, before: Point | undefined, ms: (x: Point) => number, width: number) =>
    `${ms(p).toFixed(0).padStart(width)}${((ms(p) * 1000) / values(p)).toFixed(1).padStart(9)}` +
    (before ? (ms(p) / ms(before) / (values(p) / values(before))).toFixed(2) : '').padStart(8)
  points.forEach((p, i) => {
    const before = points[i - 1]
    console.log(
      `${String(p.members).padStart(8)}${String(p.criteria).padStart(9)}${String(values(p)).padStart(10)} | ${cell(p, before, (x) => x.importMs, 10)} | ` +
        `${cell(p, before, (x) => x.rankingMs, 11)} | ${cell(p, before, (x) => x.exportMs, 10)}${(p.exportBytes / 1e6).toFixed(1).padStart(7)}`,
    )
  })
}

export async function main(): Promise<void> {
  const memberSeries = listFromEnv('BENCH_SCALE_MEMBERS', [10, 100, 1000, 10000])
  const criteriaSeries = listFromEnv('BENCH_SCALE_CRITERIA', [10, 50, 100, 200])
  const runs = Number(process.env.BENCH_SCALE_RUNS ?? 3)
  const load0 = loadavg()
  console.log(
    `\nscale: import, cold ranking and export of one cluster-year as members and criteria grow; node ${process.version}; load ${load0.map((l) => l.toFixed(2)).join(' ')}`,
  )
  await withBenchDatabase(async (dbUrl, dbName) => {
    // The export is signed: a key of its own, as a deployment configures one.
    const dir = mkdtempSync(join(tmpdir(), 'ctd-bench-scale-'))
    const keyFile = join(dir, 'audit-signing-key.pem')
    writeFileSync(keyFile, generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 })
    const config = loadConfig(
      {},
      {
        DATABASE_URL: dbUrl,
        LOG_LEVEL: 'silent',
        SEED_DEMO: false,
        BOOTSTRAP_ADMIN_KEY: false,
        PG_POOL_SIZE: POOL_SIZE,
        RATE_LIMIT_ENABLED: false,
        AUDIT_SIGNING_KEY_FILE: keyFile,
      },
    )
    const app = await buildApp(config, { signer: (await loadSigningKey(config)).signer })
    try {
      const admin = await issueToken(app, 'admin')
      await app.listen({ host: '127.0.0.1', port: 0 })
      const origin = originOf(app)
      const call = caller(app)
      const indicatorCodes: string[] = []
      for (let i = 1; i <= Math.max(FIXED_CRITERIA, ...criteriaSeries); i++) {
        const code = `QM_IND_${String(i).padStart(3, '0')}`
        await call(
          admin,
          'POST',
          '/v1/indicators',
          { code, nameVi: `Chỉ tiêu quy mô ${i}`, nameEn: `Scale indicator ${i}`, unit: 'count', valueType: i % 2 ? 'integer' : 'decimal', minValue: '0' },
          201,
        )
        indicatorCodes.push(code)
      }
      console.log(`database ${dbName}, pool ${POOL_SIZE}, ${runs} cold rankings and exports per point (median, after one to warm)`)
      const byMembers: Point[] = []
      for (const m of memberSeries) {
        const t0 = performance.now()
        byMembers.push(await measure(app, origin, admin, indicatorCodes, m, FIXED_CRITERIA, runs))
        console.log(`  ${m} members × ${FIXED_CRITERIA} criteria measured (${((performance.now() - t0) / 1000).toFixed(1)} s with its set-up)`)
      }
      printSeries(`members grow, ${FIXED_CRITERIA} criteria:`, byMembers)
      const byCriteria: Point[] = []
      for (const c of criteriaSeries) {
        const t0 = performance.now()
        byCriteria.push(await measure(app, origin, admin, indicatorCodes, FIXED_MEMBERS, c, runs))
        console.log(`  ${FIXED_MEMBERS} members × ${c} criteria measured (${((performance.now() - t0) / 1000).toFixed(1)} s with its set-up)`)
      }
      printSeries(`criteria grow, ${FIXED_MEMBERS} members:`, byCriteria)
    } finally {
      await app.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
  console.log(`machine: ${availableParallelism()} CPUs; load ${load0[0]!.toFixed(2)} at the start, ${loadavg()[0]!.toFixed(2)} at the end`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main()
}
