import t from 'tap'
import { buildTestApp, type TestApp } from '../helpers/app.ts'
import { reportingClusterYear, SCHEME } from '../helpers/fixtures.ts'
import { expectConflict, expectProblem } from '../helpers/problems.ts'

/** SCHEME with NTM_COMMUNES allowed to be declared not applicable (không áp dụng). */
const NA_SCHEME = { ...SCHEME, criteria: SCHEME.criteria.map((c) => (c.code === 'NTM' ? { ...c, allowsNotApplicable: true } : c)) }

const auditCount = async (h: TestApp, id: string) =>
  (await h.call(await h.token('auditor'), { method: 'GET', url: `/v1/audit-events?entityType=submission&entityId=${id}&limit=500` })).json().items.length

t.test('submit needs every indicator of the scheme: SUBMISSION_INCOMPLETE, nothing written', async (t) => {
  const h = await buildTestApp(t)
  const r = await reportingClusterYear(h, { scheme: NA_SCHEME })
  const [a] = r.ids as [string]
  const submitter = await h.token('submitter', a)
  const created = await h.call(submitter, {
    method: 'POST',
    url: '/v1/submissions',
    body: { clusterId: r.cluster.id, year: r.year, period: 'FY', committeeId: a, values: [{ indicatorCode: 'HOUSES_BUILT', value: 120 }] },
  })
  t.equal(created.statusCode, 201, 'a draft may hold part of the values')
  const id = created.json().id
  const url = `/v1/submissions/${id}`
  const events = await auditCount(h, id)

  const refused = await h.call(submitter, { method: 'POST', url: `${url}/submit` })
  expectConflict(t, refused, 'SUBMISSION_INCOMPLETE', { missingIndicators: ['FUND_RAISED', 'NTM_COMMUNES'] })
  const vi = await h.call(submitter, { method: 'POST', url: `${url}/submit`, headers: { 'accept-language': 'vi' } })
  t.match(vi.json().detail, /FUND_RAISED, NTM_COMMUNES/, 'the Vietnamese detail names the indicators')
  const after = await h.call(submitter, { method: 'GET', url })
  t.match(after.json(), { status: 'draft', revision: 0, version: created.json().version }, 'nothing was half-written')
  t.same((await h.call(submitter, { method: 'GET', url: `${url}/revisions` })).json().items, [], 'no revision stored')
  t.equal(await auditCount(h, id), events, 'no audit event')

  // A value for FUND_RAISED and NTM_COMMUNES declared not applicable, with a reason: complete.
  const patched = await h.call(submitter, {
    method: 'PATCH',
    url,
    headers: { 'if-match': after.headers.etag as string },
    body: {
      values: [
        { indicatorCode: 'FUND_RAISED', value: '157000000000' },
        { indicatorCode: 'NTM_COMMUNES', notApplicable: true, notApplicableReason: 'Đơn vị đô thị, không có xã' },
      ],
    },
  })
  t.equal(patched.statusCode, 200)
  t.same(
    patched
      .json()
      .values.map((v: { indicatorCode: string; value: string | null; notApplicable: boolean; notApplicableReason: string | null }) => [
        v.indicatorCode,
        v.value,
        v.notApplicable,
        v.notApplicableReason,
      ]),
    [
      ['FUND_RAISED', '157000000000', false, null],
      ['HOUSES_BUILT', '120', false, null],
      ['NTM_COMMUNES', null, true, 'Đơn vị đô thị, không có xã'],
    ],
    'PATCH kept HOUSES_BUILT and added the others',
  )
  const submitted = await h.call(submitter, { method: 'POST', url: `${url}/submit` })
  t.equal(submitted.statusCode, 200)
  t.equal(submitted.json().status, 'submitted')
  const revisions = (await h.call(submitter, { method: 'GET', url: `${url}/revisions` })).json().items
  t.match(
    revisions[0].values.find((v: { indicatorCode: string }) => v.indicatorCode === 'NTM_COMMUNES'),
    {
      value: null,
      notApplicable: true,
      notApplicableReason: 'Đơn vị đô thị, không có xã',
    },
  )

  // A not-applicable value has nothing to correct.
  const secretariat = await h.token('secretariat', a)
  const correction = await h.call(secretariat, {
    method: 'POST',
    url: `${url}/accept`,
    body: { corrections: [{ indicatorCode: 'NTM_COMMUNES', officialValue: '3', reason: 'x' }] },
  })
  expectProblem(t, correction, 422, 'NOT_REPORTED')
  t.equal((await h.call(secretariat, { method: 'POST', url: `${url}/accept`, body: {} })).statusCode, 200)
  // Scoring reads the declared indicator as no value (docs/scoring.md): 0 points, MISSING_FY_VALUE.
  const ranking = (await h.call(h.adminToken, { method: 'GET', url: `${r.base}/ranking` })).json()
  const mine = ranking.members.find((m: { committeeId: string }) => m.committeeId === a)
  t.match(
    mine.lines.find((l: { criterionCode: string }) => l.criterionCode === 'NTM'),
    { points: '0', complete: false },
  )
})

t.test('not applicable: refused without a reason, where the scheme does not allow it, or with a value', async (t) => {
  const h = await buildTestApp(t)
  const r = await reportingClusterYear(h, { scheme: NA_SCHEME })
  const [a] = r.ids as [string]
  const post = (values: object[]) =>
    h.call(h.adminToken, { method: 'POST', url: '/v1/submissions', body: { clusterId: r.cluster.id, year: r.year, period: 'FY', committeeId: a, values } })
  const cases: [object, string, string][] = [
    [{ indicatorCode: 'NTM_COMMUNES', notApplicable: true }, 'NOT_APPLICABLE_REASON_REQUIRED', '/values/0/notApplicableReason'],
    [{ indicatorCode: 'NTM_COMMUNES', notApplicable: true, notApplicableReason: '  ' }, 'NOT_APPLICABLE_REASON_REQUIRED', '/values/0/notApplicableReason'],
    [{ indicatorCode: 'HOUSES_BUILT', notApplicable: true, notApplicableReason: 'x' }, 'NOT_APPLICABLE_NOT_ALLOWED', '/values/0/notApplicable'],
    [{ indicatorCode: 'NTM_COMMUNES', value: 3, notApplicable: true, notApplicableReason: 'x' }, 'VALUE_WITH_NOT_APPLICABLE', '/values/0/value'],
    [{ indicatorCode: 'NTM_COMMUNES' }, 'VALUE_REQUIRED', '/values/0/value'],
    [{ indicatorCode: 'POOR_RATE', notApplicable: true, notApplicableReason: 'x' }, 'INDICATOR_NOT_IN_SCHEME', '/values/0/indicatorCode'],
  ]
  for (const [value, code, pointer] of cases) {
    const res = await post([value])
    expectProblem(t, res, 422, code)
    t.same(
      res.json().errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code]),
      [[pointer, code]],
    )
  }
  t.same((await h.call(h.adminToken, { method: 'GET', url: `/v1/submissions?clusterId=${r.cluster.id}` })).json().items, [], 'nothing was created')

  // The scheme read back says which criteria allow it (only indicator methods may: test/domain/submission-completeness.test.ts).
  const read = (await h.call(h.adminToken, { method: 'GET', url: `${r.base}/scheme` })).json()
  t.same(
    read.scheme.criteria.filter((c: { allowsNotApplicable?: boolean }) => c.allowsNotApplicable).map((c: { code: string }) => c.code),
    ['NTM'],
  )
})

t.test('PATCH merges the named values; PUT replaces the set; both need If-Match', async (t) => {
  const h = await buildTestApp(t)
  const r = await reportingClusterYear(h)
  const [a] = r.ids as [string]
  const created = await h.call(h.adminToken, {
    method: 'POST',
    url: '/v1/submissions',
    body: {
      clusterId: r.cluster.id,
      year: r.year,
      period: 'FY',
      committeeId: a,
      values: [
        { indicatorCode: 'HOUSES_BUILT', value: 120, note: 'n' },
        { indicatorCode: 'FUND_RAISED', value: 5 },
        { indicatorCode: 'NTM_COMMUNES', value: 7 },
      ],
    },
  })
  const url = `/v1/submissions/${created.json().id}`
  const codes = (res: { json(): { values: { indicatorCode: string; value: string }[] } }) => res.json().values.map((v) => `${v.indicatorCode}=${v.value}`)

  t.equal((await h.call(h.adminToken, { method: 'PUT', url, body: { values: [] } })).statusCode, 428, 'PUT needs If-Match')
  const patched = await h.call(h.adminToken, {
    method: 'PATCH',
    url,
    headers: { 'if-match': created.headers.etag as string },
    body: { values: [{ indicatorCode: 'HOUSES_BUILT', value: 130 }] },
  })
  t.same(codes(patched), ['FUND_RAISED=5', 'HOUSES_BUILT=130', 'NTM_COMMUNES=7'], 'the unnamed values stay')
  t.equal(patched.json().values.find((v: { indicatorCode: string }) => v.indicatorCode === 'HOUSES_BUILT').note, null, 'a named value is replaced whole')
  t.equal((await h.call(h.adminToken, { method: 'PUT', url, headers: { 'if-match': created.headers.etag as string }, body: { values: [] } })).statusCode, 412)

  // A refused PATCH changes nothing.
  const bad = await h.call(h.adminToken, {
    method: 'PATCH',
    url,
    headers: { 'if-match': patched.headers.etag as string },
    body: {
      values: [
        { indicatorCode: 'FUND_RAISED', value: 9 },
        { indicatorCode: 'NTM_COMMUNES', value: -1 },
      ],
    },
  })
  expectProblem(t, bad, 422, 'VALUE_BELOW_MIN')
  const unchanged = await h.call(h.adminToken, { method: 'GET', url })
  t.same(codes(unchanged), codes(patched))
  t.equal(unchanged.json().version, patched.json().version)

  const put = await h.call(h.adminToken, {
    method: 'PUT',
    url,
    headers: { 'if-match': patched.headers.etag as string },
    body: { values: [{ indicatorCode: 'HOUSES_BUILT', value: 140 }] },
  })
  t.equal(put.statusCode, 200)
  t.same(codes(put), ['HOUSES_BUILT=140'], 'PUT keeps only what it sends')
  expectConflict(t, await h.call(h.adminToken, { method: 'POST', url: `${url}/submit` }), 'SUBMISSION_INCOMPLETE', {
    missingIndicators: ['FUND_RAISED', 'NTM_COMMUNES'],
  })
  const events = (await h.call(await h.token('auditor'), { method: 'GET', url: `/v1/audit-events?entityType=submission&entityId=${created.json().id}` })).json()
  t.same(
    events.items.map((e: { action: string }) => e.action),
    ['submission.created', 'submission.updated', 'submission.replaced'],
    'each change has its audit event',
  )
})

t.test('a return keeps its reason after the revision is resubmitted', async (t) => {
  const h = await buildTestApp(t)
  const r = await reportingClusterYear(h)
  const [a] = r.ids as [string]
  const values = [
    { indicatorCode: 'HOUSES_BUILT', value: 120 },
    { indicatorCode: 'FUND_RAISED', value: 5 },
    { indicatorCode: 'NTM_COMMUNES', value: 7 },
  ]
  const s = (
    await h.call(h.adminToken, {
      method: 'POST',
      url: '/v1/submissions',
      body: { clusterId: r.cluster.id, year: r.year, period: 'FY', committeeId: a, values },
    })
  ).json()
  const url = `/v1/submissions/${s.id}`
  const secretariat = await h.token('secretariat', a)
  await h.call(h.adminToken, { method: 'POST', url: `${url}/submit` })
  await h.call(secretariat, { method: 'POST', url: `${url}/return`, body: { reason: 'Thiếu minh chứng số nhà' } })
  await h.call(h.adminToken, { method: 'POST', url: `${url}/submit` })
  await h.call(secretariat, { method: 'POST', url: `${url}/return`, body: { reason: 'Số quỹ chưa khớp biên bản' } })
  const resubmitted = await h.call(h.adminToken, { method: 'POST', url: `${url}/submit` })
  t.match(resubmitted.json(), { status: 'submitted', revision: 3, returnReason: 'Số quỹ chưa khớp biên bản' }, 'the last reason stays visible')
  t.match(resubmitted.json().returns, [
    { revision: 1, reason: 'Thiếu minh chứng số nhà', returnedAt: String },
    { revision: 2, reason: 'Số quỹ chưa khớp biên bản', returnedAt: String },
  ])
  const accepted = await h.call(secretariat, { method: 'POST', url: `${url}/accept`, body: {} })
  t.equal(accepted.json().returns.length, 2, 'and after acceptance')
  // A refused return writes no history.
  expectConflict(t, await h.call(secretariat, { method: 'POST', url: `${url}/return`, body: { reason: 'x' } }), 'SUBMISSION_ACCEPTED')
  t.equal((await h.call(h.adminToken, { method: 'GET', url })).json().returns.length, 2)
})

t.test('a submission names its committee by id or by code, exactly one', async (t) => {
  const h = await buildTestApp(t)
  const r = await reportingClusterYear(h)
  const members = (await h.call(h.adminToken, { method: 'GET', url: `/v1/committees?limit=500` })).json().items as { id: string; code: string | null }[]
  const [a, b] = r.ids as [string, string]
  const codeOf = (id: string) => members.find((m) => m.id === id)!.code!
  const body = (ref: object) => ({ clusterId: r.cluster.id, year: r.year, period: 'H1', values: [{ indicatorCode: 'HOUSES_BUILT', value: 1 }], ...ref })
  const post = (token: string, ref: object) => h.call(token, { method: 'POST', url: '/v1/submissions', body: body(ref) })

  expectProblem(t, await post(h.adminToken, {}), 422, 'COMMITTEE_ID_OR_CODE_REQUIRED')
  expectProblem(t, await post(h.adminToken, { committeeId: a, committeeCode: codeOf(a) }), 422, 'COMMITTEE_ID_AND_CODE')
  expectProblem(t, await post(h.adminToken, { committeeCode: 'NO-SUCH-CODE' }), 422, 'UNKNOWN_COMMITTEE')
  t.same((await h.call(h.adminToken, { method: 'GET', url: `/v1/submissions?clusterId=${r.cluster.id}` })).json().items, [], 'nothing was created')
  const submitterA = await h.token('submitter', a)
  t.equal((await post(submitterA, { committeeCode: codeOf(b) })).json().code, 'OUT_OF_SCOPE', 'the scope reads the code too')
  const byCode = await post(submitterA, { committeeCode: codeOf(a) })
  t.equal(byCode.statusCode, 201)
  t.equal(byCode.json().committeeId, a)
  const byId = await post(h.adminToken, { committeeId: b })
  t.equal(byId.statusCode, 201)
  t.equal(byId.json().committeeId, b)
})

t.test('imports: committeeId or committeeCode per row, JSON and CSV; submit=true leaves an incomplete submission as a draft', async (t) => {
  const h = await buildTestApp(t)
  const r = await reportingClusterYear(h)
  const clusterCode = (await h.call(h.adminToken, { method: 'GET', url: `/v1/clusters/${r.cluster.id}` })).json().code as string
  const committees = (await h.call(h.adminToken, { method: 'GET', url: `/v1/committees?limit=500` })).json().items as { id: string; code: string | null }[]
  const [a, b, c] = r.ids as [string, string, string]
  const codeOf = (id: string) => committees.find((m) => m.id === id)!.code!
  const row = (ref: object, indicatorCode: string, value: number) => ({ ...ref, clusterCode, year: r.year, period: 'FY', indicatorCode, value })
  const imp = (items: object[], q = '') => h.call(h.adminToken, { method: 'POST', url: `/v1/submissions/import${q}`, body: { items } })

  const refused = await imp([row({}, 'HOUSES_BUILT', 1), row({ committeeId: a, committeeCode: codeOf(a) }, 'HOUSES_BUILT', 1)], '?dryRun=true')
  t.equal(refused.statusCode, 422)
  t.same(
    refused.json().items.map((i: { code: string; column: string }) => [i.code, i.column]),
    [
      ['COMMITTEE_ID_OR_CODE_REQUIRED', 'committeeCode'],
      ['COMMITTEE_ID_AND_CODE', 'committeeId'],
    ],
  )
  const unknownId = await imp([
    row({ committeeId: '00000000-0000-7000-8000-000000000000' }, 'HOUSES_BUILT', 1),
    row({ committeeId: 'nope' }, 'HOUSES_BUILT', 1),
  ])
  t.same(
    unknownId.json().items.map((i: { code: string; column: string }) => [i.code, i.column]),
    [
      ['UNKNOWN_COMMITTEE', 'committeeId'],
      ['UNKNOWN_COMMITTEE', 'committeeId'],
    ],
  )

  // One submission named both ways: rows reporting the same indicator are repeats, all rejected.
  const mixed = await imp([
    row({ committeeId: a }, 'HOUSES_BUILT', 1),
    row({ committeeCode: codeOf(a) }, 'HOUSES_BUILT', 2),
    row({ committeeCode: codeOf(a) }, 'FUND_RAISED', 3),
  ])
  t.equal(mixed.statusCode, 207)
  t.same(
    mixed.json().items.map((i: { status: string; code?: string }) => [i.status, i.code ?? null]),
    [
      ['rejected', 'DUPLICATE_ROW'],
      ['rejected', 'DUPLICATE_ROW'],
      ['created', null],
    ],
  )

  // By id (a member without a code uses its id) and submit=true: b complete is submitted, c incomplete stays a draft and says why.
  const submitted = await imp(
    [
      row({ committeeId: b }, 'HOUSES_BUILT', 10),
      row({ committeeId: b }, 'FUND_RAISED', 11),
      row({ committeeId: b }, 'NTM_COMMUNES', 12),
      row({ committeeCode: codeOf(c) }, 'HOUSES_BUILT', 13),
    ],
    '?submit=true',
  )
  t.equal(submitted.statusCode, 200)
  const items = submitted.json().items as { status: string; code?: string; message?: string; submissionId: string }[]
  t.same(
    items.map((i) => [i.status, i.code ?? null]),
    [
      ['created', null],
      ['created', null],
      ['created', null],
      ['created', 'SUBMISSION_INCOMPLETE'],
    ],
  )
  t.match(items[3]!.message, /FUND_RAISED, NTM_COMMUNES/)
  const status = async (id: string) => (await h.call(h.adminToken, { method: 'GET', url: `/v1/submissions/${id}` })).json().status
  t.equal(await status(items[0]!.submissionId), 'submitted')
  t.equal(await status(items[3]!.submissionId), 'draft')

  // CSV: a header may name committeeId instead of committeeCode, or both (each row fills one).
  const csv = [
    'committeeId,committeeCode,clusterCode,year,period,indicatorCode,value',
    `,${codeOf(c)},${clusterCode},${r.year},FY,FUND_RAISED,14`,
    `${c},,${clusterCode},${r.year},FY,NTM_COMMUNES,15`,
  ].join('\n')
  const fromCsv = await h.call(h.adminToken, { method: 'POST', url: '/v1/submissions/import?submit=true', headers: { 'content-type': 'text/csv' }, body: csv })
  t.equal(fromCsv.statusCode, 200)
  t.equal(await status(items[3]!.submissionId), 'submitted', 'complete now: submitted')
  const noCommittee = await h.call(h.adminToken, {
    method: 'POST',
    url: '/v1/submissions/import',
    headers: { 'content-type': 'text/csv' },
    body: `clusterCode,year,period,indicatorCode,value\n${clusterCode},${r.year},FY,HOUSES_BUILT,1`,
  })
  expectProblem(t, noCommittee, 422, 'CSV_COLUMNS_INVALID')
  t.match(noCommittee.json().details, { missing: ['committeeCode'] })
})
