import t from 'tap'
import { manualClock } from '../../src/lib/clock.ts'
import { buildTestApp, type TestApp } from '../helpers/app.ts'
import { minimalPdf } from '../helpers/documents.ts'
import { rankByHouses, reportingClusterYear, scoredClusterYear } from '../helpers/fixtures.ts'

const DAY = 86_400_000

async function setup(t: Parameters<typeof buildTestApp>[0]) {
  const clock = manualClock(new Date())
  const h = await buildTestApp(t, {}, { clock })
  const r = await scoredClusterYear(h, { scheme: rankByHouses(), values: [{ HOUSES_BUILT: 300 }, { HOUSES_BUILT: 200 }, { HOUSES_BUILT: 100 }] })
  const [head, second, third] = r.ids as [string, string, string]
  const keys = {
    organizer: await h.token('organizer', r.organizer.id),
    secretariat: await h.token('secretariat', head),
    second: await h.token('submitter', second),
    third: await h.token('submitter', third),
    outsider: await h.token(
      'submitter',
      (
        await h.call(h.adminToken, {
          method: 'POST',
          url: '/v1/committees',
          body: { name: 'Ủy ban MTTQ tỉnh khác', level: 'province', parentId: r.organizer.id },
        })
      ).json().id,
    ),
    auditor: await h.token('auditor'),
    reader: await h.token('reader'),
  }
  return { h, clock, r, head, second, third, keys }
}

const codes = (body: { blockers?: { code: string }[]; details?: { blockers?: { code: string }[] } }) =>
  (body.blockers ?? body.details?.blockers ?? []).map((b) => b.code)

async function objectionCount(h: TestApp, base: string) {
  return (await h.call(h.adminToken, { method: 'GET', url: `${base}/objections?limit=500` })).json().items.length as number
}

t.test('objections: the window, the filing, the answers, and finalisation waiting for them', async (t) => {
  const { h, clock, r, head, second, third, keys } = await setup(t)
  const base = r.base
  const file = (token: string, body: object) => h.call(token, { method: 'POST', url: `${base}/objections`, body })
  const answer = (token: string, id: string, body: object) => h.call(token, { method: 'POST', url: `${base}/objections/${id}/answer`, body })

  // Before the window: nothing to file against, no window to read.
  const early = await file(keys.second, { committeeId: second, subjectCommitteeId: head, reason: 'Số nhà chưa đúng' })
  t.equal(early.statusCode, 409)
  t.match(early.json(), { code: 'OBJECTION_WINDOW_NOT_OPEN', details: { reason: 'not_opened' } })
  t.match((await h.call(keys.auditor, { method: 'GET', url: `${base}/objection-window` })).json(), { status: 404, code: 'OBJECTION_WINDOW_NOT_FOUND' })
  t.same(codes((await h.call(keys.auditor, { method: 'GET', url: `${base}/ranking` })).json()), [], 'nothing blocks before a window is opened')

  // The organiser opens it; the secretariat and members cannot.
  t.match((await h.call(keys.secretariat, { method: 'POST', url: `${base}/objection-window`, body: { days: 3 } })).json(), { status: 403 })
  t.equal((await h.call(keys.organizer, { method: 'POST', url: `${base}/objection-window`, body: { days: 0 } })).statusCode, 400, 'at least one day')
  const opened = await h.call(keys.organizer, { method: 'POST', url: `${base}/objection-window`, body: { days: 3 } })
  t.equal(opened.statusCode, 201, 'opened')
  const now = clock().getTime()
  t.same(opened.json(), { opensAt: new Date(now).toISOString(), closesAt: new Date(now + 3 * DAY).toISOString(), state: 'open' })
  t.match((await h.call(keys.organizer, { method: 'POST', url: `${base}/objection-window`, body: { days: 5 } })).json(), {
    status: 409,
    code: 'OBJECTION_WINDOW_EXISTS',
  })
  t.same((await h.call(keys.second, { method: 'GET', url: `${base}/objection-window` })).json(), opened.json(), 'a member reads the window')

  // The live ranking shows the window as a blocker, and finalisation is refused.
  t.same(codes((await h.call(keys.auditor, { method: 'GET', url: `${base}/ranking` })).json()), ['OBJECTION_WINDOW_OPEN'])
  const blocked = await h.call(h.adminToken, { method: 'POST', url: `${base}/ranking/finalize` })
  t.equal(blocked.statusCode, 409)
  t.same(codes(blocked.json()), ['OBJECTION_WINDOW_OPEN'])

  // Filing: by the member itself, about its own or another member's score.
  t.match((await file(keys.third, { committeeId: second, subjectCommitteeId: head, reason: 'x' })).json(), { status: 403, code: 'OUT_OF_SCOPE' })
  t.match((await file(keys.second, { committeeId: second, subjectCommitteeId: r.organizer.id, reason: 'x' })).json(), {
    status: 422,
    code: 'NOT_A_MEMBER',
    errors: [{ pointer: '/subjectCommitteeId' }],
  })
  t.match((await file(keys.second, { committeeId: second, subjectCommitteeId: head, criterionCode: 'NOPE', reason: 'x' })).json(), {
    status: 422,
    code: 'UNKNOWN_CRITERION',
  })
  t.equal((await file(keys.second, { committeeId: second, subjectCommitteeId: head, reason: '' })).statusCode, 400, 'a reason is required')
  t.match((await file(keys.second, { committeeId: second, subjectCommitteeId: head, reason: '   ' })).json(), { status: 422, code: 'REASON_REQUIRED' })
  t.equal(await objectionCount(h, base), 0, 'nothing written by a refusal')

  const filed = await file(keys.second, {
    committeeId: second,
    subjectCommitteeId: head,
    criterionCode: 'HOUSES',
    reason: 'Số nhà Đại đoàn kết của đơn vị đứng đầu tính cả nhà năm trước',
  })
  t.equal(filed.statusCode, 201, 'filed')
  const first = filed.json()
  t.match(first, { committeeId: second, subjectCommitteeId: head, criterionCode: 'HOUSES', status: 'open', answer: null, correction: null, answeredAt: null })
  const own = await file(keys.third, { committeeId: third, subjectCommitteeId: third, reason: 'Điểm của chúng tôi thiếu phần nhà sửa chữa' })
  t.equal(own.statusCode, 201, 'an objection about its own score')

  // Its evidence, attached by the filing member (not by another member).
  const attach = (token: string, id: string) =>
    h.call(token, {
      method: 'POST',
      url: `/v1/attachments?kind=objection&ownerId=${id}&fileName=bien-ban.pdf`,
      headers: { 'content-type': 'application/pdf' },
      body: minimalPdf('Bien ban kiem tra'),
    })
  t.match((await attach(keys.third, first.id)).json(), { status: 403, code: 'OUT_OF_SCOPE' })
  const evidence = await attach(keys.second, first.id)
  t.equal(evidence.statusCode, 201, 'the filer attaches its evidence')
  t.match(evidence.json(), { kind: 'objection', ownerId: first.id, contentType: 'application/pdf' })
  t.same(
    (await h.call(keys.auditor, { method: 'GET', url: `/v1/attachments?kind=objection&ownerId=${first.id}` })).json().items.map((a: { id: string }) => a.id),
    [evidence.json().id],
  )

  // Reading: not public; members, the secretariat, the organiser and auditors read them.
  t.match((await h.call(keys.reader, { method: 'GET', url: `${base}/objections` })).json(), { status: 403 })
  t.match((await h.call(keys.outsider, { method: 'GET', url: `${base}/objections` })).json(), { status: 403, code: 'OUT_OF_SCOPE' })
  for (const token of [keys.third, keys.secretariat, keys.organizer, keys.auditor]) {
    const list = await h.call(token, { method: 'GET', url: `${base}/objections` })
    t.same(
      list.json().items.map((o: { id: string }) => o.id),
      [first.id, own.json().id],
    )
  }
  t.same((await h.call(keys.auditor, { method: 'GET', url: `${base}/objections?subjectCommitteeId=${third}` })).json().items.length, 1, 'filtered by subject')
  t.same((await h.call(keys.third, { method: 'GET', url: `${base}/objections/${first.id}` })).json(), first)
  t.match((await h.call(keys.third, { method: 'GET', url: `${base}/objections/${head}` })).json(), { status: 404, code: 'OBJECTION_NOT_FOUND' })
  t.same(codes((await h.call(keys.auditor, { method: 'GET', url: `${base}/ranking` })).json()), ['OBJECTION_WINDOW_OPEN', 'OBJECTIONS_UNANSWERED'])

  // Answers: by the secretariat, once; accepted names its correction, rejected gives none.
  t.match((await answer(keys.second, first.id, { outcome: 'rejected', reason: 'x' })).json(), { status: 403 })
  t.match((await answer(keys.secretariat, first.id, { outcome: 'accepted', reason: 'Đúng' })).json(), { status: 422, code: 'CORRECTION_REQUIRED' })
  t.match((await answer(keys.secretariat, first.id, { outcome: 'rejected', reason: 'Không', correction: 'x' })).json(), {
    status: 422,
    code: 'CORRECTION_NOT_ALLOWED',
  })
  t.match((await answer(keys.secretariat, first.id, { outcome: 'rejected', reason: '  ' })).json(), { status: 422, code: 'REASON_REQUIRED' })
  t.match((await h.call(keys.auditor, { method: 'GET', url: `${base}/objections/${first.id}` })).json(), { status: 'open' }, 'nothing written by a refusal')
  const accepted = await answer(keys.secretariat, first.id, {
    outcome: 'accepted',
    reason: 'Đã kiểm tra lại biên bản',
    correction: 'Số liệu chính thức HOUSES_BUILT của đơn vị đứng đầu sửa khi tiếp nhận',
  })
  t.equal(accepted.statusCode, 200, 'answered')
  t.match(accepted.json(), { status: 'accepted', answer: 'Đã kiểm tra lại biên bản', correction: /HOUSES_BUILT/, answeredAt: String })
  t.match((await answer(keys.secretariat, first.id, { outcome: 'rejected', reason: 'x' })).json(), { status: 409, code: 'OBJECTION_ALREADY_ANSWERED' })

  // The ranking was read while the window was open: once it ends, the ranking says so without a write.
  t.same(codes((await h.call(keys.auditor, { method: 'GET', url: `${base}/ranking` })).json()), ['OBJECTION_WINDOW_OPEN', 'OBJECTIONS_UNANSWERED'])
  clock.advance(3 * DAY + 1000)
  t.same(codes((await h.call(keys.auditor, { method: 'GET', url: `${base}/ranking` })).json()), ['OBJECTIONS_UNANSWERED'], 'the window is over')
  t.match((await h.call(keys.auditor, { method: 'GET', url: `${base}/objection-window` })).json(), { state: 'closed' })
  t.match((await file(keys.second, { committeeId: second, subjectCommitteeId: head, reason: 'Muộn' })).json(), {
    status: 409,
    code: 'OBJECTION_WINDOW_NOT_OPEN',
    details: { reason: 'closed' },
  })
  const stillBlocked = await h.call(h.adminToken, { method: 'POST', url: `${base}/ranking/finalize` })
  t.same(codes(stillBlocked.json()), ['OBJECTIONS_UNANSWERED'])
  t.same(stillBlocked.json().details.blockers[0].details, { count: 1 }, 'a count: the ranking does not say who objected to whom')

  // Answered after the window: the ranking may be frozen; nothing moves after that.
  t.equal((await answer(keys.organizer, own.json().id, { outcome: 'rejected', reason: 'Nhà sửa chữa không thuộc chỉ tiêu này' })).statusCode, 200)
  const final = await h.call(h.adminToken, { method: 'POST', url: `${base}/ranking/finalize` })
  t.equal(final.statusCode, 200, 'finalised')
  t.match((await answer(keys.secretariat, first.id, { outcome: 'rejected', reason: 'x' })).json(), { status: 409, code: 'RANKING_FINALIZED' })
  t.match((await file(keys.second, { committeeId: second, subjectCommitteeId: head, reason: 'x' })).json(), { status: 409, code: 'RANKING_FINALIZED' })

  // Each step is in the audit log.
  const events = (await h.call(keys.auditor, { method: 'GET', url: `/v1/audit-events?entityType=objection&limit=500` })).json().items
  t.same(
    events.map((e: { action: string; entityId: string }) => [e.action, e.entityId]),
    [
      ['objection.filed', first.id],
      ['objection.filed', own.json().id],
      ['objection.accepted', first.id],
      ['objection.rejected', own.json().id],
    ],
  )
  const yearEvents = (await h.call(keys.auditor, { method: 'GET', url: `/v1/audit-events?entityType=cluster_year&limit=500` })).json().items
  t.match(
    yearEvents.find((e: { action: string }) => e.action === 'cluster_year.objection_window_opened'),
    { after: { objectionWindow: { days: 3 } } },
  )
})

t.test('the window opens only once the FY period is over', async (t) => {
  const h = await buildTestApp(t)
  const r = await reportingClusterYear(h)
  const res = await h.call(h.adminToken, { method: 'POST', url: `${r.base}/objection-window`, body: { days: 3 } })
  t.match(res.json(), { status: 409, code: 'FY_NOT_CLOSED' })
  t.match((await h.call(h.adminToken, { method: 'GET', url: `${r.base}/objection-window` })).json(), { code: 'OBJECTION_WINDOW_NOT_FOUND' }, 'nothing opened')
  const past = await h.call(h.adminToken, {
    method: 'POST',
    url: `${r.base}/objection-window`,
    body: { days: 3, opensAt: '2020-01-01T00:00:00Z' },
  })
  t.equal(past.statusCode, 409, 'the FY check comes first')
})

t.test('a window opening later: members wait for it, and it blocks finalisation until it is over', async (t) => {
  const { h, clock, r, head, second, keys } = await setup(t)
  const opensAt = new Date(clock().getTime() + DAY).toISOString()
  t.match((await h.call(keys.organizer, { method: 'POST', url: `${r.base}/objection-window`, body: { days: 2, opensAt: '2020-01-01T00:00:00Z' } })).json(), {
    status: 422,
    code: 'INVALID_WINDOW',
  })
  const opened = await h.call(keys.organizer, { method: 'POST', url: `${r.base}/objection-window`, body: { days: 2, opensAt } })
  t.match(opened.json(), { opensAt, state: 'not_open' })
  t.match(
    (await h.call(keys.second, { method: 'POST', url: `${r.base}/objections`, body: { committeeId: second, subjectCommitteeId: head, reason: 'x' } })).json(),
    {
      code: 'OBJECTION_WINDOW_NOT_OPEN',
      details: { reason: 'not_open' },
    },
  )
  t.same(codes((await h.call(keys.auditor, { method: 'GET', url: `${r.base}/ranking` })).json()), ['OBJECTION_WINDOW_OPEN'])
  clock.advance(DAY + 1)
  t.equal(
    (await h.call(keys.second, { method: 'POST', url: `${r.base}/objections`, body: { committeeId: second, subjectCommitteeId: head, reason: 'x' } }))
      .statusCode,
    201,
  )
  clock.advance(2 * DAY)
  t.same(codes((await h.call(keys.auditor, { method: 'GET', url: `${r.base}/ranking` })).json()), ['OBJECTIONS_UNANSWERED'])
})
