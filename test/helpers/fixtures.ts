import type { TestApp } from './app.ts'

let counter = 0
/** A unique administrative code for a test committee. */
export const uniqueCode = () => `T${process.pid % 1000}${++counter}`

/** Creates a committee through the API as admin and returns its body. */
export async function createCommittee(
  h: TestApp,
  body: { name: string; level: string; parentId?: string | null; code?: string | null; shortName?: string; kind?: string },
): Promise<{ id: string; version: number; [k: string]: unknown }> {
  const res = await h.call(h.adminToken, { method: 'POST', url: '/v1/committees', body })
  if (res.statusCode !== 201) throw new Error(`createCommittee ${res.statusCode}: ${res.body}`)
  return res.json()
}

/** UBTƯ with two provinces, each with one district below it. */
export async function smallHierarchy(h: TestApp) {
  const central = await createCommittee(h, { name: 'Ủy ban Trung ương MTTQ Việt Nam', level: 'central' })
  const phuTho = await createCommittee(h, { name: 'Ủy ban MTTQ tỉnh Phú Thọ', shortName: 'Phú Thọ', code: '25', level: 'province', parentId: central.id })
  const thanhHoa = await createCommittee(h, { name: 'Ủy ban MTTQ tỉnh Thanh Hóa', shortName: 'Thanh Hóa', code: '38', level: 'province', parentId: central.id })
  const vietTri = await createCommittee(h, { name: 'Ủy ban MTTQ thành phố Việt Trì', level: 'district', parentId: phuTho.id })
  const samSon = await createCommittee(h, { name: 'Ủy ban MTTQ thành phố Sầm Sơn', level: 'district', parentId: thanhHoa.id })
  return { central, phuTho, thanhHoa, vietTri, samSon }
}

/** Brings a cluster-year to `finalized` through the domain state machine (not by writing the column). */
export async function finalizeYear(h: TestApp, clusterId: string, year: number) {
  const { clusterService } = await import('../../src/modules/clusters/service.ts')
  const { SYSTEM_ACTOR } = await import('../../src/modules/audit-events/service.ts')
  const service = clusterService(h.app.db, h.app.clock)
  for (const event of ['sign_pact', 'open_reporting', 'start_scoring', 'finalize'] as const) {
    await service.advance(SYSTEM_ACTOR, clusterId, year, event)
  }
}

/** An organising committee with `n` member committees of the level below it. */
export async function organizerWithMembers(h: TestApp, n: number, opts: { organizerLevel?: string; memberLevel?: string; names?: string[] } = {}) {
  const organizer = await createCommittee(h, { name: 'Ủy ban Trung ương MTTQ Việt Nam', level: opts.organizerLevel ?? 'central' })
  const members = []
  for (let i = 0; i < n; i++) {
    members.push(
      await createCommittee(h, {
        name: opts.names?.[i] ?? `Ủy ban MTTQ tỉnh ${i + 1}`,
        code: uniqueCode(),
        level: opts.memberLevel ?? 'province',
        parentId: organizer.id,
      }),
    )
  }
  return { organizer, members }
}

export async function createCluster(h: TestApp, body: Record<string, unknown>, token = h.adminToken) {
  const res = await h.call(token, {
    method: 'POST',
    url: '/v1/clusters',
    body: { code: `C${uniqueCode()}`, name: 'Cụm thi đua', memberLevel: 'province', rotationPolicy: 'deputy_succeeds', ...body },
  })
  if (res.statusCode !== 201) throw new Error(`createCluster ${res.statusCode}: ${res.body}`)
  return res.json() as { id: string; [k: string]: unknown }
}

export async function putYear(h: TestApp, clusterId: string, year: number, body: Record<string, unknown>, token = h.adminToken) {
  const existing = await h.call(token, { method: 'GET', url: `/v1/clusters/${clusterId}/years/${year}` })
  const headers: Record<string, string> = existing.statusCode === 200 ? { 'if-match': existing.headers.etag as string } : {}
  return h.call(token, { method: 'PUT', url: `/v1/clusters/${clusterId}/years/${year}`, headers, body })
}

export const INDICATORS = [
  {
    code: 'HOUSES_BUILT',
    nameVi: 'Nhà Đại đoàn kết xây mới, sửa chữa',
    nameEn: 'Great Unity houses built or repaired',
    unit: 'house',
    valueType: 'integer',
    minValue: '0',
  },
  { code: 'FUND_RAISED', nameVi: 'Quỹ Vì người nghèo vận động được', nameEn: 'Fund for the Poor raised', unit: 'đồng', valueType: 'integer', minValue: '0' },
  {
    code: 'NTM_COMMUNES',
    nameVi: 'Xã đạt chuẩn nông thôn mới',
    nameEn: 'Communes meeting new-rural standards',
    unit: 'commune',
    valueType: 'integer',
    minValue: '0',
  },
  { code: 'POOR_RATE', nameVi: 'Tỷ lệ hộ nghèo', nameEn: 'Poor household rate', unit: 'percent', valueType: 'percent', direction: 'lower' },
]

export const SCHEME = {
  criteria: [
    { code: 'HOUSES', title: 'Nhà Đại đoàn kết', group: 'A', kind: 'standard', method: 'target_ratio', maxPoints: '40', indicatorCode: 'HOUSES_BUILT' },
    { code: 'FUND', title: 'Quỹ Vì người nghèo', group: 'A', kind: 'standard', method: 'relative_to_best', maxPoints: '30', indicatorCode: 'FUND_RAISED' },
    { code: 'NTM', title: 'Nông thôn mới', group: 'B', kind: 'standard', method: 'threshold', maxPoints: '10', indicatorCode: 'NTM_COMMUNES' },
    { code: 'PEER', title: 'Đánh giá chéo', group: 'B', kind: 'standard', method: 'assessed', maxPoints: '20' },
    { code: 'MODEL', title: 'Mô hình mới', group: 'C', kind: 'bonus', method: 'manual', maxPoints: '5' },
  ],
  bonusCap: '5',
  penaltyCap: '10',
  tieBreakGroups: ['A', 'B'],
  latePenalty: { points: '2' },
  classificationBands: [
    { code: 'XUAT_SAC', label: 'Xuất sắc', minTotal: '95' },
    { code: 'TOT', label: 'Tốt', minTotal: '85' },
    { code: 'KHA', label: 'Khá', minTotal: '0' },
  ],
  awardRules: [],
}

/** Creates the catalogue's indicators (once per app). */
export async function createIndicators(h: TestApp) {
  for (const i of INDICATORS) {
    const res = await h.call(h.adminToken, { method: 'POST', url: '/v1/indicators', body: i })
    if (res.statusCode !== 201 && res.json().code !== 'INDICATOR_CODE_TAKEN') throw new Error(res.body)
  }
}

/**
 * A cluster-year ready for reporting: members, head, scheme, targets, signed pact and the
 * given periods open (from an hour ago to a day ahead unless told otherwise).
 */
export async function reportingClusterYear(
  h: TestApp,
  opts: { members?: number; year?: number; scheme?: object; periods?: Record<string, { opensAt: string; closesAt: string }> } = {},
) {
  await createIndicators(h)
  const year = opts.year ?? 2024
  const { organizer, members } = await organizerWithMembers(h, opts.members ?? 3)
  const cluster = await createCluster(h, { organizerCommitteeId: organizer.id })
  const ids = members.map((m) => m.id)
  const y = await putYear(h, cluster.id, year, { members: ids, headId: ids[0], deputyId: ids[1] })
  if (y.statusCode !== 201) throw new Error(y.body)
  const base = `/v1/clusters/${cluster.id}/years/${year}`
  const scheme = await h.call(h.adminToken, { method: 'PUT', url: `${base}/scheme`, body: opts.scheme ?? SCHEME })
  if (scheme.statusCode !== 201) throw new Error(scheme.body)
  const targets = ids.flatMap((committeeId) => [
    { committeeId, criterionCode: 'HOUSES', value: '100' },
    { committeeId, criterionCode: 'NTM', value: '10' },
  ])
  const t = await h.call(h.adminToken, { method: 'PUT', url: `${base}/targets`, body: { targets } })
  if (t.statusCode !== 200) throw new Error(t.body)
  const pact = await h.call(h.adminToken, {
    method: 'POST',
    url: `${base}/pact/sign`,
    body: {
      signedAt: `${year}-01-15T09:00:00+07:00`,
      venue: 'Hội trường',
      signatories: ids.map((committeeId) => ({ committeeId, signerName: 'Chủ tịch', title: 'Chủ tịch Ủy ban MTTQ' })),
    },
  })
  if (pact.statusCode !== 201) throw new Error(pact.body)
  const now = h.app.clock().getTime()
  const window = { opensAt: new Date(now - 3600_000).toISOString(), closesAt: new Date(now + 86_400_000).toISOString() }
  for (const [period, w] of Object.entries(opts.periods ?? { H1: window, FY: window })) {
    const res = await h.call(h.adminToken, { method: 'PUT', url: `${base}/periods/${period}`, body: w })
    if (res.statusCode !== 201) throw new Error(res.body)
  }
  return { organizer, members, ids, cluster, year, base }
}

/** A scheme of one criterion, Great Unity houses against the best member, with these award rules: members rank by HOUSES_BUILT. */
export const rankByHouses = (awardRules: object[] = []) => ({
  criteria: [
    { code: 'HOUSES', title: 'Nhà Đại đoàn kết', group: 'A', kind: 'standard', method: 'relative_to_best', maxPoints: '100', indicatorCode: 'HOUSES_BUILT' },
  ],
  bonusCap: '0',
  penaltyCap: '0',
  tieBreakGroups: ['A'],
  latePenalty: null,
  classificationBands: [],
  awardRules,
})

export const UBTU_AWARDS = [
  { code: 'CO_XUAT_SAC_TOAN_DIEN', nameVi: 'Cờ thi đua xuất sắc toàn diện', nameEn: 'Comprehensive-excellence emulation flag', precedence: 1 },
  { code: 'CO_XUAT_SAC', nameVi: 'Cờ thi đua xuất sắc', nameEn: 'Excellence emulation flag', precedence: 2 },
  { code: 'BANG_KHEN', nameVi: 'Bằng khen', nameEn: 'Certificate of merit', precedence: 3 },
]

export async function createAwardTypes(h: TestApp, organizerId: string, types = UBTU_AWARDS) {
  for (const t of types) {
    const res = await h.call(h.adminToken, { method: 'POST', url: '/v1/award-types', body: { organizerCommitteeId: organizerId, ...t } })
    if (res.statusCode !== 201) throw new Error(res.body)
  }
}

/**
 * Runs a cluster-year from planning to a closed FY through the API: the given scheme, one
 * accepted FY submission per member with `values[i]`, then FY closed. Assessments and
 * adjustments are left to the caller.
 */
export async function scoredClusterYear(
  h: TestApp,
  opts: {
    names?: string[]
    scheme: object
    awardTypes?: typeof UBTU_AWARDS
    values: Record<string, string | number>[]
    targets?: (committeeId: string) => { committeeId: string; criterionCode: string; value: string }[]
    memberLevel?: string
    organizerLevel?: string
  },
) {
  await createIndicators(h)
  const year = 2023
  const { organizer, members } = await organizerWithMembers(h, opts.values.length, {
    names: opts.names,
    organizerLevel: opts.organizerLevel,
    memberLevel: opts.memberLevel,
  })
  await createAwardTypes(h, organizer.id, opts.awardTypes ?? UBTU_AWARDS)
  const cluster = await createCluster(h, { organizerCommitteeId: organizer.id, memberLevel: opts.memberLevel ?? 'province' })
  const ids = members.map((m) => m.id)
  const admin = h.adminToken
  const must = async (p: Promise<{ statusCode: number; body: string }>, status: number) => {
    const res = await p
    if (res.statusCode !== status) throw new Error(`${status} expected, got ${res.statusCode}: ${res.body}`)
    return res
  }
  await must(putYear(h, cluster.id, year, { members: ids, headId: ids[0], deputyId: ids[1] }), 201)
  const base = `/v1/clusters/${cluster.id}/years/${year}`
  await must(h.call(admin, { method: 'PUT', url: `${base}/scheme`, body: opts.scheme }), 201)
  if (opts.targets) await must(h.call(admin, { method: 'PUT', url: `${base}/targets`, body: { targets: ids.flatMap(opts.targets) } }), 200)
  await must(
    h.call(admin, {
      method: 'POST',
      url: `${base}/pact/sign`,
      body: {
        signedAt: `${year}-01-15T09:00:00+07:00`,
        venue: 'Hội nghị',
        signatories: ids.map((committeeId) => ({ committeeId, signerName: 'Chủ tịch', title: 'Chủ tịch' })),
      },
    }),
    201,
  )
  const open = { opensAt: new Date(Date.now() - 3600_000).toISOString(), closesAt: new Date(Date.now() + 86_400_000).toISOString() }
  await must(
    h.call(admin, { method: 'PUT', url: `${base}/periods/H1`, body: { opensAt: `${year}-01-01T00:00:00Z`, closesAt: `${year}-07-15T00:00:00Z` } }),
    201,
  )
  await must(h.call(admin, { method: 'PUT', url: `${base}/periods/FY`, body: open }), 201)
  const submissionIds: string[] = []
  for (const [i, id] of ids.entries()) {
    const values = Object.entries(opts.values[i]!).map(([indicatorCode, value]) => ({ indicatorCode, value }))
    const s = await must(
      h.call(admin, { method: 'POST', url: '/v1/submissions', body: { clusterId: cluster.id, year, period: 'FY', committeeId: id, values } }),
      201,
    )
    const sid = JSON.parse(s.body).id
    submissionIds.push(sid)
    await must(h.call(admin, { method: 'POST', url: `/v1/submissions/${sid}/submit` }), 200)
    await must(h.call(admin, { method: 'POST', url: `/v1/submissions/${sid}/accept`, body: {} }), 200)
  }
  await must(h.call(admin, { method: 'POST', url: `${base}/periods/FY/close` }), 200)
  return { organizer, members, ids, cluster, year, base, submissionIds }
}
