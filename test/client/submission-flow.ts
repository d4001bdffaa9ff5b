// A client written only against the contract: openapi-fetch over the types openapi-typescript
// generated from openapi/openapi.json (schema.d.ts). No casts and no hand-written types: when the
// contract changes in a way this script does not follow, `tsc --noEmit` fails here.
// It drives one submission from nothing to accepted, as docs/walkthrough.md does:
// committees, indicator, cluster, cluster-year, scheme, targets, pact, periods, submission,
// submit, accept. test/client/submission-flow.test.ts runs it against a listening app.
import createClient from 'openapi-fetch'
import type { paths } from './schema.d.ts'

/** The answer's body, or an error that says which step failed and what the problem was. */
function ok<T>(step: string, result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data === undefined) throw new Error(`${step}: ${result.response.status} ${JSON.stringify(result.error)}`)
  return result.data
}

export async function submissionFlow(baseUrl: string, adminToken: string, opts: { year?: number; suffix?: string } = {}) {
  const api = createClient<paths>({ baseUrl, headers: { authorization: `Bearer ${adminToken}` } })
  const year = opts.year ?? 2026
  const suffix = opts.suffix ?? String(Date.now() % 100_000)

  // The organising committee and two member provinces.
  const organizer = ok('organizer', await api.POST('/v1/committees', { body: { name: 'Ủy ban Trung ương MTTQ Việt Nam', level: 'central' } }))
  const members = []
  for (const [i, name] of ['Ủy ban MTTQ tỉnh Phú Thọ', 'Ủy ban MTTQ tỉnh Thanh Hóa'].entries()) {
    members.push(ok(`member ${i}`, await api.POST('/v1/committees', { body: { name, level: 'province', parentId: organizer.id, code: `P${suffix}${i}` } })))
  }
  const memberIds = members.map((m) => m.id)

  // The catalogue's indicator, the cluster and its year.
  const indicatorCode = `HOUSES_${suffix}`
  ok(
    'indicator',
    await api.POST('/v1/indicators', {
      body: { code: indicatorCode, nameVi: 'Nhà Đại đoàn kết', nameEn: 'Great Unity houses', unit: 'house', valueType: 'integer', minValue: '0' },
    }),
  )
  const cluster = ok(
    'cluster',
    await api.POST('/v1/clusters', {
      body: {
        code: `C${suffix}`,
        name: 'Cụm thi đua các tỉnh',
        memberLevel: 'province',
        rotationPolicy: 'deputy_succeeds',
        organizerCommitteeId: organizer.id,
      },
    }),
  )
  const path = { id: cluster.id, year }
  ok(
    'cluster-year',
    await api.PUT('/v1/clusters/{id}/years/{year}', { params: { path }, body: { members: memberIds, headId: memberIds[0], deputyId: memberIds[1] } }),
  )

  // Scheme, targets, the pact, the reporting windows.
  ok(
    'scheme',
    await api.PUT('/v1/clusters/{id}/years/{year}/scheme', {
      params: { path },
      body: {
        criteria: [{ code: 'HOUSES', title: 'Nhà Đại đoàn kết', group: 'A', kind: 'standard', method: 'target_ratio', maxPoints: '100', indicatorCode }],
        bonusCap: '0',
        penaltyCap: '0',
        tieBreakGroups: ['A'],
        latePenalty: null,
        classificationBands: [],
        awardRules: [],
      },
    }),
  )
  ok(
    'targets',
    await api.PUT('/v1/clusters/{id}/years/{year}/targets', {
      params: { path },
      body: { targets: memberIds.map((committeeId) => ({ committeeId, criterionCode: 'HOUSES', value: '100' })) },
    }),
  )
  ok(
    'pact',
    await api.POST('/v1/clusters/{id}/years/{year}/pact/sign', {
      params: { path },
      body: {
        signedAt: `${year}-01-15T09:00:00+07:00`,
        venue: 'Hội trường',
        signatories: memberIds.map((committeeId) => ({ committeeId, signerName: 'Chủ tịch', title: 'Chủ tịch Ủy ban MTTQ' })),
      },
    }),
  )
  const now = Date.now()
  const window = { opensAt: new Date(now - 3_600_000).toISOString(), closesAt: new Date(now + 86_400_000).toISOString() }
  for (const period of ['H1', 'FY'] as const) {
    ok(`period ${period}`, await api.PUT('/v1/clusters/{id}/years/{year}/periods/{period}', { params: { path: { ...path, period } }, body: window }))
  }

  // The submission: a draft, submitted, accepted.
  const draft = ok(
    'submission',
    await api.POST('/v1/submissions', {
      body: { clusterId: cluster.id, year, period: 'FY', committeeId: memberIds[0], values: [{ indicatorCode, value: '120' }] },
    }),
  )
  const submitted = ok('submit', await api.POST('/v1/submissions/{id}/submit', { params: { path: { id: draft.id } } }))
  const accepted = ok('accept', await api.POST('/v1/submissions/{id}/accept', { params: { path: { id: submitted.id } }, body: {} }))
  return { draft, submitted, accepted }
}
