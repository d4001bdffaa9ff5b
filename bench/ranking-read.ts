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
 * Environment: DATABASE_URL, BENCH_DURATION (s, default 10), BENCH_WARMUP (s, default 3),
 * BENCH_ROUNDS (default 2), BENCH_CONNECTIONS (default 50), BENCH_RANKING_MEMBERS (default 63).
 */
import { pathToFileURL } from 'node:url'
import type { FastifyInstance } from 'fastify'
import type pg from 'pg'
import { SYSTEM_ACTOR } from '../src/modules/audit-events/service.ts'
import { committeeService } from '../src/modules/committees/service.ts'
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

export async function main(): Promise<void> {
  const duration = intFromEnv('BENCH_DURATION', 10, 1)
  const warmup = intFromEnv('BENCH_WARMUP', 3, 0)
  const rounds = intFromEnv('BENCH_ROUNDS', 2, 1)
  const connections = intFromEnv('BENCH_CONNECTIONS', 50, 1)
  const memberCount = intFromEnv('BENCH_RANKING_MEMBERS', 63, 6)

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
