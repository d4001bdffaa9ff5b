import t from 'tap'
import { buildTestApp } from '../helpers/app.ts'
import { reportingClusterYear, SCHEME } from '../helpers/fixtures.ts'
import { expectConflict } from '../helpers/problems.ts'

const past = { opensAt: '2024-01-01T00:00:00Z', closesAt: '2024-07-15T00:00:00Z' }
const future = { opensAt: '2099-01-01T00:00:00Z', closesAt: '2099-07-15T00:00:00Z' }

t.test('submissions: create, edit, submit, return, resubmit, accept with corrections', async (t) => {
  const h = await buildTestApp(t)
  const r = await reportingClusterYear(h)
  const [a, b, c] = r.ids as [string, string, string]
  const submitterA = await h.token('submitter', a)
  const secretariat = await h.token('secretariat', a)
  const body = (committeeId: string, values: object[], period = 'FY') => ({ clusterId: r.cluster.id, year: r.year, period, committeeId, values })
  const post = (token: string, b: object) => h.call(token, { method: 'POST', url: '/v1/submissions', body: b })

  const values = [
    { indicatorCode: 'HOUSES_BUILT', value: 120, note: '6.485 căn toàn cụm' },
    { indicatorCode: 'FUND_RAISED', value: '157000000000', evidenceUrl: 'https://example.org/bao-cao.pdf' },
    { indicatorCode: 'NTM_COMMUNES', value: 11 },
  ]
  const created = await post(submitterA, body(a, values))
  t.equal(created.statusCode, 201)
  const s = created.json()
  t.match(s, { status: 'draft', revision: 0, late: false, lock: { editable: true, code: null } })
  t.same(
    s.values.map((v: { indicatorCode: string; value: string }) => [v.indicatorCode, v.value]),
    [
      ['FUND_RAISED', '157000000000'],
      ['HOUSES_BUILT', '120'],
      ['NTM_COMMUNES', '11'],
    ],
  )

  const again = await post(submitterA, body(a, values))
  expectConflict(t, again, 'SUBMISSION_EXISTS', { submissionId: s.id })

  // Every value problem has its code and pointer.
  const bad = await post(
    await h.token('submitter', b),
    body(b, [
      { indicatorCode: 'HOUSES_BUILT', value: '12.5' },
      { indicatorCode: 'NOT_A_CODE', value: '1' },
      { indicatorCode: 'POOR_RATE', value: '3' },
      { indicatorCode: 'FUND_RAISED', value: '-5' },
      { indicatorCode: 'FUND_RAISED', value: '5' },
      { indicatorCode: 'NTM_COMMUNES', value: 'many' },
    ]),
  )
  t.equal(bad.statusCode, 400, 'a value that is no decimal at all fails the schema')
  const bad2 = await post(
    await h.token('submitter', b),
    body(b, [
      { indicatorCode: 'HOUSES_BUILT', value: '12.5' },
      { indicatorCode: 'NOT_A_CODE', value: '1' },
      { indicatorCode: 'POOR_RATE', value: '3' },
      { indicatorCode: 'HOUSES_BUILT', value: '5' },
    ]),
  )
  t.equal(bad2.statusCode, 422)
  t.same(
    bad2.json().errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code]),
    [
      ['/values/0/value', 'INVALID_VALUE_TYPE'],
      ['/values/1/indicatorCode', 'UNKNOWN_INDICATOR'],
      ['/values/2/indicatorCode', 'INDICATOR_NOT_IN_SCHEME'],
      ['/values/3/indicatorCode', 'DUPLICATE_INDICATOR'],
    ],
  )
  t.equal((await post(submitterA, body(b, values))).json().code, 'OUT_OF_SCOPE', 'a member acts for itself only')
  const provincial = await h.token('submitter', r.organizer.id)
  t.equal(
    (await post(provincial, body(b, [{ indicatorCode: 'FUND_RAISED', value: '-1' }]))).json().code,
    'VALUE_BELOW_MIN',
    'a key above the member may act for it',
  )
  t.equal((await post(h.adminToken, body(r.organizer.id, values))).json().code, 'NOT_A_MEMBER')
  const above = await post(h.adminToken, body(b, [{ indicatorCode: 'POOR_RATE', value: '101' }]))
  t.equal(above.json().errors[0].code, 'INDICATOR_NOT_IN_SCHEME', 'scheme membership is checked before bounds')

  // Edit while draft, with If-Match.
  const url = `/v1/submissions/${s.id}`
  t.equal((await h.call(submitterA, { method: 'PATCH', url, body: { values } })).statusCode, 428)
  const edited = await h.call(submitterA, {
    method: 'PATCH',
    url,
    headers: { 'if-match': created.headers.etag as string },
    body: { values: [{ indicatorCode: 'HOUSES_BUILT', value: 130 }, values[1]] },
  })
  t.equal(edited.statusCode, 200)
  t.equal(edited.json().values.find((v: { indicatorCode: string }) => v.indicatorCode === 'HOUSES_BUILT').value, '130')

  // Review workflow.
  t.equal((await h.call(secretariat, { method: 'POST', url: `${url}/accept` })).json().code, 'SUBMISSION_NOT_SUBMITTED')
  t.equal((await h.call(submitterA, { method: 'POST', url: `${url}/accept`, body: {} })).json().code, 'ROLE_NOT_ALLOWED')
  const submitted = await h.call(submitterA, { method: 'POST', url: `${url}/submit` })
  t.equal(submitted.statusCode, 200)
  t.match(submitted.json(), { status: 'submitted', revision: 1, lock: { editable: false, code: 'SUBMISSION_UNDER_REVIEW' } })
  t.equal((await h.call(submitterA, { method: 'POST', url: `${url}/submit` })).json().code, 'SUBMISSION_NOT_DRAFT')
  const locked = await h.call(submitterA, { method: 'PATCH', url, headers: { 'if-match': submitted.headers.etag as string }, body: { values } })
  t.equal(locked.json().code, 'SUBMISSION_UNDER_REVIEW')
  t.equal(
    (await h.call(await h.token('secretariat', b), { method: 'POST', url: `${url}/return`, body: { reason: 'x' } })).json().code,
    'OUT_OF_SCOPE',
    "only the head's secretariat reviews",
  )
  t.equal(
    (await h.call(await h.token('secretariat', r.organizer.id), { method: 'POST', url: `${url}/return`, body: { reason: 'x' } })).json().code,
    'OUT_OF_SCOPE',
    'not a secretariat above the head',
  )
  t.equal((await h.call(secretariat, { method: 'POST', url: `${url}/return`, body: { reason: ' ' } })).json().code, 'RETURN_REASON_REQUIRED')
  const returned = await h.call(secretariat, { method: 'POST', url: `${url}/return`, body: { reason: 'Thiếu minh chứng số nhà' } })
  t.match(returned.json(), { status: 'returned', returnReason: 'Thiếu minh chứng số nhà', lock: { editable: true } })
  const fixed = await h.call(submitterA, {
    method: 'PATCH',
    url,
    headers: { 'if-match': returned.headers.etag as string },
    body: { values: [{ indicatorCode: 'HOUSES_BUILT', value: 125, evidenceUrl: 'https://example.org/nha.pdf' }, values[1]] },
  })
  t.equal(fixed.statusCode, 200)
  t.equal((await h.call(submitterA, { method: 'POST', url: `${url}/submit` })).json().revision, 2)

  const badCorrection = await h.call(secretariat, {
    method: 'POST',
    url: `${url}/accept`,
    body: { corrections: [{ indicatorCode: 'POOR_RATE', officialValue: '1', reason: 'x' }] },
  })
  t.equal(badCorrection.json().code, 'NOT_REPORTED')
  const noReason = await h.call(secretariat, {
    method: 'POST',
    url: `${url}/accept`,
    body: { corrections: [{ indicatorCode: 'HOUSES_BUILT', officialValue: '118', reason: ' ' }] },
  })
  t.equal(noReason.statusCode, 422)
  t.equal(noReason.json().code, 'CORRECTION_REASON_REQUIRED')
  const accepted = await h.call(secretariat, {
    method: 'POST',
    url: `${url}/accept`,
    body: { corrections: [{ indicatorCode: 'HOUSES_BUILT', officialValue: '118', reason: 'Biên bản kiểm tra: 7 căn chưa hoàn thành' }] },
  })
  t.equal(accepted.statusCode, 200)
  const houses = accepted.json().values.find((v: { indicatorCode: string }) => v.indicatorCode === 'HOUSES_BUILT')
  t.match(houses, { value: '125', officialValue: '118', correctionReason: 'Biên bản kiểm tra: 7 căn chưa hoàn thành' }, 'reported and official both stay')
  t.match(accepted.json(), { status: 'accepted', lock: { editable: false, code: 'SUBMISSION_ACCEPTED' } })
  t.equal(
    (await h.call(submitterA, { method: 'PATCH', url, headers: { 'if-match': accepted.headers.etag as string }, body: { values } })).json().code,
    'SUBMISSION_ACCEPTED',
  )
  t.equal((await h.call(secretariat, { method: 'POST', url: `${url}/return`, body: { reason: 'x' } })).json().code, 'SUBMISSION_ACCEPTED')

  const revisions = (await h.call(submitterA, { method: 'GET', url: `${url}/revisions` })).json().items
  t.same(
    revisions.map((x: { revision: number }) => x.revision),
    [1, 2],
  )
  t.equal(revisions[0].values.find((v: { indicatorCode: string }) => v.indicatorCode === 'HOUSES_BUILT').value, '130', 'the first revision is kept as it was')

  const list = await h.call(await h.token('reader'), { method: 'GET', url: `/v1/submissions?clusterId=${r.cluster.id}&status=accepted` })
  t.same(
    list.json().items.map((x: { id: string }) => x.id),
    [s.id],
  )
  const empty = await post(await h.token('submitter', c), { ...body(c, []), period: 'H1' })
  t.equal(empty.statusCode, 201)
  const emptySubmit = await h.call(h.adminToken, { method: 'POST', url: `/v1/submissions/${empty.json().id}/submit` })
  t.equal(emptySubmit.statusCode, 409)
  t.equal(emptySubmit.json().code, 'SUBMISSION_EMPTY')
  const filter = async (q: string) => (await h.call(h.adminToken, { method: 'GET', url: `/v1/submissions?${q}` })).json().items.map((x: { id: string }) => x.id)
  t.same(await filter(`year=${r.year}&period=H1`), [empty.json().id])
  t.same(await filter(`committeeId=${a}&period=FY`), [s.id])
  t.same(await filter(`clusterId=${r.cluster.id}&status=draft`), [empty.json().id])
  t.same(await filter('year=2031'), [])
  const paged = (await h.call(h.adminToken, { method: 'GET', url: `/v1/submissions?clusterId=${r.cluster.id}&limit=1` })).json()
  const next = (await h.call(h.adminToken, { method: 'GET', url: `/v1/submissions?clusterId=${r.cluster.id}&limit=1&cursor=${paged.nextCursor}` })).json()
  t.not(next.items[0].id, paged.items[0].id, 'the cursor moves on')
  t.same((await h.call(h.adminToken, { method: 'GET', url: `/v1/submissions?committeeId=${c}&period=FY` })).json().items, [])
  t.same((await h.call(h.adminToken, { method: 'GET', url: `/v1/submissions?updatedSince=2099-01-01T00:00:00Z` })).json().items, [])
})

t.test('submissions: windows and late FY input', async (t) => {
  const h = await buildTestApp(t)
  const notYet = await reportingClusterYear(h, { periods: { H1: future } })
  const body = (r: typeof notYet, period: string) => ({
    clusterId: r.cluster.id,
    year: r.year,
    period,
    committeeId: r.ids[0],
    values: [
      { indicatorCode: 'HOUSES_BUILT', value: 1 },
      { indicatorCode: 'FUND_RAISED', value: 1 },
      { indicatorCode: 'NTM_COMMUNES', value: 1 },
    ],
  })
  t.equal((await h.call(h.adminToken, { method: 'POST', url: '/v1/submissions', body: body(notYet, 'H1') })).json().code, 'PERIOD_NOT_OPEN')
  t.equal((await h.call(h.adminToken, { method: 'POST', url: '/v1/submissions', body: body(notYet, 'FY') })).json().code, 'PERIOD_NOT_OPEN', 'no FY window yet')

  const over = await reportingClusterYear(h, { periods: { H1: past, FY: past } })
  const h1 = await h.call(h.adminToken, { method: 'POST', url: '/v1/submissions', body: body(over, 'H1') })
  t.equal(h1.statusCode, 409)
  t.equal(h1.json().code, 'PERIOD_CLOSED')
  t.equal(h1.json().details.reason, 'deadline_passed')
  const late = await h.call(h.adminToken, { method: 'POST', url: '/v1/submissions', body: body(over, 'FY') })
  t.equal(late.statusCode, 201, 'the scheme accepts late FY input')
  const submitted = await h.call(h.adminToken, { method: 'POST', url: `/v1/submissions/${late.json().id}/submit` })
  t.equal(submitted.json().late, true, 'and marks it late')

  const strict = await reportingClusterYear(h, { periods: { H1: past, FY: past }, scheme: { ...SCHEME, latePenalty: null } })
  t.equal((await h.call(h.adminToken, { method: 'POST', url: '/v1/submissions', body: body(strict, 'FY') })).json().code, 'PERIOD_CLOSED')
})
