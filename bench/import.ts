/**
 * Bulk-import benchmark (issue 4): `POST /v1/submissions/import` end to end over HTTP on the
 * local PostgreSQL.
 *   node --import tsx bench/import.ts        (or: npm run bench -- import)
 *
 * (a) JSON: one import of 10,000 values (500 committees × 20 indicators) into one cluster-year,
 *     target ≥ 50,000 values/s. Run several times: a dry run (warms the code, writes nothing),
 *     the create run (every value a new draft value), an unchanged run (same values again) and
 *     two update runs (every value changed).
 * (b) CSV: one `text/csv` import of 100,000 rows (10 cluster-years × 500 committees × 20
 *     indicators, Vietnamese number notation with `decimal=comma`): values/s, and the process's
 *     RSS before and at its peak during the request (sampled every 5 ms from a worker thread, so
 *     the samples keep coming while the main thread parses or serialises). A 10,000-row import
 *     into an eleventh cluster-year runs first: comparing the growth per row of the two tells
 *     whether memory stays bounded or grows with the rows. Then the 100,000 rows again
 *     (all unchanged).
 *
 * The service listens on loopback in this process and the requests are sent with fetch from
 * this process too (one request at a time, so the client costs little next to the server).
 * The clock runs from sending the request to having read the whole answer.
 * Prints figures; asserts nothing.
 *
 * Environment: DATABASE_URL (a server where databases may be created; default
 * postgres://postgres@127.0.0.1:5432/postgres), BENCH_IMPORT_COMMITTEES (per cluster-year,
 * default 500), BENCH_IMPORT_CSV_CLUSTERS (default 10), BENCH_IMPORT_RUNS (update runs of the JSON
 * import, default 2).
 */
import { availableParallelism, loadavg } from 'node:os'
import { pathToFileURL } from 'node:url'
import type { FastifyInstance } from 'fastify'
import { SYSTEM_ACTOR } from '../src/modules/audit-events/chain.ts'
import { committeeService } from '../src/modules/committees/service.ts'
import { buildService, caller, intFromEnv, issueToken, mb, originOf, rssSampler, withBenchDatabase } from './lib.ts'

const POOL_SIZE = 20
const TARGET_VALUES_PER_SECOND = 50_000
export const YEAR = 2024
const INDICATORS = 20

/** Small deterministic PRNG (mulberry32) so every run imports the same data. */
export function rng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface IndicatorDef {
  code: string
  valueType: 'integer' | 'decimal' | 'percent'
  unit: string
  method: 'target_ratio' | 'relative_to_best' | 'threshold'
}

/** 20 indicators: money in đồng and counts (integers), decimals, percentages; all in the scheme. */
export const indicatorDefs: IndicatorDef[] = Array.from({ length: INDICATORS }, (_, i) => {
  const valueType = i < 10 ? 'integer' : i < 16 ? 'decimal' : 'percent'
  const unit = i < 4 ? 'đồng' : i < 10 ? 'house' : i < 16 ? 'count' : 'percent'
  const method = i % 3 === 0 ? 'target_ratio' : i % 3 === 1 ? 'relative_to_best' : 'threshold'
  return { code: `BENCH_IND_${String(i + 1).padStart(2, '0')}`, valueType, unit, method }
})

/** A value as a JSON client sends it ("157000000000", "12.5"), or in Vietnamese notation for CSV. */
export function valueOf(def: IndicatorDef, rand: () => number, vietnamese: boolean): string {
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1))
  if (def.valueType === 'integer') {
    const n = def.unit === 'đồng' ? int(1, 400) * 1_000_000_000 + int(0, 999) * 1_000_000 : int(0, 9000)
    return vietnamese ? n.toLocaleString('de-DE') : String(n) // de-DE groups with "." like Vietnamese
  }
  const whole = def.valueType === 'percent' ? int(0, 99) : int(0, 5000)
  const frac = String(int(0, 99)).padStart(2, '0')
  return vietnamese ? `${whole},${frac}` : `${whole}.${frac}`
}

export interface ClusterYear {
  code: string
  id: string
  memberCodes: string[]
}

/** Everything through the service or the API as admin: indicators, committees, cluster-years up to an open FY. */
export async function setUp(app: FastifyInstance, adminToken: string, clusterCount: number, perCluster: number) {
  const call = caller(app)
  for (const d of indicatorDefs) {
    await call(adminToken, 'POST', '/v1/indicators', {
      code: d.code, nameVi: `Chỉ tiêu thử nghiệm ${d.code.slice(-2)}`, nameEn: `Bench indicator ${d.code.slice(-2)}`, unit: d.unit, valueType: d.valueType, minValue: '0',
    }, 201)
  }
  const committees = committeeService(app.db)
  const province = await committees.create(SYSTEM_ACTOR, { name: 'Ủy ban MTTQ Việt Nam tỉnh Thử Nghiệm', shortName: 'Thử Nghiệm', code: 'BT01', level: 'province', kind: 'front_committee' })
  const scheme = {
    criteria: indicatorDefs.map((d, i) => ({
      code: `TC_${String(i + 1).padStart(2, '0')}`, title: `Tiêu chí ${i + 1}`, group: `G${i % 4}`, kind: 'standard', method: d.method, maxPoints: '5', indicatorCode: d.code,
    })),
    bonusCap: '5',
    penaltyCap: '5',
    tieBreakGroups: ['G0', 'G1'],
    latePenalty: null,
    awardRules: [],
  }
  const needsTarget = scheme.criteria.filter((c) => c.method !== 'relative_to_best')
  const now = Date.now()
  const window = { opensAt: new Date(now - 3600_000).toISOString(), closesAt: new Date(now + 7 * 86_400_000).toISOString() }
  const out: ClusterYear[] = []
  let serial = 0
  for (let k = 0; k < clusterCount; k++) {
    const ids: string[] = []
    const codes: string[] = []
    for (let i = 0; i < perCluster; i++) {
      const code = `X${String(++serial).padStart(5, '0')}`
      const c = await committees.create(SYSTEM_ACTOR, { name: `Ủy ban MTTQ Việt Nam xã Hòa Bình ${serial}`, code, level: 'commune', kind: 'front_committee', parentId: province.id })
      ids.push(c.id)
      codes.push(code)
    }
    const clusterCode = `BENCH-${String(k + 1).padStart(2, '0')}`
    const cluster = await call<{ id: string }>(adminToken, 'POST', '/v1/clusters', {
      code: clusterCode, name: `Cụm thi đua thử nghiệm số ${k + 1}`, organizerCommitteeId: province.id, memberLevel: 'commune', rotationPolicy: 'deputy_succeeds',
    }, 201)
    const base = `/v1/clusters/${cluster.id}/years/${YEAR}`
    await call(adminToken, 'PUT', base, { members: ids, headId: ids[0], deputyId: ids[1] }, 201)
    await call(adminToken, 'PUT', `${base}/scheme`, scheme, 201)
    await call(adminToken, 'PUT', `${base}/targets`, { targets: ids.flatMap((committeeId) => needsTarget.map((c) => ({ committeeId, criterionCode: c.code, value: '100' }))) }, 200)
    await call(adminToken, 'POST', `${base}/pact/sign`, {
      signedAt: `${YEAR}-01-15T09:00:00+07:00`, venue: 'Hội trường Ủy ban MTTQ tỉnh',
      signatories: ids.map((committeeId) => ({ committeeId, signerName: 'Nguyễn Văn A', title: 'Chủ tịch Ủy ban MTTQ' })),
    }, 201)
    await call(adminToken, 'PUT', `${base}/periods/H1`, window, 201) // H1 first: opening it starts reporting
    await call(adminToken, 'PUT', `${base}/periods/FY`, window, 201)
    out.push({ code: clusterCode, id: cluster.id, memberCodes: codes })
  }
  return out
}

export interface Result {
  status: number
  ms: number
  requestBytes: number
  responseBytes: number
  summary: { created: number; updated: number; unchanged: number; rejected: number }
  firstProblem?: string
}

export async function postImport(origin: string, token: string, query: string, contentType: string, body: string): Promise<Result> {
  const t0 = performance.now()
  const res = await fetch(`${origin}/v1/submissions/import${query}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
    body,
  })
  const text = await res.text()
  const ms = performance.now() - t0
  const parsed = JSON.parse(text) as { summary?: Result['summary']; items?: { status: string; code?: string; message?: string }[]; detail?: string }
  const bad = parsed.items?.find((i) => i.status === 'rejected')
  return {
    status: res.status,
    ms,
    requestBytes: Buffer.byteLength(body),
    responseBytes: Buffer.byteLength(text),
    summary: parsed.summary ?? { created: 0, updated: 0, unchanged: 0, rejected: 0 },
    ...(bad ? { firstProblem: `${bad.code}: ${bad.message}` } : parsed.summary ? {} : { firstProblem: text.slice(0, 300) }),
  }
}

const HEAD = `${'run'.padEnd(34)}${'status'.padStart(7)}${'ms'.padStart(9)}${'values/s'.padStart(11)}${'created'.padStart(9)}${'updated'.padStart(9)}${'unchanged'.padStart(10)}${'rejected'.padStart(9)}`
const line = (name: string, values: number, r: Result) =>
  `${name.padEnd(34)}${String(r.status).padStart(7)}${r.ms.toFixed(0).padStart(9)}${(values / (r.ms / 1000)).toFixed(0).padStart(11)}` +
  `${String(r.summary.created).padStart(9)}${String(r.summary.updated).padStart(9)}${String(r.summary.unchanged).padStart(10)}${String(r.summary.rejected).padStart(9)}` +
  (r.firstProblem ? `  first rejection: ${r.firstProblem}` : '')

export async function main(): Promise<void> {
  const perCluster = intFromEnv('BENCH_IMPORT_COMMITTEES', 500, 2)
  const csvClusters = intFromEnv('BENCH_IMPORT_CSV_CLUSTERS', 10, 1)
  const updateRuns = intFromEnv('BENCH_IMPORT_RUNS', 2, 1)
  const jsonValues = perCluster * INDICATORS
  const csvValues = csvClusters * perCluster * INDICATORS

  console.log(`\nimport: POST /v1/submissions/import over HTTP (service on loopback, pool ${POOL_SIZE}); node ${process.version}`)
  await withBenchDatabase(async (dbUrl, dbName) => {
    let app: FastifyInstance | undefined
    try {
      app = await buildService(dbUrl, POOL_SIZE)
      const adminToken = await issueToken(app, 'admin')
      const t0 = performance.now()
      const [jsonCy, smallCy, ...csvCys] = await setUp(app, adminToken, 2 + csvClusters, perCluster)
      console.log(
        `database ${dbName}: ${(2 + csvClusters) * perCluster} committees, ${2 + csvClusters} cluster-years (${perCluster} members, ` +
          `${INDICATORS} indicators in the scheme, H1 and FY open) set up in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      )
      await app.listen({ host: '127.0.0.1', port: 0 })
      const origin = originOf(app)
      const rss = await rssSampler()

      // (a) JSON, one cluster-year
      const jsonBody = (seed: number) => {
        const rand = rng(seed)
        const items = []
        for (const committeeCode of jsonCy!.memberCodes) {
          for (const d of indicatorDefs) {
            items.push({ committeeCode, clusterCode: jsonCy!.code, year: YEAR, period: 'FY', indicatorCode: d.code, value: valueOf(d, rand, false), note: null })
          }
        }
        return JSON.stringify({ items })
      }
      console.log(`\n(a) JSON: ${jsonValues.toLocaleString('en')} values (${perCluster} committees × ${INDICATORS} indicators) into one cluster-year; target ≥ ${TARGET_VALUES_PER_SECOND.toLocaleString('en')} values/s`)
      console.log(`${HEAD}\n${'-'.repeat(HEAD.length)}`)
      const first = jsonBody(1)
      const runs: { name: string; r: Result }[] = []
      const run = async (name: string, query: string, body: string) => {
        const r = await postImport(origin, adminToken, query, 'application/json', body)
        runs.push({ name, r })
        console.log(line(name, jsonValues, r))
        return r
      }
      await run('dry run (warm-up, writes nothing)', '?dryRun=true', first)
      await run('create (new drafts)', '', first)
      await run('unchanged (same values again)', '', first)
      for (let i = 1; i <= updateRuns; i++) await run(`update ${i} (every value changed)`, '', jsonBody(1 + i))
      const create = runs.find((x) => x.name.startsWith('create'))!.r
      const updates = runs.filter((x) => x.name.startsWith('update')).map((x) => x.r)
      const vps = (r: Result) => jsonValues / (r.ms / 1000)
      const bestUpdate = Math.max(...updates.map(vps))
      console.log(
        `request ${mb(first.length)}, answer ${mb(create.responseBytes)}; create ${vps(create).toFixed(0)} values/s: ${vps(create) >= TARGET_VALUES_PER_SECOND ? 'meets' : 'MISSES'}; ` +
          `update (best of ${updates.length}) ${bestUpdate.toFixed(0)} values/s: ${bestUpdate >= TARGET_VALUES_PER_SECOND ? 'meets' : 'MISSES'} the target`,
      )

      // (b) CSV, many cluster-years in one request; a tenth of it first, to see how memory grows with the rows.
      const csvOf = (cys: ClusterYear[], seed: number) => {
        const rand = rng(seed)
        const lines = ['committeeCode,clusterCode,year,period,indicatorCode,value,note']
        let n = 0
        for (const cy of cys) {
          for (const committeeCode of cy.memberCodes) {
            for (const d of indicatorDefs) {
              // A few notes, some quoted because they hold a comma; values in Vietnamese notation.
              const note = n++ % 50 === 0 ? '"Số liệu của Ban Thường trực, đã rà soát"' : ''
              const v = valueOf(d, rand, true)
              lines.push(`${committeeCode},${cy.code},${YEAR},FY,${d.code},${v.includes(',') ? `"${v}"` : v},${note}`)
            }
          }
        }
        return lines.join('\r\n') + '\r\n'
      }
      const small = csvOf([smallCy!], 98)
      const csv = csvOf(csvCys, 99)
      console.log(
        `\n(b) CSV: ${csvValues.toLocaleString('en')} rows (${csvClusters} cluster-years × ${perCluster} committees × ${INDICATORS} indicators), ` +
          `decimal=comma, ${mb(Buffer.byteLength(csv))}; first ${(perCluster * INDICATORS).toLocaleString('en')} rows into another cluster-year`,
      )
      const RSS_HEAD = `${'RSS before'.padStart(12)}${'peak RSS'.padStart(11)}${'growth'.padStart(10)}${'B/row'.padStart(8)}`
      console.log(`${HEAD}${RSS_HEAD}\n${'-'.repeat(HEAD.length + RSS_HEAD.length)}`)
      const csvRuns: { name: string; rows: number; r: Result; before: number; peak: number }[] = []
      const csvRun = async (name: string, body: string, rows: number) => {
        const before = process.memoryUsage.rss()
        rss.reset()
        const r = await postImport(origin, adminToken, '?decimal=comma', 'text/csv', body)
        const peak = await rss.peak()
        csvRuns.push({ name, rows, r, before, peak })
        console.log(
          `${line(name, rows, r)}${mb(before).padStart(12)}${mb(peak).padStart(11)}${mb(peak - before).padStart(10)}` +
            `${((peak - before) / rows).toFixed(0).padStart(8)}`,
        )
      }
      await csvRun(`create ${(perCluster * INDICATORS).toLocaleString('en')} rows`, small, perCluster * INDICATORS)
      await csvRun(`create ${csvValues.toLocaleString('en')} rows (new drafts)`, csv, csvValues)
      await csvRun(`unchanged ${csvValues.toLocaleString('en')} rows (again)`, csv, csvValues)
      await rss.stop()
      const [s10, big] = csvRuns as [(typeof csvRuns)[number], (typeof csvRuns)[number]]
      const perRowSmall = (s10.peak - s10.before) / s10.rows
      const perRowBig = (big.peak - big.before) / big.rows
      console.log(
        `answer ${mb(big.r.responseBytes)}; ${(csvValues / (big.r.ms / 1000)).toFixed(0)} values/s; RSS ${mb(big.before)} before, ${mb(big.peak)} at the peak ` +
          `(+${mb(big.peak - big.before)}, ${((big.peak - big.before) / Buffer.byteLength(csv)).toFixed(0)}× the CSV body).`,
      )
      console.log(
        perRowBig >= perRowSmall / 2
          ? `memory NOT bounded: the peak grows with the rows (${perRowSmall.toFixed(0)} B/row at ${s10.rows.toLocaleString('en')} rows, ` +
              `${perRowBig.toFixed(0)} B/row at ${big.rows.toLocaleString('en')}); a 64 MB CSV (the route's body limit) would need ~${mb(perRowBig * (64 * 1024 * 1024) / (Buffer.byteLength(csv) / csvValues))}`
          : `memory bounded: ${perRowSmall.toFixed(0)} B/row at ${s10.rows.toLocaleString('en')} rows, ${perRowBig.toFixed(0)} B/row at ${big.rows.toLocaleString('en')}`,
      )
      console.log(
        `machine: ${availableParallelism()} CPUs; load average ${loadavg()[0]!.toFixed(1)} at the end (other work on the machine skews the figures)`,
      )
    } finally {
      await app?.close().catch(() => {})
    }
  })
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main()
}
