import t from 'tap'
import { buildTestApp } from '../helpers/app.ts'
import { rankByHouses, scoredClusterYear } from '../helpers/fixtures.ts'
import { expectConflict, expectProblem } from '../helpers/problems.ts'

const scheme = rankByHouses([
  { awardTypeCode: 'CO_XUAT_SAC_TOAN_DIEN', maxCount: 1 },
  { awardTypeCode: 'CO_XUAT_SAC', maxCount: 1 },
  { awardTypeCode: 'BANG_KHEN', maxCount: 2 },
])
const decision = { decisionNumber: '125/QĐ-MTTW-BTT', decisionDate: '2024-01-15' }

t.test('hand-entered proposals: same quotas, one per member, precedence; approvals name the signer', async (t) => {
  const h = await buildTestApp(t)
  // Ranks 1..5 in member order.
  const r = await scoredClusterYear(h, { scheme, values: [500, 400, 300, 200, 100].map((n) => ({ HOUSES_BUILT: n })) })
  const [m0, m1, m2, m3, m4] = r.ids as [string, string, string, string, string]
  const secretariat = await h.token('secretariat', m0)
  const organizer = await h.token('organizer', r.organizer.id)
  const url = `${r.base}/award-proposals`
  const propose = (committeeId: string, awardTypeCode: string, reason = 'Đơn vị có mô hình mới được nhân rộng') =>
    h.call(secretariat, { method: 'POST', url, body: { committeeId, awardTypeCode, reason } })
  const proposals = async () =>
    (await h.call(h.adminToken, { method: 'GET', url: `/v1/award-proposals?clusterId=${r.cluster.id}&limit=500` })).json().items as {
      id: string
      committeeId: string
      awardTypeCode: string
      status: string
      origin: string
      events: { action: string }[]
    }[]

  expectConflict(t, await propose(m4, 'BANG_KHEN'), 'RANKING_NOT_FINAL')
  t.equal((await h.call(secretariat, { method: 'POST', url: `${r.base}/ranking/finalize` })).statusCode, 200)
  const generated = await h.call(secretariat, { method: 'POST', url: `${url}/generate` })
  t.equal(generated.statusCode, 201)
  const byMember = new Map((await proposals()).map((p) => [p.committeeId, p]))
  t.same(
    [m0, m1, m2, m3].map((m) => byMember.get(m)!.awardTypeCode),
    ['CO_XUAT_SAC_TOAN_DIEN', 'CO_XUAT_SAC', 'BANG_KHEN', 'BANG_KHEN'],
  )
  t.ok([...byMember.values()].every((p) => p.origin === 'generated'))
  t.notOk(byMember.has(m4), 'rank 5 is left out: the certificates are used up')

  // Refusals, each with its code; none writes a proposal.
  expectConflict(t, await propose(m4, 'BANG_KHEN'), 'QUOTA_EXCEEDED')
  expectConflict(t, await propose(m0, 'BANG_KHEN'), 'MEMBER_ALREADY_PROPOSED')
  expectProblem(t, await propose(m4, 'NO_SUCH_AWARD'), 422, 'UNKNOWN_AWARD_TYPE')
  expectProblem(t, await propose(m4, 'BANG_KHEN', '   '), 422, 'REASON_REQUIRED')
  expectConflict(t, await propose(r.organizer.id, 'BANG_KHEN'), 'NOT_RANKED')
  t.equal(
    (await h.call(await h.token('submitter', m4), { method: 'POST', url, body: { committeeId: m4, awardTypeCode: 'BANG_KHEN', reason: 'x' } })).statusCode,
    403,
  )
  t.equal((await proposals()).length, 4, 'nothing was written')

  // The organiser rejects rank 1's flag and rank 4's certificate: their quota is free again.
  for (const p of await proposals()) t.equal((await h.call(secretariat, { method: 'POST', url: `/v1/award-proposals/${p.id}/submit` })).statusCode, 200)
  for (const m of [m0, m3]) {
    const res = await h.call(organizer, {
      method: 'POST',
      url: `/v1/award-proposals/${byMember.get(m)!.id}/reject`,
      body: { ...decision, reason: 'Hồ sơ chưa đủ' },
    })
    t.equal(res.statusCode, 200)
  }
  const inverted = await propose(m4, 'CO_XUAT_SAC_TOAN_DIEN')
  expectConflict(t, inverted, 'PRECEDENCE_INVERTED')
  t.same(inverted.json().details.violations[0].committeeIds, [m4, ...[m1, m2].sort()], 'names the better-ranked members it would pass')
  expectConflict(t, await propose(m3, 'BANG_KHEN'), 'MEMBER_ALREADY_PROPOSED', undefined)
  t.equal((await proposals()).length, 4)

  const hand = await propose(m4, 'BANG_KHEN')
  t.equal(hand.statusCode, 201)
  t.match(hand.headers.location, /^\/v1\/award-proposals\//)
  t.match(hand.json(), {
    committeeId: m4,
    awardTypeCode: 'BANG_KHEN',
    status: 'draft',
    origin: 'hand',
    reason: 'Đơn vị có mô hình mới được nhân rộng',
    explanation: { rank: 5, text: /by hand/ },
  })
  expectConflict(t, await propose(m4, 'BANG_KHEN'), 'MEMBER_ALREADY_PROPOSED')
  const audit = await h.call(await h.token('auditor'), { method: 'GET', url: `/v1/audit-events?entityType=award_proposal&entityId=${hand.json().id}` })
  t.same(
    audit.json().items.map((e: { action: string }) => e.action),
    ['award_proposal.proposed'],
  )
  expectConflict(t, await h.call(h.adminToken, { method: 'POST', url: `${url}/generate` }), 'PROPOSALS_ALREADY_GENERATED')

  // Approval: the decision's signer, name and title, as on the paper decision.
  const p1 = byMember.get(m1)!.id
  const approve = (body: object) => h.call(organizer, { method: 'POST', url: `/v1/award-proposals/${p1}/approve`, body })
  const noSigner = await approve(decision)
  expectProblem(t, noSigner, 422, 'SIGNER_REQUIRED')
  t.same(
    noSigner.json().errors.map((e: { pointer: string }) => e.pointer),
    ['/signer', '/signerTitle'],
  )
  const noTitle = await approve({ ...decision, signer: 'Nguyễn Văn A', signerTitle: ' ' })
  expectProblem(t, noTitle, 422, 'SIGNER_REQUIRED')
  t.same(
    noTitle.json().errors.map((e: { pointer: string }) => e.pointer),
    ['/signerTitle'],
  )
  const still = (await h.call(h.adminToken, { method: 'GET', url: `/v1/award-proposals/${p1}` })).json()
  t.equal(still.status, 'submitted', 'a refused approval writes nothing')
  t.same(
    still.events.map((e: { action: string }) => e.action),
    ['submit'],
  )
  const approved = await approve({ ...decision, signer: 'Nguyễn Văn A', signerTitle: 'Chủ tịch' })
  t.equal(approved.statusCode, 200)
  t.match(approved.json().events.at(-1), { action: 'approve', signer: 'Nguyễn Văn A', signerTitle: 'Chủ tịch' })

  // The hand-entered proposal goes through the same workflow; its approval is re-checked like any.
  t.equal((await h.call(secretariat, { method: 'POST', url: `/v1/award-proposals/${hand.json().id}/submit` })).statusCode, 200)
  const handApproved = await h.call(organizer, {
    method: 'POST',
    url: `/v1/award-proposals/${hand.json().id}/approve`,
    body: { ...decision, decisionNumber: '126/QĐ-MTTW-BTT', signer: 'Nguyễn Văn A', signerTitle: 'Chủ tịch' },
  })
  t.equal(handApproved.statusCode, 200)
  t.equal(handApproved.json().status, 'approved')
})

t.test('generating after proposals were entered by hand is refused, saying so', async (t) => {
  const h = await buildTestApp(t)
  const r = await scoredClusterYear(h, { scheme, values: [500, 400, 300].map((n) => ({ HOUSES_BUILT: n })) })
  const secretariat = await h.token('secretariat', r.ids[0])
  const url = `${r.base}/award-proposals`
  t.equal((await h.call(secretariat, { method: 'POST', url: `${r.base}/ranking/finalize` })).statusCode, 200)
  const hand = await h.call(secretariat, {
    method: 'POST',
    url,
    body: { committeeId: r.ids[0], awardTypeCode: 'CO_XUAT_SAC_TOAN_DIEN', reason: 'Đơn vị dẫn đầu phong trào thi đua' },
  })
  t.equal(hand.statusCode, 201, hand.body)
  const refused = await h.call(secretariat, { method: 'POST', url: `${url}/generate` })
  expectConflict(t, refused, 'PROPOSALS_ALREADY_GENERATED')
  t.match(refused.json().detail, /1 proposal\(s\) entered by hand: generating comes first/, 'the refusal says why: the proposal was entered by hand')
  t.same(refused.json().details, { proposals: 1, byHand: 1 })
})
