import type { TestApp } from '../../helpers/app.ts'
import { createAwardTypes, reportingClusterYear, SCHEME, scoredClusterYear } from '../../helpers/fixtures.ts'
import type { SentRequest } from './contract.ts'
import type { Pools } from './values.ts'

type Answer = Awaited<ReturnType<TestApp['call']>>

/** The same app, each answer of which is also shown to `judge` (so the setup's happy paths are judged too). */
export function judged(h: TestApp, judge: (req: SentRequest, res: Answer) => void): TestApp {
  return {
    ...h,
    call: async (token, opts) => {
      const res = await h.call(token, opts)
      const headers: Record<string, string> = { ...(opts.headers as Record<string, string> | undefined) }
      if (token) headers.authorization = `Bearer ${token}`
      if (opts.body !== undefined) headers['content-type'] ??= 'application/json'
      const payload = opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body)
      judge(
        {
          method: String(opts.method ?? 'GET'),
          url: typeof opts.url === 'string' ? opts.url : JSON.stringify(opts.url),
          headers,
          labels: ['setup'],
          auth: 'setup',
          ...(payload !== undefined ? { payload } : {}),
        },
        res,
      )
      return res
    },
  }
}

/** An Authorization header to send (none when undefined) and what it is, for the report. */
export interface Credential {
  label: string
  authorization?: string
}

/** What the fuzzer works on: real ids and codes, keys of every role, and what it learns while running. */
export interface World {
  pools: Pools
  /** Valid keys, by role. */
  keys: Record<string, string[]>
  badCredentials: Credential[]
  /** ETags seen, by path, to send a current If-Match / If-None-Match. */
  etags: Map<string, string>
  /** `nextCursor` values seen, by path. */
  cursors: Map<string, string[]>
  /** POSTs sent with an Idempotency-Key, to replay the key (same or other body). */
  idempotent: { key: string; url: string; payload?: string | Buffer; contentType?: string }[]
}

/** One criterion, no peer scores or manual points: the ranking can be finalised and awards proposed. */
const FINALISABLE_SCHEME = {
  ...SCHEME,
  criteria: SCHEME.criteria.filter((c) => c.code === 'FUND'),
  tieBreakGroups: ['A'],
  awardRules: [
    { awardTypeCode: 'CO_XUAT_SAC_TOAN_DIEN', maxCount: 1 },
    { awardTypeCode: 'BANG_KHEN', maxCount: 2 },
  ],
}

type Call = TestApp['call']

async function must(res: ReturnType<Call>, status: number, what: string) {
  const r = await res
  if (r.statusCode !== status) throw new Error(`fuzz setup: ${what} answered ${r.statusCode}: ${r.body.slice(0, 300)}`)
  return r.json<{ id: string } & Record<string, unknown>>()
}

/**
 * A small world through the API: a 2023 cluster-year finalised with award proposals, a 2024
 * cluster-year open for reporting with a draft submission and an adjustment, and keys of every
 * role (scoped ones bound to those committees), plus revoked, expired and malformed credentials.
 */
export async function buildWorld(h: TestApp): Promise<World> {
  const admin = h.adminToken
  // Expires during the setup: the fuzzer then holds an expired key.
  const expiring = await must(
    h.call(admin, {
      method: 'POST',
      url: '/v1/api-keys',
      body: { name: 'fuzz expiring', role: 'reader', expiresAt: new Date(Date.now() + 1500).toISOString() },
    }),
    201,
    'expiring key',
  )
  const done = await scoredClusterYear(h, { scheme: FINALISABLE_SCHEME, values: [{ FUND_RAISED: 300 }, { FUND_RAISED: 200 }, { FUND_RAISED: 100 }] })
  await must(h.call(admin, { method: 'POST', url: `${done.base}/ranking/finalize` }), 200, 'finalize')
  const generated = await must(h.call(admin, { method: 'POST', url: `${done.base}/award-proposals/generate` }), 201, 'generate proposals')
  const proposals = (generated.items as { id: string }[]).map((p) => p.id)
  await must(h.call(admin, { method: 'POST', url: `/v1/award-proposals/${proposals[0]}/submit` }), 200, 'submit a proposal')
  const doneYear = await must(h.call(admin, { method: 'GET', url: done.base }), 200, 'the finalised year')

  const open = await reportingClusterYear(h, { members: 3 })
  // Nothing reported yet: all three members tie, and a vote may order them.
  await must(
    h.call(admin, { method: 'POST', url: `${open.base}/ranking/tie-resolutions`, body: { orderedCommitteeIds: open.ids, reason: 'Biểu quyết' } }),
    201,
    'tie vote',
  )
  await createAwardTypes(h, open.organizer.id)
  const draft = await must(
    h.call(admin, {
      method: 'POST',
      url: '/v1/submissions',
      body: {
        clusterId: open.cluster.id,
        year: open.year,
        period: 'H1',
        committeeId: open.ids[0],
        values: [
          { indicatorCode: 'HOUSES_BUILT', value: 5 },
          { indicatorCode: 'FUND_RAISED', value: 5 },
          { indicatorCode: 'NTM_COMMUNES', value: 5 },
        ],
      },
    }),
    201,
    'draft submission',
  )
  const adjust = () =>
    must(
      h.call(admin, { method: 'POST', url: `${open.base}/adjustments`, body: { committeeId: open.ids[1], type: 'bonus', points: '1', reason: 'Mô hình mới' } }),
      201,
      'adjustment',
    )
  const adjustment = await adjust()
  // The happy paths the fuzzer rarely reaches by chance, so that their answers are judged too.
  const withdrawn = await adjust()
  await must(h.call(admin, { method: 'POST', url: `${open.base}/adjustments/${withdrawn.id}/withdraw`, body: { reason: 'Nhập nhầm' } }), 200, 'withdraw')
  await must(h.call(admin, { method: 'POST', url: `/v1/submissions/${draft.id}/submit` }), 200, 'submit')
  await must(h.call(admin, { method: 'POST', url: `/v1/submissions/${draft.id}/return`, body: { reason: 'Thiếu minh chứng' } }), 200, 'return')
  const [a, b, c] = open.ids as [string, string, string]
  const peer = (targetId: string, score: number) => ({ targetId, criterionCode: 'PEER', score })
  await must(
    h.call(await h.token('submitter', a), { method: 'PUT', url: `${open.base}/assessments/${a}`, body: { scores: [peer(b, 15), peer(c, 12)] } }),
    200,
    'assessment',
  )
  await must(h.call(admin, { method: 'GET', url: `${open.base}/assessments/${a}` }), 200, 'read assessment')
  const etagOf = async (url: string) => (await h.call(admin, { method: 'GET', url })).headers.etag as string
  const draftUrl = `/v1/submissions/${draft.id as string}`
  await must(
    h.call(admin, {
      method: 'PATCH',
      url: draftUrl,
      headers: { 'if-match': await etagOf(draftUrl) },
      body: { values: [{ indicatorCode: 'HOUSES_BUILT', value: '6' }] },
    }),
    200,
    'edit the returned submission',
  )
  const decision = { decisionNumber: '1234/QĐ-MTTW-BTT', decisionDate: '2024-01-20', signer: 'Đỗ Văn Chiến', signerTitle: 'Chủ tịch' }
  await must(h.call(admin, { method: 'POST', url: `/v1/award-proposals/${proposals[0]}/approve`, body: decision }), 200, 'approve')
  await must(
    h.call(admin, {
      method: 'POST',
      url: `/v1/award-proposals/${proposals[0]}/revoke`,
      body: { ...decision, decisionNumber: '99/QĐ-MTTW-BTT', reason: 'Kê khai sai', evidence: 'Biên bản số 12' },
    }),
    200,
    'revoke',
  )
  const [x, y, z] = done.ids as [string, string, string]
  await must(
    h.call(admin, {
      method: 'POST',
      url: `/v1/clusters/${done.cluster.id}/handovers`,
      body: {
        fromYear: done.year,
        incomingHeadId: y,
        incomingDeputyId: z,
        handedOverAt: '2024-01-10T09:00:00+07:00',
        venue: 'Hội trường',
        rotatingFlagHandedOver: true,
      },
    }),
    201,
    'handover',
  )
  const nextYear = `/v1/clusters/${done.cluster.id}/years/${done.year + 1}`
  await must(
    h.call(admin, { method: 'PUT', url: `${nextYear}/members`, headers: { 'if-match': await etagOf(nextYear) }, body: { members: [x, y, z] } }),
    200,
    'members',
  )

  const list = async (url: string) => (await must(h.call(admin, { method: 'GET', url }), 200, url)).items as Record<string, string>[]
  const committees = await list('/v1/committees?limit=500')
  const indicators = await list('/v1/indicators?limit=500')
  const awardTypes = await list('/v1/award-types?limit=500')
  const clusters = await list('/v1/clusters?limit=500')
  const spareKeys: string[] = []
  for (const role of ['reader', 'submitter']) {
    spareKeys.push(
      (
        await must(
          h.call(admin, { method: 'POST', url: '/v1/api-keys', body: { name: `fuzz spare ${role}`, role, committeeId: open.ids[2] } }),
          201,
          'spare key',
        )
      ).id as string,
    )
  }
  const revoked = await h.token('reader')
  const revokedId = revoked.replace(/^ctd_(\w{8})(\w{4})(\w{4})(\w{4})(\w{12})_.*$/, '$1-$2-$3-$4-$5')
  await must(h.call(admin, { method: 'POST', url: `/v1/api-keys/${revokedId}/revoke`, body: { reason: 'fuzz' } }), 200, 'revoke')

  // Several keys per unscoped role: the per-key rate limit then holds back none of them.
  const keys: Record<string, string[]> = {
    admin: [admin, await h.token('admin'), await h.token('admin')],
    organizer: [await h.token('organizer', done.organizer.id), await h.token('organizer', open.organizer.id)],
    secretariat: [await h.token('secretariat', done.ids[0]), await h.token('secretariat', open.ids[0])],
    submitter: [await h.token('submitter', done.ids[1]), await h.token('submitter', open.ids[0]), await h.token('submitter', open.organizer.id)],
    auditor: [await h.token('auditor'), await h.token('auditor')],
    reader: [await h.token('reader'), await h.token('reader')],
  }
  const wait = new Date(expiring.expiresAt as string).getTime() - Date.now()
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait + 10))

  const hex = (n: number) => 'ab'.repeat(n).slice(0, n)
  const badCredentials: Credential[] = [
    { label: 'no key' },
    { label: 'revoked key', authorization: `Bearer ${revoked}` },
    { label: 'expired key', authorization: `Bearer ${expiring.token as string}` },
    { label: 'unknown key', authorization: `Bearer ctd_${hex(32)}_${'A'.repeat(43)}` },
    { label: 'garbage key', authorization: 'Bearer garbage' },
    { label: 'empty bearer', authorization: 'Bearer ' },
    { label: 'basic auth', authorization: 'Basic dXNlcjpwYXNz' },
    { label: 'huge key', authorization: `Bearer ${'x'.repeat(8000)}` },
    { label: 'key with latin-1', authorization: `Bearer ctd_${hex(32)}_\u00e9${'A'.repeat(42)}` },
    { label: 'wrong secret', authorization: `${`Bearer ${admin}`.slice(0, -3)}AAA` },
  ]

  return {
    pools: {
      committees: committees.map((c) => c.id!),
      clusters: clusters.map((c) => c.id!),
      submissions: [draft.id as string, ...done.submissionIds],
      proposals,
      awardTypes: awardTypes.map((a) => a.id!),
      indicators: indicators.map((i) => i.id!),
      apiKeys: [...spareKeys, revokedId, expiring.id as string],
      adjustments: [adjustment.id as string],
      attachments: [],
      attachmentOwners: [doneYear.id as string, ...done.submissionIds, ...proposals],
      attachmentTargets: [
        { kind: 'pact', ownerId: doneYear.id as string },
        { kind: 'ranking', ownerId: doneYear.id as string },
        ...done.submissionIds.map((ownerId) => ({ kind: 'submission', ownerId })),
        ...proposals.map((ownerId) => ({ kind: 'award_proposal', ownerId })),
        ...proposals.map((ownerId) => ({ kind: 'award_decision', ownerId })),
      ],
      years: [done.year, open.year],
      committeeCodes: committees.map((c) => c.code).filter((c): c is string => typeof c === 'string'),
      clusterCodes: clusters.map((c) => c.code!),
      indicatorCodes: indicators.map((i) => i.code!),
      criterionCodes: SCHEME.criteria.map((c) => c.code),
      awardTypeCodes: [...new Set(awardTypes.map((a) => a.code!))],
      groups: ['A', 'B', 'C'],
    },
    keys,
    badCredentials,
    etags: new Map(),
    cursors: new Map(),
    idempotent: [],
  }
}
