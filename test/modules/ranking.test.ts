import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import t from 'tap'
import { buildTestApp } from '../helpers/app.ts'
import { scoredClusterYear, SCHEME } from '../helpers/fixtures.ts'
import { expectConflict } from '../helpers/problems.ts'

const scheme = {
  ...SCHEME,
  awardRules: [
    { awardTypeCode: 'CO_XUAT_SAC_TOAN_DIEN', maxCount: 1 },
    { awardTypeCode: 'BANG_KHEN', maxCount: 2, minTotal: '10' },
  ],
}
const targets = (committeeId: string) => [
  { committeeId, criterionCode: 'HOUSES', value: '100' },
  { committeeId, criterionCode: 'NTM', value: '10' },
]

t.test('assessments, adjustments, ranking, tie votes, finalisation and award decisions', async (t) => {
  const h = await buildTestApp(t)
  // a and b report the same; c reports less. a and b will tie unless a vote orders them.
  const r = await scoredClusterYear(h, {
    scheme,
    targets,
    values: [
      { HOUSES_BUILT: 120, FUND_RAISED: '157000000000', NTM_COMMUNES: 12 },
      { HOUSES_BUILT: 120, FUND_RAISED: '157000000000', NTM_COMMUNES: 12 },
      { HOUSES_BUILT: 50, FUND_RAISED: '50000000000', NTM_COMMUNES: 3 },
    ],
  })
  const [a, b, c] = r.ids as [string, string, string]
  const admin = h.adminToken
  const keyOf = async (role: 'submitter' | 'secretariat' | 'organizer', id: string) => h.token(role, id)
  const assess = (token: string, assessorId: string, scores: object[], headers: Record<string, string> = {}) =>
    h.call(token, { method: 'PUT', url: `${r.base}/assessments/${assessorId}`, headers, body: { scores } })
  const peer = (targetId: string, score: string | number) => ({ targetId, criterionCode: 'PEER', score })

  // --- assessments
  const keyA = await keyOf('submitter', a)
  const self = await assess(keyA, a, [peer(a, 20), peer(b, 18), peer(c, 10)])
  t.equal(self.statusCode, 422)
  t.equal(self.json().code, 'SELF_ASSESSMENT')
  t.equal(self.json().errors[0].pointer, '/scores/0/targetId')
  t.equal((await assess(keyA, a, [peer(b, 18)])).json().code, 'ASSESSMENT_INCOMPLETE')
  t.equal((await assess(keyA, a, [peer(b, 21), peer(c, 10)])).json().code, 'SCORE_OUT_OF_RANGE')
  t.equal((await assess(keyA, a, [peer(b, 18), peer(c, 10), { targetId: b, criterionCode: 'HOUSES', score: 1 }])).json().code, 'NOT_ASSESSED_CRITERION')
  t.equal((await assess(keyA, b, [peer(a, 18), peer(c, 10)])).json().code, 'OUT_OF_SCOPE', "only the assessor's own keys")
  t.equal((await assess(await h.token('submitter', r.organizer.id), a, [peer(b, 18), peer(c, 10)])).json().code, 'OUT_OF_SCOPE', 'not even a key above it')
  t.equal((await assess(admin, a, [peer(b, 18), peer(c, 10)])).json().code, 'ROLE_NOT_ALLOWED')
  t.equal((await assess(await keyOf('submitter', r.organizer.id), r.organizer.id, [])).json().code, 'ASSESSOR_NOT_MEMBER')

  t.equal((await assess(keyA, a, [peer(b, 15), peer(b, 16), peer(c, 10)])).json().code, 'DUPLICATE_SCORE')
  t.equal((await h.call(admin, { method: 'GET', url: `${r.base}/assessments/${a}` })).json().code, 'ASSESSMENT_NOT_FOUND')
  const first = await assess(keyA, a, [peer(b, 15), peer(c, 10)])
  t.equal(first.statusCode, 200)
  t.equal((await assess(keyA, a, [peer(b, 18), peer(c, 10)])).statusCode, 428, 'changing scores needs If-Match')
  const second = await assess(keyA, a, [peer(b, 18), peer(c, 10)], { 'if-match': first.headers.etag as string })
  t.equal(second.json().version, 2)
  const history = (await h.call(admin, { method: 'GET', url: `${r.base}/assessments/${a}` })).json().history
  t.same(
    history.map((x: { version: number }) => x.version),
    [1, 2],
    'history kept',
  )

  // --- live ranking before everything is in
  const live = await h.call(admin, { method: 'GET', url: `${r.base}/ranking` })
  t.equal(live.statusCode, 200)
  const codes = live.json().blockers.map((x: { code: string }) => x.code)
  t.ok(codes.includes('ASSESSMENTS_MISSING'))
  t.ok(codes.includes('MANUAL_POINTS_MISSING'))
  t.equal(live.json().complete, false)
  const memberB = live.json().members.find((m: { committeeId: string }) => m.committeeId === b)
  t.ok(memberB.missing.some((m: { code: string }) => m.code === 'MISSING_MANUAL_POINTS'))
  const houses = memberB.lines.find((l: { criterionCode: string }) => l.criterionCode === 'HOUSES')
  t.match(houses, { method: 'target_ratio', maxPoints: '40', points: '40' })
  t.type(houses.explanation.formula, 'string')
  const notModified = await h.call(admin, { method: 'GET', url: `${r.base}/ranking`, headers: { 'if-none-match': live.headers.etag as string } })
  t.equal(notModified.statusCode, 304, 'unchanged inputs: 304')
  t.equal(notModified.body, '', 'with no body')
  for (const [encoding, decode] of [
    ['gzip', gunzipSync],
    ['br', brotliDecompressSync],
  ] as const) {
    const zipped = await h.call(admin, { method: 'GET', url: `${r.base}/ranking`, headers: { 'accept-encoding': encoding } })
    t.equal(zipped.headers['content-encoding'], encoding)
    t.equal(zipped.headers.vary, 'accept, accept-encoding', 'the representation varies with Accept (CSV) and Accept-Encoding')
    t.same(JSON.parse(decode(zipped.rawPayload).toString('utf8')), live.json(), `the ${encoding} body is the same ranking`)
    // Other bytes than the identity body's: a strong ETag of their own (RFC 9110 §8.8.3), of the same tag.
    const etag = zipped.headers.etag as string
    t.equal(etag.replace(/^W\//, ''), `${(live.headers.etag as string).slice(0, -1)}-${encoding}"`, `the ${encoding} body's own ETag`)
    const conditional = await h.call(admin, { method: 'GET', url: `${r.base}/ranking`, headers: { 'accept-encoding': encoding, 'if-none-match': etag } })
    t.equal(conditional.statusCode, 304, `If-None-Match with the ${encoding} ETag: 304`)
    t.equal(conditional.headers.etag, etag.replace(/^W\//, ''), 'which names the representation it stands for')
  }

  // Accept-Encoding's weights decide (RFC 9110 §12.5.3): q=0 refuses a coding, `*` names every one.
  for (const [accepted, coding] of [
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['gzip, br', 'br'],
    ['*', 'br'],
    ['*;q=0.5, br;q=0', 'gzip'],
    ['br;q=0, gzip;q=0', undefined],
    ['identity', undefined],
    ['BR', 'br'],
    ['x-gzip', 'gzip'],
    ['br;q=2, gzip', 'gzip'],
    ['br;q=, gzip', 'gzip'],
    ['br;q=0.000, gzip;q=0.001', 'gzip'],
  ] as const) {
    const res = await h.call(admin, { method: 'GET', url: `${r.base}/ranking`, headers: { 'accept-encoding': accepted } })
    t.equal(res.headers['content-encoding'], coding, `Accept-Encoding: ${accepted}`)
  }

  const blocked = await h.call(admin, { method: 'POST', url: `${r.base}/ranking/finalize` })
  t.equal(blocked.statusCode, 409)
  t.equal(blocked.json().code, 'FINALIZE_BLOCKED')
  t.ok(blocked.json().details.blockers.length >= 2)

  await assess(await keyOf('secretariat', b), b, [peer(a, 18), peer(c, 10)])
  await assess(await keyOf('organizer', c), c, [peer(a, 16), peer(b, 16)])

  // --- adjustments
  const secretariat = await keyOf('secretariat', a)
  const adjust = (body: object, token = secretariat) => h.call(token, { method: 'POST', url: `${r.base}/adjustments`, body })
  t.equal((await adjust({ committeeId: a, type: 'manual', criterionCode: 'HOUSES', points: 1, reason: 'x' })).json().code, 'NOT_MANUAL_CRITERION')
  t.equal((await adjust({ committeeId: a, type: 'manual', criterionCode: 'MODEL', points: 9, reason: 'x' })).json().code, 'POINTS_OUT_OF_RANGE')
  t.equal((await adjust({ committeeId: a, type: 'bonus', points: 0, reason: 'x' })).json().code, 'POINTS_OUT_OF_RANGE')
  t.equal((await adjust({ committeeId: a, type: 'disqualification', points: 1, reason: 'x' })).json().code, 'POINTS_NOT_ALLOWED')
  t.equal((await adjust({ committeeId: a, type: 'bonus', criterionCode: 'MODEL', points: 1, reason: 'x' })).json().code, 'CRITERION_NOT_ALLOWED')
  t.equal(
    (await h.call(secretariat, { method: 'POST', url: `${r.base}/adjustments/01900000-0000-7000-8000-000000000000/withdraw`, body: { reason: 'x' } })).json()
      .code,
    'ADJUSTMENT_NOT_FOUND',
  )
  t.equal((await adjust({ committeeId: r.organizer.id, type: 'bonus', points: 1, reason: 'x' })).json().code, 'NOT_A_MEMBER')
  t.equal((await adjust({ committeeId: a, type: 'bonus', points: 1, reason: 'x' }, await keyOf('submitter', a))).json().code, 'ROLE_NOT_ALLOWED')
  for (const id of [a, b, c])
    t.equal((await adjust({ committeeId: id, type: 'manual', criterionCode: 'MODEL', points: 3, reason: 'Hội nghị thống nhất' })).statusCode, 201)
  const dup = await adjust({ committeeId: c, type: 'manual', criterionCode: 'MODEL', points: 4, reason: 'again' })
  t.equal(dup.statusCode, 409)
  t.equal(dup.json().code, 'ADJUSTMENT_EXISTS')
  const penalty = await adjust({ committeeId: c, type: 'penalty', points: '2.5', reason: 'Nộp báo cáo chậm' })
  t.equal(penalty.statusCode, 201)
  const dq = await adjust({ committeeId: c, type: 'disqualification', reason: 'Vi phạm nghiêm trọng' })
  const withdrawn = await h.call(secretariat, { method: 'POST', url: `${r.base}/adjustments/${penalty.json().id}/withdraw`, body: { reason: 'Nhập nhầm' } })
  t.equal(withdrawn.statusCode, 200)
  t.type(withdrawn.json().withdrawnAt, 'string')
  t.equal(
    (await h.call(secretariat, { method: 'POST', url: `${r.base}/adjustments/${penalty.json().id}/withdraw`, body: { reason: 'x' } })).json().code,
    'ADJUSTMENT_WITHDRAWN',
  )
  t.equal((await h.call(admin, { method: 'GET', url: `${r.base}/adjustments` })).json().items.length, 5, 'withdrawn entries stay listed')

  // --- ties
  const ranking = (await h.call(admin, { method: 'GET', url: `${r.base}/ranking` })).json()
  t.not(ranking.inputsDigest, live.json().inputsDigest, 'new inputs, new digest')
  const top = ranking.members.slice(0, 2)
  t.same(
    top.map((m: { rank: number; tied: boolean }) => [m.rank, m.tied]),
    [
      [1, true],
      [1, true],
    ],
    'standard competition ranking: 1, 1',
  )
  const third = ranking.members[2]
  t.match(third, { committeeId: c, rank: 3, eligibility: { eligible: false, reasons: ['DISQUALIFIED'] } }, 'a disqualified unit keeps its rank')
  t.same(top[0].awardEligibility, [
    { awardTypeCode: 'CO_XUAT_SAC_TOAN_DIEN', eligible: true, reasons: [] },
    { awardTypeCode: 'BANG_KHEN', eligible: true, reasons: [] },
  ])
  t.same(
    third.awardEligibility.map((e: { reasons: string[] }) => e.reasons),
    [['DISQUALIFIED'], ['DISQUALIFIED']],
  )
  t.same(
    ranking.blockers.map((x: { code: string }) => x.code),
    ['TIE_AT_AWARD_BOUNDARY'],
  )
  t.equal((await h.call(admin, { method: 'POST', url: `${r.base}/ranking/finalize` })).json().details.blockers[0].code, 'TIE_AT_AWARD_BOUNDARY')

  const wrong = await h.call(secretariat, { method: 'POST', url: `${r.base}/ranking/tie-resolutions`, body: { orderedCommitteeIds: [a, c], reason: 'x' } })
  t.equal(wrong.json().code, 'NOT_A_TIED_GROUP')
  const vote = await h.call(secretariat, {
    method: 'POST',
    url: `${r.base}/ranking/tie-resolutions`,
    body: { orderedCommitteeIds: [b, a], tally: { [b]: 2, [a]: 1 }, reason: 'Biểu quyết tại hội nghị tổng kết' },
  })
  t.equal(vote.statusCode, 201)
  const resolved = (await h.call(admin, { method: 'GET', url: `${r.base}/ranking` })).json()
  t.same(
    resolved.members.slice(0, 2).map((m: { committeeId: string; rank: number; tied: boolean }) => [m.committeeId, m.rank, m.tied]),
    [
      [b, 1, false],
      [a, 2, false],
    ],
  )
  t.same(resolved.blockers, [])

  // --- finalise
  t.equal((await h.call(await keyOf('submitter', a), { method: 'POST', url: `${r.base}/ranking/finalize` })).json().code, 'ROLE_NOT_ALLOWED')
  const final = await h.call(secretariat, { method: 'POST', url: `${r.base}/ranking/finalize` })
  t.equal(final.statusCode, 200)
  t.match(final.json(), { final: true, status: 'finalized', inputsDigest: resolved.inputsDigest })
  t.equal((await h.call(admin, { method: 'GET', url: r.base })).json().status, 'finalized')
  t.equal((await h.call(secretariat, { method: 'POST', url: `${r.base}/ranking/finalize` })).json().code, 'RANKING_ALREADY_FINALIZED')
  t.equal((await adjust({ committeeId: a, type: 'bonus', points: 1, reason: 'late' })).json().code, 'RANKING_FINALIZED')
  const lateScore = await assess(keyA, a, [peer(b, 1), peer(c, 1)], { 'if-match': second.headers.etag as string })
  t.equal(lateScore.json().code, 'RANKING_FINALIZED')
  t.equal(dq.statusCode, 201)

  // --- award proposals
  const generate = () => h.call(secretariat, { method: 'POST', url: `${r.base}/award-proposals/generate` })
  const generated = await generate()
  t.equal(generated.statusCode, 201)
  t.same(
    generated.json().items.map((p: { committeeId: string; awardTypeCode: string }) => [p.committeeId, p.awardTypeCode]),
    [
      [b, 'CO_XUAT_SAC_TOAN_DIEN'],
      [a, 'BANG_KHEN'],
    ],
  )
  t.equal(generated.json().notAwarded[0].committeeId, c)
  t.equal((await generate()).json().code, 'PROPOSALS_ALREADY_GENERATED')

  const [pb, pa] = generated.json().items
  const organizerKey = await keyOf('organizer', r.organizer.id)
  const act = (token: string, id: string, action: string, body?: object) =>
    h.call(token, { method: 'POST', url: `/v1/award-proposals/${id}/${action}`, ...(body ? { body } : {}) })
  const decision = { decisionNumber: '1234/QĐ-MTTW-BTT', decisionDate: '2024-01-20', signer: 'Đỗ Văn Chiến', signerTitle: 'Chủ tịch' }
  t.equal((await act(organizerKey, pb.id, 'approve', decision)).json().code, 'PROPOSAL_NOT_SUBMITTED')
  t.equal((await act(organizerKey, pb.id, 'submit')).json().code, 'ROLE_NOT_ALLOWED')
  t.equal((await act(secretariat, pb.id, 'submit')).statusCode, 200)
  t.equal((await act(secretariat, pa.id, 'submit')).statusCode, 200)
  t.equal((await act(secretariat, pb.id, 'approve', decision)).json().code, 'ROLE_NOT_ALLOWED', 'the cluster proposes; the organiser decides')
  t.equal((await act(organizerKey, pb.id, 'approve', { decisionDate: '2024-01-20' })).statusCode, 400)
  const approved = await act(organizerKey, pb.id, 'approve', decision)
  t.equal(approved.statusCode, 200)
  t.equal(approved.json().status, 'approved')
  t.equal((await act(organizerKey, pb.id, 'reject', { ...decision, reason: 'x' })).json().code, 'PROPOSAL_ALREADY_DECIDED')
  const blank = await act(organizerKey, pa.id, 'reject', { ...decision, decisionNumber: '1235/QĐ-MTTW-BTT', reason: ' ' })
  t.equal(blank.statusCode, 422)
  t.equal(blank.json().code, 'REJECTION_REASON_REQUIRED')
  const rejected = await act(organizerKey, pa.id, 'reject', { ...decision, decisionNumber: '1235/QĐ-MTTW-BTT', reason: 'Chưa đủ hồ sơ' })
  t.equal(rejected.json().status, 'rejected')
  t.equal((await act(organizerKey, pa.id, 'revoke', { ...decision, reason: 'x', evidence: 'y' })).json().code, 'PROPOSAL_NOT_APPROVED')
  const revoked = await act(organizerKey, pb.id, 'revoke', {
    ...decision,
    decisionNumber: '99/QĐ-MTTW-BTT',
    reason: 'Kê khai không trung thực',
    evidence: 'Biên bản thanh tra số 12',
  })
  t.equal(revoked.json().status, 'revoked')
  t.same(
    revoked.json().events.map((e: { action: string; decisionNumber: string | null }) => [e.action, e.decisionNumber]),
    [
      ['submit', null],
      ['approve', '1234/QĐ-MTTW-BTT'],
      ['revoke', '99/QĐ-MTTW-BTT'],
    ],
    'the approval stays on record beside the revocation',
  )
  t.equal((await act(organizerKey, pb.id, 'revoke', { ...decision, reason: 'x', evidence: 'y' })).json().code, 'PROPOSAL_ALREADY_REVOKED')
  const list = await h.call(await h.token('reader'), { method: 'GET', url: `/v1/award-proposals?clusterId=${r.cluster.id}&status=revoked` })
  t.same(
    list.json().items.map((p: { id: string }) => p.id),
    [pb.id],
  )
  const auditor = await h.token('auditor')
  t.equal((await h.call(auditor, { method: 'GET', url: '/v1/audit-events/verify' })).json().valid, true)
})

t.test('award types: per organiser, codes and precedence unique, validated in schemes', async (t) => {
  const h = await buildTestApp(t)
  const r = await scoredClusterYear(h, {
    scheme: { ...SCHEME, criteria: SCHEME.criteria.slice(1, 2), tieBreakGroups: ['A'] },
    values: [{ FUND_RAISED: 1 }, { FUND_RAISED: 2 }],
  })
  const body = { organizerCommitteeId: r.organizer.id, code: 'GIAY_KHEN', nameVi: 'Giấy khen', precedence: 4 }
  t.equal((await h.call(h.adminToken, { method: 'POST', url: '/v1/award-types', body })).statusCode, 201)
  expectConflict(t, await h.call(h.adminToken, { method: 'POST', url: '/v1/award-types', body }), 'AWARD_TYPE_CODE_TAKEN')
  expectConflict(t, await h.call(h.adminToken, { method: 'POST', url: '/v1/award-types', body: { ...body, code: 'X' } }), 'PRECEDENCE_TAKEN')
  const outsider = await h.token('organizer', r.ids[0])
  t.equal((await h.call(outsider, { method: 'POST', url: '/v1/award-types', body: { ...body, code: 'Y', precedence: 9 } })).json().code, 'OUT_OF_SCOPE')
  const list = (await h.call(await h.token('reader'), { method: 'GET', url: `/v1/award-types?organizerId=${r.organizer.id}` })).json().items
  t.equal(list.length, 4)

  // A scheme's award rules must name the organiser's award types.
  const { putYear } = await import('../helpers/fixtures.ts')
  await putYear(h, r.cluster.id, 2030, { members: r.ids })
  const bad = await h.call(h.adminToken, {
    method: 'PUT',
    url: `/v1/clusters/${r.cluster.id}/years/2030/scheme`,
    body: { ...SCHEME, awardRules: [{ awardTypeCode: 'NO_SUCH_AWARD', maxCount: 1 }] },
  })
  t.equal(bad.statusCode, 422)
  t.match(bad.json().errors, [{ pointer: '/awardRules/0/awardTypeCode', code: 'UNKNOWN_AWARD_TYPE' }])
})
