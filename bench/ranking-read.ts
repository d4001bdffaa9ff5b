/**
 * Ranking read benchmark (issue 5): the service's authenticated
 * `GET /v1/clusters/{id}/years/{year}/ranking` for a complete 63-member cluster-year against the
 * bare Fastify route selecting one committee by primary key through `pg` (the committee-read
 * baseline), in the same run.
 *   node --import tsx bench/ranking-read.ts        (or: npm run bench -- ranking-read)
 * The cluster-year is brought to a complete ranking through the API: 63 provinces, a 40-criterion
 * scheme (target_ratio, relative_to_best, threshold, 8 peer-assessed criteria scored by all 62
 * peers, conference points, bonus and penalty criteria, caps, bands, award rules), targets, the
 * signed pact, one accepted FY submission per member (some corrected on acceptance), 63 peer
 * assessments, the conference points, a few bonus/penalty adjustments and one disqualification,
 * then FY closed (status scoring). The ranking is live (not finalised): served from the cache
 * kept per version of its inputs.
 * Load as in committee-read (bench/lib.ts): both servers in this process, loaded in turn, the
 * autocannon worker forked. Prints figures; asserts nothing. Target: service/bare req/s ≥ 0.5.
 *
 * Before the load, the cold read (issue 16): after each change of an input (an adjustment made,
 * withdrawn, a peer assessment's score changed) the first GET recomputes. It is read over HTTP as a
 * client sees it (Accept-Encoding: br, gzip) and, for the same inputs, in-process through a second
 * instance of the service with timing spans (reading from the database, the domain, the digest,
 * encoding, compression); beside it, the pure domain ranking (rankCluster on the same inputs) in
 * the same run, and the ratios. Target: cold read ≤ 4 × the domain time.
 *
 * Environment: DATABASE_URL, BENCH_DURATION (s, default 10), BENCH_WARMUP (s, default 3),
 * BENCH_ROUNDS (default 2), BENCH_CONNECTIONS (default 50), BENCH_RANKING_MEMBERS (default 63),
 * BENCH_COLD_READS (default 30; 0 skips the cold read), BENCH_SKIP_LOAD (1 skips the load runs).
 */
import { pathToFileURL } from 'node:url'
import type { FastifyInstance } from 'fastify'
import type pg from 'pg'
import { readFileSync } from 'node:fs'
import { Agent, get as httpGet } from 'node:http'
import { SYSTEM_ACTOR } from '../src/modules/audit-events/service.ts'
import { loadClusterYear } from '../src/modules/cluster-years/service.ts'
import { committeeService } from '../src/modules/committees/service.ts'
import { loadRankingInputs } from '../src/modules/ranking/inputs.ts'
import { rankingService } from '../src/modules/ranking/service.ts'
import { rankCluster } from '../src/domain/ranking.ts'
import type { Spans } from '../src/lib/spans.ts'
import {
  buildBare,
  buildService,
  buildStatic,
  load,
  caller,
  compareLoad,
  intFromEnv,
  issueToken,
  mb,
  originOf,
  sanityCheck,
  type Target,
  withBenchDatabase,
} from './lib.ts'
import { rng } from './rng.ts'

const POOL_SIZE = 20
const TARGET_RATIO = 0.5
const COLD_TARGET = 4
const YEAR = 2024

interface Crit {
  code: string
  title: string
  group: string
  kind: 'standard' | 'bonus' | 'penalty'
  method: 'target_ratio' | 'relative_to_best' | 'threshold' | 'assessed' | 'manual'
  maxPoints: string
  indicatorCode?: string
  lowerIsBetter?: boolean
}

/**
 * 40 criteria, 100 standard points: 12 target_ratio, 8 relative_to_best, 6 threshold (2.5 each),
 * 8 assessed (3 each), 2 manual (5.5 each); bonus: 2 manual and 1 relative_to_best (cap 5);
 * penalty: 1 manual (cap 5).
 */
function buildScheme() {
  const criteria: Crit[] = []
  const indicators: { code: string; valueType: 'integer' | 'decimal' | 'percent'; unit: string; direction: 'higher' | 'lower' }[] = []
  const indicatorFor = (i: number, lower = false) => {
    const code = `RK_IND_${String(i).padStart(2, '0')}`
    const valueType = i % 5 === 0 ? 'percent' : i % 3 === 0 ? 'decimal' : 'integer'
    indicators.push({ code, valueType, unit: valueType === 'percent' ? 'percent' : i % 4 === 0 ? 'đồng' : 'count', direction: lower ? 'lower' : 'higher' })
    return code
  }
  let n = 0
  const add = (c: Omit<Crit, 'code' | 'title'>) => {
    n++
    criteria.push({ code: `TC_${String(n).padStart(2, '0')}`, title: `Tiêu chí ${n}`, ...c })
  }
  for (let i = 0; i < 12; i++)
    add({ group: 'A', kind: 'standard', method: 'target_ratio', maxPoints: '2.5', indicatorCode: indicatorFor(n + 1, i === 11), lowerIsBetter: i === 11 })
  for (let i = 0; i < 8; i++) add({ group: 'B', kind: 'standard', method: 'relative_to_best', maxPoints: '2.5', indicatorCode: indicatorFor(n + 1) })
  for (let i = 0; i < 6; i++) add({ group: 'C', kind: 'standard', method: 'threshold', maxPoints: '2.5', indicatorCode: indicatorFor(n + 1) })
  for (let i = 0; i < 8; i++) add({ group: 'D', kind: 'standard', method: 'assessed', maxPoints: '3' })
  for (let i = 0; i < 2; i++) add({ group: 'E', kind: 'standard', method: 'manual', maxPoints: '5.5' })
  for (let i = 0; i < 2; i++) add({ group: 'F', kind: 'bonus', method: 'manual', maxPoints: '2' })
  add({ group: 'F', kind: 'bonus', method: 'relative_to_best', maxPoints: '2', indicatorCode: indicatorFor(n + 1) })
  add({ group: 'G', kind: 'penalty', method: 'manual', maxPoints: '3' })
  const scheme = {
    criteria,
    bonusCap: '5',
    penaltyCap: '5',
    tieBreakGroups: ['A', 'D', 'B'],
    latePenalty: { points: '1' },
    classificationBands: [
      { code: 'XUAT_SAC', label: 'Xuất sắc', minTotal: '95' },
      { code: 'TOT', label: 'Tốt', minTotal: '85' },
      { code: 'KHA', label: 'Khá', minTotal: '0' },
    ],
    awardRules: [
      { awardTypeCode: 'CO_XUAT_SAC_TOAN_DIEN', maxCount: 1 },
      { awardTypeCode: 'CO_XUAT_SAC', maxCount: 1 },
      { awardTypeCode: 'BANG_KHEN', maxShare: '0.3', minTotal: '60' },
    ],
  }
  return { scheme, indicators }
}

const AWARD_TYPES = [
  { code: 'CO_XUAT_SAC_TOAN_DIEN', nameVi: 'Cờ thi đua xuất sắc toàn diện', nameEn: 'Comprehensive-excellence emulation flag', precedence: 1 },
  { code: 'CO_XUAT_SAC', nameVi: 'Cờ thi đua xuất sắc', nameEn: 'Excellence emulation flag', precedence: 2 },
  { code: 'BANG_KHEN', nameVi: 'Bằng khen', nameEn: 'Certificate of merit', precedence: 3 },
]

/** Through the API as admin (members' own keys for their assessments); returns the cluster and the members. */
export async function setUp(app: FastifyInstance, memberCount: number) {
  const admin = await issueToken(app, 'admin')
  const call = caller(app)
  const rand = rng(7)
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1))
  const { scheme, indicators } = buildScheme()
  for (const d of indicators) {
    await call(
      admin,
      'POST',
      '/v1/indicators',
      {
        code: d.code,
        nameVi: `Chỉ tiêu ${d.code.slice(-2)}`,
        nameEn: `Indicator ${d.code.slice(-2)}`,
        unit: d.unit,
        valueType: d.valueType,
        direction: d.direction,
        minValue: '0',
      },
      201,
    )
  }
  const committees = committeeService(app.db, app.clock)
  const central = await committees.create(SYSTEM_ACTOR, { name: 'Ủy ban Trung ương MTTQ Việt Nam', level: 'central', kind: 'front_committee' })
  const ids: string[] = []
  for (let i = 1; i <= memberCount; i++) {
    const c = await committees.create(SYSTEM_ACTOR, {
      name: `Ủy ban MTTQ Việt Nam tỉnh Thử Nghiệm ${i}`,
      shortName: `Thử Nghiệm ${i}`,
      code: `R${String(i).padStart(2, '0')}`,
      level: 'province',
      kind: 'front_committee',
      parentId: central.id,
    })
    ids.push(c.id)
  }
  for (const t of AWARD_TYPES) await call(admin, 'POST', '/v1/award-types', { organizerCommitteeId: central.id, ...t }, 201)
  const cluster = await call<{ id: string }>(
    admin,
    'POST',
    '/v1/clusters',
    {
      code: 'BENCH-RANKING',
      name: 'Cụm thi đua thử nghiệm 63 tỉnh',
      organizerCommitteeId: central.id,
      memberLevel: 'province',
      rotationPolicy: 'deputy_succeeds',
    },
    201,
  )
  const base = `/v1/clusters/${cluster.id}/years/${YEAR}`
  await call(admin, 'PUT', base, { members: ids, headId: ids[0], deputyId: ids[1] }, 201)
  await call(admin, 'PUT', `${base}/scheme`, scheme, 201)
  const targeted = scheme.criteria.filter((c) => c.method === 'target_ratio' || c.method === 'threshold')
  await call(
    admin,
    'PUT',
    `${base}/targets`,
    {
      targets: ids.flatMap((committeeId) => targeted.map((c) => ({ committeeId, criterionCode: c.code, value: c.lowerIsBetter ? '5' : String(int(80, 120)) }))),
    },
    200,
  )
  await call(
    admin,
    'POST',
    `${base}/pact/sign`,
    {
      signedAt: `${YEAR}-01-15T09:00:00+07:00`,
      venue: 'Hội trường UBTƯ MTTQ Việt Nam',
      signatories: ids.map((committeeId) => ({ committeeId, signerName: 'Nguyễn Văn A', title: 'Chủ tịch Ủy ban MTTQ tỉnh' })),
    },
    201,
  )
  const now = Date.now()
  const window = { opensAt: new Date(now - 3600_000).toISOString(), closesAt: new Date(now + 86_400_000).toISOString() }
  await call(admin, 'PUT', `${base}/periods/H1`, window, 201) // H1 first: opening it starts reporting
  await call(admin, 'PUT', `${base}/periods/FY`, window, 201)

  // One accepted FY submission per member; every fifth has a value corrected on acceptance.
  const valueOf = (d: (typeof indicators)[number]) =>
    d.valueType === 'percent'
      ? `${int(0, 20)}.${int(0, 9)}`
      : d.valueType === 'decimal'
        ? `${int(50, 150)}.${int(0, 99)}`
        : String(d.unit === 'đồng' ? int(50, 150) * 1_000_000_000 : int(50, 150))
  for (const [i, committeeId] of ids.entries()) {
    const values = indicators.map((d) => ({ indicatorCode: d.code, value: valueOf(d) }))
    const s = await call<{ id: string }>(admin, 'POST', '/v1/submissions', { clusterId: cluster.id, year: YEAR, period: 'FY', committeeId, values }, 201)
    await call(admin, 'POST', `/v1/submissions/${s.id}/submit`, undefined, 200)
    const corrections =
      i % 5 === 0 ? [{ indicatorCode: indicators[0]!.code, officialValue: String(int(60, 140)), reason: 'Số liệu đã được Ban Thường trực rà soát lại' }] : []
    await call(admin, 'POST', `/v1/submissions/${s.id}/accept`, { corrections }, 200)
  }

  // Peer assessments: every member scores every other member on every assessed criterion.
  const assessed = scheme.criteria.filter((c) => c.method === 'assessed')
  for (const assessorId of ids) {
    const token = await issueToken(app, 'submitter', assessorId)
    const scores = ids
      .filter((t) => t !== assessorId)
      .flatMap((targetId) => assessed.map((c) => ({ targetId, criterionCode: c.code, score: `${int(1, 2)}.${int(0, 9)}` })))
    await call(token, 'PUT', `${base}/assessments/${assessorId}`, { scores }, 200)
  }

  // The conference's points for the manual criteria, a few free bonus and penalty lines, one disqualification.
  const manual = scheme.criteria.filter((c) => c.method === 'manual')
  for (const committeeId of ids) {
    for (const c of manual) {
      const max = Math.floor(Number(c.maxPoints))
      await call(
        admin,
        'POST',
        `${base}/adjustments`,
        { committeeId, type: 'manual', criterionCode: c.code, points: `${int(0, max - 1)}.${int(0, 9)}`, reason: 'Hội nghị tổng kết cụm thống nhất' },
        201,
      )
    }
  }
  for (let i = 0; i < 4; i++) {
    await call(
      admin,
      'POST',
      `${base}/adjustments`,
      { committeeId: ids[int(0, ids.length - 1)], type: i % 2 ? 'penalty' : 'bonus', points: '1.5', reason: 'Mô hình mới, cách làm hay được nhân rộng' },
      201,
    )
  }
  await call(
    admin,
    'POST',
    `${base}/adjustments`,
    { committeeId: ids[ids.length - 1], type: 'disqualification', reason: 'Vi phạm nghiêm trọng trong năm (kỷ luật tập thể)' },
    201,
  )
  await call(admin, 'POST', `${base}/periods/FY/close`, undefined, 200)
  return { clusterId: cluster.id, ids, criteria: scheme.criteria.length, assessedCount: assessed.length }
}

const keepAlive = new Agent({ keepAlive: true, maxSockets: 1 })

/** GET on a kept-alive connection (as a portal polling the ranking holds one), until the last byte, not decoded: what a client waits for, its own decoding aside. */
function getRaw(url: string, headers: Record<string, string>): Promise<{ status: number; encoding: string | undefined; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = httpGet(url, { headers, agent: keepAlive }, (res) => {
      let bytes = 0
      res.on('data', (chunk: Buffer) => (bytes += chunk.length))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, encoding: res.headers['content-encoding'], bytes }))
      res.on('error', reject)
    })
    req.on('error', reject)
  })
}

const loadAvg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

/**
 * The cold read: after each change of an input, the first GET recomputes. Changes cycle through
 * a bonus adjustment made, the same withdrawn, and one peer score changed (so the assessments'
 * rows change too). For each version of the inputs: the read over HTTP (the route's own cache is
 * cold), then the same inputs in-process through a second service instance with spans, then the
 * pure domain ranking of those inputs (the median of five runs), in alternating order.
 */
async function coldReads(app: FastifyInstance, clusterId: string, ids: string[], token: string, reads: number) {
  const admin = await issueToken(app, 'admin')
  const call = caller(app)
  const base = `/v1/clusters/${clusterId}/years/${YEAR}`
  const url = `${originOf(app)}${base}/ranking`
  const probe = rankingService(app.db, app.clock)
  const assessor = ids[1]!
  const assessorKey = await issueToken(app, 'submitter', assessor)
  let adjustmentId: string | null = null
  const change = async (i: number) => {
    const kind = i % 3
    if (kind === 0) {
      adjustmentId = (
        await call<{ id: string }>(
          admin,
          'POST',
          `${base}/adjustments`,
          { committeeId: ids[i % ids.length], type: 'bonus', points: '0.5', reason: 'Đổi đầu vào' },
          201,
        )
      ).id
    } else if (kind === 1) {
      await call(admin, 'POST', `${base}/adjustments/${adjustmentId}/withdraw`, { reason: 'Rút lại' }, 200)
    } else {
      const got = await app.inject({ method: 'GET', url: `${base}/assessments/${assessor}`, headers: { authorization: `Bearer ${admin}` } })
      const { scores } = JSON.parse(got.body) as { scores: { targetId: string; criterionCode: string; score: string }[] }
      scores[i % scores.length]!.score = scores[i % scores.length]!.score === '1.5' ? '1.6' : '1.5'
      await call(assessorKey, 'PUT', `${base}/assessments/${assessor}`, { scores }, 200, { 'if-match': String(got.headers.etag) })
    }
  }
  const http: number[] = []
  const server: number[] = []
  const identity: number[] = []
  const domain: number[] = []
  const warm: number[] = []
  const nextRead: number[] = []
  const keptReady: number[] = []
  const firstBytes: number[] = []
  const keptBytes: number[] = []
  const phases = new Map<string, number[]>()
  const startLoad = loadAvg()
  for (let i = 0; i < reads; i++) {
    await change(i)
    const viaHttp = async () => {
      const t0 = performance.now()
      const res = await getRaw(url, { authorization: `Bearer ${token}`, 'accept-encoding': 'br, gzip' })
      if (res.status !== 200 || res.encoding !== 'br') throw new Error(`cold read answered ${res.status} ${res.encoding}`)
      http.push(performance.now() - t0)
      firstBytes.push(res.bytes)
      // The next read at once: the kept brotli, made meanwhile on the thread pool (waited for if not ready yet).
      const t1 = performance.now()
      const next = await getRaw(url, { authorization: `Bearer ${token}`, 'accept-encoding': 'br, gzip' })
      if (next.status !== 200 || next.encoding !== 'br') throw new Error(`next read answered ${next.status} ${next.encoding}`)
      nextRead.push(performance.now() - t1)
      keptBytes.push(next.bytes)
    }
    const inProcess = async () => {
      const spans: Spans = new Map()
      const t0 = performance.now()
      const entry = await probe.rankingJson(clusterId, YEAR, spans)
      const t1 = performance.now()
      // What the route sends to the read that computed, when it takes br (routes.ts, sendEncoded).
      if (entry.fresh) entry.fresh.br()
      else await entry.encoded('br')
      const t2 = performance.now()
      spans.set(entry.fresh ? 'compress (br, quality 1: this answer)' : 'compress (br)', t2 - t1)
      server.push(t2 - t0)
      identity.push(t1 - t0)
      const known = [...spans.values()].reduce((a, b) => a + b, 0)
      spans.set('rest', t2 - t0 - known)
      for (const [k, v] of spans) phases.set(k, [...(phases.get(k) ?? []), v])
      // The kept brotli (quality 5) for every later read, made on the thread pool: how long after this answer it is there.
      await entry.encoded('br')
      keptReady.push(performance.now() - t2)
    }
    if (i % 2 === 0) {
      await viaHttp()
      await inProcess()
    } else {
      await inProcess()
      await viaHttp()
    }
    const cy = await loadClusterYear(app.db, clusterId, YEAR, { lock: false, targets: true })
    const loaded = (await loadRankingInputs(app.db, cy))!
    // The median of five runs on these inputs.
    const runs: number[] = []
    for (let k = 0; k < 5; k++) {
      const t0 = performance.now()
      rankCluster(loaded.input)
      runs.push(performance.now() - t0)
    }
    domain.push(median(runs))
    // The same route once more, answered from its cache: what HTTP, authentication and the key check cost.
    const t1 = performance.now()
    const again = await getRaw(url, { authorization: `Bearer ${token}`, 'accept-encoding': 'br, gzip' })
    if (again.status !== 200) throw new Error(`cached read answered ${again.status}`)
    warm.push(performance.now() - t1)
  }
  keepAlive.destroy()
  const endLoad = loadAvg()
  // The first reads warm the JIT: the medians are over the second half.
  const tail = (xs: number[]) => xs.slice(Math.floor(xs.length / 2))
  const d = median(tail(domain))
  const s = median(tail(server))
  const h = median(tail(http))
  console.log(
    `\ncold read after an input change (${reads} changes, medians of the last ${tail(http).length}); load average ${startLoad} at start, ${endLoad} at end`,
  )
  console.log(`  ${'pure domain ranking (rankCluster, same inputs)'.padEnd(52)}${d.toFixed(1).padStart(8)} ms`)
  for (const [k, v] of phases) console.log(`  ${('server: ' + k).padEnd(52)}${median(tail(v)).toFixed(1).padStart(8)} ms`)
  const verdict = (x: number) => `(target ≤ ${COLD_TARGET}: ${x / d <= COLD_TARGET ? 'meets' : 'MISSES'})`
  const si = median(tail(identity))
  console.log(`  ${'server-side cold read (all of the above)'.padEnd(52)}${s.toFixed(1).padStart(8)} ms   ${(s / d).toFixed(2)} × domain ${verdict(s)}`)
  console.log(
    `  ${'server-side cold read, uncompressed (all but br)'.padEnd(52)}${si.toFixed(1).padStart(8)} ms   ${(si / d).toFixed(2)} × domain ${verdict(si)}`,
  )
  console.log(
    `  ${'client-side cold read (HTTP GET, br, to the last byte)'.padEnd(52)}${h.toFixed(1).padStart(8)} ms   ${(h / d).toFixed(2)} × domain ${verdict(h)}`,
  )
  console.log(
    `  ${'server: kept brotli (quality 5) ready after the answer'.padEnd(52)}${median(tail(keptReady)).toFixed(1).padStart(8)} ms   (thread pool; later reads get it)`,
  )
  console.log(
    `  ${'client: the next GET right after the cold one'.padEnd(52)}${median(tail(nextRead)).toFixed(1).padStart(8)} ms   (kept brotli, waited for if not ready)`,
  )
  console.log(`  ${'the same GET answered from the cache (HTTP, key check)'.padEnd(52)}${median(tail(warm)).toFixed(1).padStart(8)} ms`)
  console.log(
    `  bodies: the computing read's ${Math.round(median(firstBytes)).toLocaleString('en')} bytes (brotli quality 1, weak ETag), ` +
      `every later read's ${Math.round(median(keptBytes)).toLocaleString('en')} bytes (quality 5, strong ETag)`,
  )
}

export async function main(): Promise<void> {
  const duration = intFromEnv('BENCH_DURATION', 10, 1)
  const warmup = intFromEnv('BENCH_WARMUP', 3, 0)
  const rounds = intFromEnv('BENCH_ROUNDS', 2, 1)
  const connections = intFromEnv('BENCH_CONNECTIONS', 50, 1)
  const memberCount = intFromEnv('BENCH_RANKING_MEMBERS', 63, 6)
  const coldCount = intFromEnv('BENCH_COLD_READS', 30, 0)
  const skipLoad = process.env.BENCH_SKIP_LOAD === '1'

  console.log(`\nranking-read: GET /v1/clusters/{id}/years/{year}/ranking (service) vs GET /bare/:id (Fastify + pg, no auth)`)
  console.log(
    `node ${process.version}; ${connections} connections, ${duration} s per run after ${warmup} s warm-up, ` +
      `${rounds} round(s); pool ${POOL_SIZE}; load generator in a child process`,
  )

  await withBenchDatabase(async (dbUrl, dbName) => {
    let service: FastifyInstance | undefined
    let bare: { app: FastifyInstance; pool: pg.Pool } | undefined
    let ceiling: FastifyInstance | undefined
    try {
      service = await buildService(dbUrl, POOL_SIZE)
      const t0 = performance.now()
      const { clusterId, ids, criteria, assessedCount } = await setUp(service, memberCount)
      const token = await issueToken(service, 'reader')
      console.log(
        `database ${dbName}: ${ids.length} members × ${criteria} criteria (${assessedCount} assessed by all ${ids.length - 1} peers), ` +
          `every input accepted, FY closed; set up through the API in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      )

      await service.listen({ host: '127.0.0.1', port: 0 })
      bare = await buildBare(dbUrl, POOL_SIZE)
      await bare.app.listen({ host: '127.0.0.1', port: 0 })

      const svcTarget: Target = {
        name: 'service GET …/years/{year}/ranking',
        origin: originOf(service),
        pathPrefix: '/v1/clusters/',
        ids: [clusterId],
        pathSuffix: `/years/${YEAR}/ranking`,
        headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'br, gzip' },
      }
      const bareTarget: Target = { name: 'bare GET /bare/:id', origin: originOf(bare.app), pathPrefix: '/bare/', ids, headers: {} }

      // The first read computes and caches the ranking; report what it holds and how long that took.
      const c0 = performance.now()
      const body = await sanityCheck(svcTarget)
      const firstMs = performance.now() - c0
      const ranking = JSON.parse(body) as {
        complete: boolean
        status: string
        members: { rank: number; tied: boolean; total: string; eligibility: { eligible: boolean } }[]
        ties: unknown[]
        blockers: { code: string }[]
      }
      const c1 = performance.now()
      await sanityCheck(svcTarget)
      const cachedMs = performance.now() - c1
      await sanityCheck(bareTarget)
      const bareBytes = Buffer.byteLength(await sanityCheck(bareTarget))
      const bytes = Buffer.byteLength(body)
      console.log(
        `ranking: status ${ranking.status}, complete ${ranking.complete}, ${ranking.members.length} members, top total ${ranking.members[0]?.total}, ` +
          `${ranking.ties.length} tie group(s), ${ranking.members.filter((m) => !m.eligibility.eligible).length} ineligible, ` +
          `blockers [${ranking.blockers.map((b) => b.code).join(', ')}]`,
      )
      console.log(
        `body ${mb(bytes)} (${bytes.toLocaleString('en')} bytes; the bare row is ${bareBytes} bytes); first read (computes) ${firstMs.toFixed(0)} ms, ` +
          `second (cached) ${cachedMs.toFixed(1)} ms`,
      )

      if (coldCount > 0) await coldReads(service, clusterId, ids, token, coldCount)
      if (skipLoad) return

      const { service: svc, ratio } = await compareLoad({
        service: svcTarget,
        bare: bareTarget,
        rounds,
        warmup,
        duration,
        connections,
        targetRatio: TARGET_RATIO,
      })
      console.log(
        `service: ${svc.requestsPerSecond.toFixed(0)} req/s, p99 ${svc.latencyP99} ms, ${mb(svc.bytesPerSecond ?? 0)}/s of ranking bodies ` +
          `(${(((svc.bytesPerSecond ?? 0) * 8) / 1e9).toFixed(2)} Gbit/s); ratio ${ratio.toFixed(2)} vs target ${TARGET_RATIO}`,
      )

      // Calibration: the same encoded bytes from a route that does nothing else, loaded once.
      const sent = await service.inject({ method: 'GET', url: svcTarget.pathPrefix + clusterId + svcTarget.pathSuffix, headers: svcTarget.headers })
      const encoding = String(sent.headers['content-encoding'] ?? 'identity')
      ceiling = await buildStatic(sent.rawPayload, {
        'content-type': 'application/json; charset=utf-8',
        ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
      })
      await ceiling.listen({ host: '127.0.0.1', port: 0 })
      const job = { origin: originOf(ceiling), pathPrefix: '/static/', ids: ['x'], headers: {}, connections }
      if (warmup > 0) await load({ ...job, duration: warmup })
      const c = await load({ ...job, duration })
      console.log(
        `load-generator ceiling for this body (${encoding}, ${sent.rawPayload.length.toLocaleString('en')} bytes, a route that only sends them): ` +
          `${c.requestsPerSecond.toFixed(0)} req/s; the service reached ${((svc.requestsPerSecond / c.requestsPerSecond) * 100).toFixed(0)}% of it`,
      )
    } finally {
      await service?.close().catch(() => {})
      await bare?.app.close().catch(() => {})
      await bare?.pool.end().catch(() => {})
      await ceiling?.close().catch(() => {})
    }
  })
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main()
}
